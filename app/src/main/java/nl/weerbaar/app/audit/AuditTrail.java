package nl.weerbaar.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the audit trail with need-to-know in the query: the council reviewer and the mayor read every
 * entry (the reviewer redacted, see {@link AuditItems}); the clerk and the municipal secretary the
 * entries of the incidents routed to them. Anyone else may not read it.
 */
@Component
class AuditTrail {

    /** How a caller reads the trail. */
    record Reading(boolean redacted, Role routedTo) {

        static Reading of(Caller caller) {
            return switch (caller.role()) {
                case COUNCIL_REVIEWER -> new Reading(true, null);
                case MAYOR -> new Reading(false, null);
                case CLERK, MUNICIPAL_SECRETARY -> new Reading(false, caller.role());
                default -> throw new NotPermittedException(
                        "Het audittrail is er voor de raad (inzage), de behandelaars en de burgemeester.");
            };
        }
    }

    record Page(List<AuditEntry> items, long total, int page, int size, boolean redacted) {

        int pageCount() {
            return (int) ((total + size - 1) / size);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FROM = """
             FROM audit_entry e
             LEFT JOIN audit_incident i ON i.incident_id = e.incident_id
             LEFT JOIN audit_official o ON o.official_id = e.on_behalf_of
            """;
    private static final String SELECT = """
            SELECT e.position, e.event_type, e.occurred_at, e.actor, e.actor_role, e.on_behalf_of, e.incident_id,
                   i.reference, COALESCE(o.kind, i.official_kind) AS official_kind, i.handler, e.rationale,
                   e.official_consulted, e.vpt, e.facts::text AS facts, e.categories::text AS categories,
                   e.correlation_id, e.hash
            """ + FROM;

    private static final RowMapper<AuditEntry> ROW = AuditTrail::entry;

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    Page page(Caller caller, AuditFilter filter, int page, int size) {
        Reading reading = Reading.of(caller);
        List<Object> parameters = new ArrayList<>();
        String where = where(reading, filter, parameters);
        long total = jdbc.queryForObject("SELECT count(*)" + FROM + where, Long.class, parameters.toArray());
        parameters.add(size);
        parameters.add((long) page * size);
        List<AuditEntry> items = jdbc.query(SELECT + where + " ORDER BY e.position LIMIT ? OFFSET ?", ROW,
                parameters.toArray());
        return new Page(items, total, page, size, reading.redacted());
    }

    /** Every entry the filter selects, in the order of the stream, one at a time (for an export). */
    void each(Caller caller, AuditFilter filter, Consumer<AuditEntry> consumer) {
        Reading reading = Reading.of(caller);
        List<Object> parameters = new ArrayList<>();
        String where = where(reading, filter, parameters);
        jdbc.query(SELECT + where + " ORDER BY e.position", row -> {
            consumer.accept(entry(row, 0));
        }, parameters.toArray());
    }

    /** The actions that occur in the trail, for the filter's choices. */
    List<String> actions() {
        return jdbc.queryForList("SELECT DISTINCT event_type FROM audit_entry ORDER BY event_type", String.class);
    }

    /**
     * The entries of each incident reported in the period that the caller may read, by reference, oldest
     * first: what the protocol checks look at.
     */
    Map<String, IncidentTrail> incidents(Caller caller, AuditFilter period) {
        Reading reading = Reading.of(caller);
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (reading.routedTo() != null) {
            where.append(" AND i.handler = ?");
            parameters.add(reading.routedTo().name());
        }
        if (period.from() != null) {
            where.append(" AND i.reported_at >= ?");
            parameters.add(Timestamp.from(period.from().atStartOfDay(zone).toInstant()));
        }
        if (period.to() != null) {
            where.append(" AND i.reported_at < ?");
            parameters.add(Timestamp.from(period.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (period.incident() != null) {
            where.append(" AND i.reference = ?");
            parameters.add(period.incident());
        }
        Map<String, IncidentTrail> incidents = new LinkedHashMap<>();
        jdbc.query("SELECT i.incident_id, i.reference, i.official_kind, i.handler FROM audit_incident i" + where
                + " ORDER BY i.reported_at, i.reference", row -> {
                    incidents.put(row.getString("incident_id"), new IncidentTrail(row.getString("reference"),
                            row.getString("official_kind"), row.getString("handler"), new ArrayList<>()));
                }, parameters.toArray());
        if (!incidents.isEmpty()) {
            jdbc.query(SELECT + " WHERE e.incident_id = ANY (?::uuid[]) ORDER BY e.position", row -> {
                AuditEntry entry = entry(row, 0);
                incidents.get(entry.incidentId()).entries().add(entry);
            }, (Object) incidents.keySet().toArray(String[]::new));
        }
        Map<String, IncidentTrail> byReference = new LinkedHashMap<>();
        incidents.values().forEach(trail -> byReference.put(trail.reference(), trail));
        return byReference;
    }

    record IncidentTrail(String reference, String officialKind, String handler, List<AuditEntry> entries) {
    }

    private String where(Reading reading, AuditFilter filter, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (reading.routedTo() != null) {
            where.append(" AND i.handler = ?");
            parameters.add(reading.routedTo().name());
        }
        if (filter.from() != null) {
            where.append(" AND e.occurred_at >= ?");
            parameters.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" AND e.occurred_at < ?");
            parameters.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.incident() != null) {
            where.append(" AND i.reference = ?");
            parameters.add(filter.incident());
        }
        if (filter.action() != null) {
            where.append(" AND e.event_type = ?");
            parameters.add(filter.action());
        }
        if (filter.role() != null) {
            where.append(" AND e.actor_role = ?");
            parameters.add(filter.role());
        }
        return where.toString();
    }

    private static AuditEntry entry(ResultSet row, int n) throws SQLException {
        return new AuditEntry(row.getLong("position"), row.getString("event_type"),
                row.getTimestamp("occurred_at").toInstant(), row.getString("actor"), row.getString("actor_role"),
                row.getString("on_behalf_of"), row.getString("incident_id"), row.getString("reference"),
                row.getString("official_kind"), row.getString("handler"), row.getString("rationale"),
                (Boolean) row.getObject("official_consulted"), (Boolean) row.getObject("vpt"),
                JSON.readValue(row.getString("facts"), new TypeReference<Map<String, Object>>() { }),
                JSON.readValue(row.getString("categories"), new TypeReference<List<EventFacts.Category>>() { }),
                row.getString("correlation_id"), row.getString("hash"));
    }
}
