package nl.weerbaar.incident.query;

import java.sql.Date;
import nl.weerbaar.incident.api.NormAdopted;
import nl.weerbaar.incident.api.NormRetired;
import nl.weerbaar.incident.api.NormRevised;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code norm_version}: every version of every norm; the newest is marked current. */
@Component
@ProcessingGroup(NormsProjection.NAME)
public class NormsProjection {

    public static final String NAME = "norms";

    private final JdbcTemplate jdbc;

    public NormsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NormAdopted event) {
        jdbc.update("""
                INSERT INTO norm_version (norm_id, version, code, title, description, valid_from, current)
                VALUES (?, ?, ?, ?, ?, ?, TRUE) ON CONFLICT (norm_id, version) DO NOTHING
                """, event.normId().value(), event.version(), event.code(), event.title(), event.description(),
                Date.valueOf(event.adoptedOn()));
    }

    @EventHandler
    void on(NormRevised event) {
        jdbc.update("UPDATE norm_version SET current = FALSE WHERE norm_id = ? AND version < ?",
                event.normId().value(), event.version());
        jdbc.update("""
                INSERT INTO norm_version (norm_id, version, code, title, description, valid_from, current)
                SELECT norm_id, ?, code, ?, ?, ?, TRUE FROM norm_version WHERE norm_id = ? AND version = ?
                ON CONFLICT (norm_id, version) DO NOTHING
                """, event.version(), event.title(), event.description(), Date.valueOf(event.revisedOn()),
                event.normId().value(), event.version() - 1);
    }

    @EventHandler
    void on(NormRetired event) {
        jdbc.update("UPDATE norm_version SET retired_on = ? WHERE norm_id = ? AND version = ?",
                Date.valueOf(event.retiredOn()), event.normId().value(), event.version());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM norm_version");
    }
}
