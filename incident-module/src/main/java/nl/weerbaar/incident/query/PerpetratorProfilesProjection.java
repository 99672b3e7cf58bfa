package nl.weerbaar.incident.query;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.PerpetratorLinked;
import nl.weerbaar.incident.api.PerpetratorPersonalDataErased;
import nl.weerbaar.incident.api.PerpetratorProfileCreated;
import nl.weerbaar.incident.api.PerpetratorProfileMergedInto;
import nl.weerbaar.incident.api.PerpetratorUnlinked;
import nl.weerbaar.incident.api.PersonalData;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code perpetrator_profile}, its search keys and {@code perpetrator_link}.
 *
 * <p>Events of different aggregates may be handled in any order (the processor's segments split by
 * aggregate, and a replay runs them side by side), so no table here combines two streams: a link is
 * kept as its incident's stream says (link, unlink, link again, in order), a merge as the merged
 * profile's stream says, and the read model follows merges when it reads.
 */
@Component
@ProcessingGroup(PerpetratorProfilesProjection.NAME)
public class PerpetratorProfilesProjection {

    public static final String NAME = "perpetrator-profiles";

    private final JdbcTemplate jdbc;

    public PerpetratorProfilesProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PerpetratorProfileCreated event) {
        List<String> handles = event.handles() == null ? List.of() : event.handles();
        jdbc.update("""
                INSERT INTO perpetrator_profile (perpetrator_id, name, handles, description, created_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (perpetrator_id) DO NOTHING
                """, event.perpetratorId().value(), event.name(), handles.toArray(String[]::new),
                event.description(), Timestamp.from(event.createdAt()));
        List<String> texts = new ArrayList<>(handles);
        texts.add(event.name());
        for (String key : SearchKey.of(texts)) {
            jdbc.update("INSERT INTO perpetrator_profile_search_key (perpetrator_id, search_key) VALUES (?, ?) "
                    + "ON CONFLICT DO NOTHING", event.perpetratorId().value(), key);
        }
    }

    @EventHandler
    void on(PerpetratorProfileMergedInto event) {
        jdbc.update("UPDATE perpetrator_profile SET merged_into = ?, merged_at = ? WHERE perpetrator_id = ?",
                event.survivorId().value(), Timestamp.from(event.mergedAt()), event.perpetratorId().value());
    }

    /** Scrubs what the tables hold; a replay after the erasure reads the replacement from the events anyway. */
    @EventHandler
    void on(PerpetratorPersonalDataErased event) {
        String erased = PersonalData.ERASED;
        jdbc.update("""
                UPDATE perpetrator_profile SET erased_at = ?,
                    name = CASE WHEN name IS NULL THEN NULL ELSE ? END,
                    handles = array_fill(CAST(? AS TEXT), ARRAY[cardinality(handles)]),
                    description = CASE WHEN description IS NULL THEN NULL ELSE ? END
                WHERE perpetrator_id = ?
                """, Timestamp.from(event.erasedAt()), erased, erased, erased, event.perpetratorId().value());
        jdbc.update("DELETE FROM perpetrator_profile_search_key WHERE perpetrator_id = ?",
                event.perpetratorId().value());
    }

    @EventHandler
    void on(PerpetratorLinked event) {
        jdbc.update("""
                INSERT INTO perpetrator_link (incident_id, perpetrator_id, repeat, previous_incidents, linked_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (incident_id) DO UPDATE SET perpetrator_id = EXCLUDED.perpetrator_id,
                    repeat = EXCLUDED.repeat, previous_incidents = EXCLUDED.previous_incidents,
                    linked_at = EXCLUDED.linked_at
                """, event.incidentId().value(), event.perpetratorId().value(), event.repeat(),
                event.previousIncidents().stream().map(incident -> incident.value()).toArray(UUID[]::new),
                Timestamp.from(event.linkedAt()));
    }

    @EventHandler
    void on(PerpetratorUnlinked event) {
        jdbc.update("DELETE FROM perpetrator_link WHERE incident_id = ? AND perpetrator_id = ?",
                event.incidentId().value(), event.perpetratorId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM perpetrator_link");
        jdbc.update("DELETE FROM perpetrator_profile_search_key");
        jdbc.update("DELETE FROM perpetrator_profile");
    }
}
