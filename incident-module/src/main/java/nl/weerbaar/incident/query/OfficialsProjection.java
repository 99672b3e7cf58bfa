package nl.weerbaar.incident.query;

import nl.weerbaar.incident.api.OfficialRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code official} table. */
@Component
@ProcessingGroup(OfficialsProjection.NAME)
public class OfficialsProjection {

    public static final String NAME = "officials";

    private final JdbcTemplate jdbc;

    public OfficialsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OfficialRegistered event) {
        jdbc.update("""
                INSERT INTO official (official_id, name, kind) VALUES (?, ?, ?)
                ON CONFLICT (official_id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind
                """, event.officialId().value(), event.name(), event.kind().name());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM official");
    }
}
