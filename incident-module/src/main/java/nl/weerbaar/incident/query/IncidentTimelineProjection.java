package nl.weerbaar.incident.query;

import java.sql.Timestamp;
import nl.weerbaar.incident.api.CommandMetaData;
import nl.weerbaar.incident.api.IncidentAssessed;
import nl.weerbaar.incident.api.IncidentClosed;
import nl.weerbaar.incident.api.IncidentDiscussed;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code incident_timeline}: one row per event in an incident's own history, with who caused
 * it. It takes every event of the incident aggregate, so a new kind of decision appears without code
 * here (its Dutch label is {@code timeline.<EventName>} in the message bundle).
 */
@Component
@ProcessingGroup(IncidentTimelineProjection.NAME)
public class IncidentTimelineProjection {

    public static final String NAME = "incident-timeline";
    private static final String INCIDENT_AGGREGATE = "Incident";

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    public IncidentTimelineProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc, NAME);
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!INCIDENT_AGGREGATE.equals(message.getType())) {
            return;
        }
        writes.update(message.getAggregateIdentifier(), """
                INSERT INTO incident_timeline (event_id, incident_id, position, occurred_at, action, actor, actor_role,
                    detail)
                VALUES (?, ?::uuid, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING
                """, message.getIdentifier(), message.getAggregateIdentifier(), message.getSequenceNumber(),
                Timestamp.from(message.getTimestamp()), event.getClass().getSimpleName(),
                metaData(message, CommandMetaData.ACTOR), metaData(message, CommandMetaData.ACTOR_ROLE),
                detail(event));
    }

    /** What the timeline says besides the action: never personal data. */
    private static String detail(Object event) {
        if (event instanceof IncidentAssessed assessed) {
            return assessed.behaviourType() + "," + assessed.severity();
        }
        if (event instanceof IncidentClosed closed) {
            return closed.outcome().name();
        }
        if (event instanceof IncidentDiscussed discussed) {
            return discussed.discussedWith().stream().map(Enum::name).reduce((a, b) -> a + "," + b).orElse("");
        }
        if (event instanceof IncidentPersonalDataErased erased) {
            return erased.automatic() ? "automatic" : null;
        }
        return null;
    }

    private static String metaData(DomainEventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? CommandMetaData.SYSTEM : value.toString();
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM incident_timeline");
    }
}
