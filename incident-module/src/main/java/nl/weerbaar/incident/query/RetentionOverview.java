package nl.weerbaar.incident.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.IncidentsDueForErasure;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * What the administrator and the retention job need to know about keeping and erasing incidents:
 * references, dates and holds, never their content.
 */
@Component
public class RetentionOverview {

    /** An incident as far as retention is concerned. */
    public record Entry(IncidentId incidentId, IncidentReference reference, IncidentStatus status, Instant reportedAt,
            Instant closedAt, boolean legalHold, Instant erasedAt) {
    }

    private static final RowMapper<Entry> ROW = (rs, i) -> new Entry(
            new IncidentId(rs.getObject("incident_id", UUID.class)),
            IncidentReference.parse(rs.getString("reference")),
            IncidentStatus.valueOf(rs.getString("status")),
            rs.getTimestamp("reported_at").toInstant(),
            instant(rs.getTimestamp("closed_at")),
            rs.getBoolean("legal_hold"),
            instant(rs.getTimestamp("erased_at")));

    private final JdbcTemplate jdbc;

    public RetentionOverview(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> all() {
        return jdbc.query("""
                SELECT incident_id, reference, status, reported_at, closed_at, legal_hold, erased_at
                FROM incident_register ORDER BY reported_at DESC, length(reference) DESC, reference DESC
                """, ROW);
    }

    public Optional<Entry> find(IncidentId incidentId) {
        return jdbc.query("""
                SELECT incident_id, reference, status, reported_at, closed_at, legal_hold, erased_at
                FROM incident_register WHERE incident_id = ?
                """, ROW, incidentId.value()).stream().findFirst();
    }

    /** The retention job's candidates; the aggregate checks each again before erasing. */
    @QueryHandler
    public List<IncidentId> dueForErasure(IncidentsDueForErasure query) {
        return jdbc.query("""
                SELECT incident_id FROM incident_register
                WHERE closed_at <= ? AND erased_at IS NULL AND NOT legal_hold ORDER BY closed_at
                """, (rs, i) -> new IncidentId(rs.getObject("incident_id", UUID.class)),
                Timestamp.from(query.closedBefore()));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
