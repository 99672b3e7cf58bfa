package nl.weerbaar.app.accesslog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Appends reads to {@code access_log} and reads them back for review. There is no method to change or
 * remove a line, and the database refuses it anyway (a trigger).
 */
@Component
public class AccessLog {

    /** Which lines to review: an incident (its id), a user, a period (days, inclusive). */
    record Filter(String incidentId, String user, LocalDate from, LocalDate to) {
    }

    record Page(List<AccessRecord> items, long total, int page, int size) {

        int pageCount() {
            return (int) ((total + size - 1) / size);
        }
    }

    private static final Pattern REFERENCE = Pattern.compile("\\d{4}-\\d{4}");
    private static final RowMapper<AccessRecord> ROW = (rs, n) -> new AccessRecord(rs.getTimestamp("at").toInstant(),
            rs.getString("actor"), rs.getString("actor_role"), rs.getString("action"), rs.getString("method"),
            rs.getString("path"), rs.getString("parameters"), rs.getString("object_type"), rs.getString("object_id"),
            rs.getString("incident_id"), rs.getInt("status"), rs.getString("result"), rs.getString("client_address"));

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;

    AccessLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    Clock clock() {
        return clock;
    }

    void append(AccessRecord read) {
        jdbc.update("""
                INSERT INTO access_log (at, actor, actor_role, action, method, path, parameters, object_type, object_id,
                    incident_id, status, result, client_address)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid, ?, ?, ?)
                """, Timestamp.from(read.at()), read.actor(), read.actorRole(), read.action(), read.method(),
                truncate(read.path(), 500), truncate(read.parameters(), 500), read.objectType(),
                truncate(read.objectId(), 100), read.incidentId(), read.status(), read.result(),
                truncate(read.clientAddress(), 100));
    }

    /**
     * The incident an object belongs to: an incident is its own; an intervention, decision or other
     * aggregate made for an incident belongs to it (as the audit trail recorded); a reference is looked up.
     */
    String incidentOf(String objectType, String objectId) {
        if (objectId == null) {
            return null;
        }
        if (REFERENCE.matcher(objectId).matches()) {
            return jdbc.queryForList("SELECT incident_id::text FROM audit_incident WHERE reference = ?", String.class,
                    objectId).stream().findFirst().orElse(null);
        }
        if (!isUuid(objectId)) {
            return null;
        }
        if ("INCIDENT".equals(objectType)) {
            return objectId;
        }
        return jdbc.queryForList("SELECT incident_id::text FROM audit_object WHERE object_id = ?", String.class,
                objectId).stream().findFirst().orElse(null);
    }

    Page page(Filter filter, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (filter.incidentId() != null) {
            // Also reads logged before the trail knew the object's incident (it follows by milliseconds).
            where.append(" AND (incident_id = ?::uuid OR object_id IN "
                    + "(SELECT object_id FROM audit_object WHERE incident_id = ?::uuid))");
            parameters.add(filter.incidentId());
            parameters.add(filter.incidentId());
        }
        if (filter.user() != null) {
            where.append(" AND actor = ?");
            parameters.add(filter.user());
        }
        if (filter.from() != null) {
            where.append(" AND at >= ?");
            parameters.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" AND at < ?");
            parameters.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        long total = jdbc.queryForObject("SELECT count(*) FROM access_log" + where, Long.class, parameters.toArray());
        parameters.add(size);
        parameters.add((long) page * size);
        List<AccessRecord> items = jdbc.query("SELECT * FROM access_log" + where + " ORDER BY id DESC LIMIT ? OFFSET ?",
                ROW, parameters.toArray());
        return new Page(items, total, page, size);
    }

    static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return value.length() == 36;
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
