package nl.weerbaar.incident.query;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.BehaviourType;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.ClosingOutcome;
import nl.weerbaar.incident.api.EarlierIncidentsOfPerpetrator;
import nl.weerbaar.incident.api.FindIncidentFacts;
import nl.weerbaar.incident.api.FindIncidentForDecision;
import nl.weerbaar.incident.api.IncidentFacts;
import nl.weerbaar.incident.api.IncidentForDecision;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.IncidentsOfPerpetrator;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.PerpetratorDetails;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.Severity;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reads the Incident Register with need-to-know applied in the query itself: a caller gets only
 * the incidents of their own office, those routed to their role, or (the mayor) all.
 */
@Component
public class IncidentRegister {

    private static final String SELECT = """
            SELECT r.*, o.name AS official_name
            FROM incident_register r LEFT JOIN official o ON o.official_id = r.official_id
            """;
    /** Ties on the moment broken by reference number ({@code 2026-10000} after {@code 2026-9999}). */
    private static final String NEWEST_FIRST = "r.reported_at DESC, length(r.reference) DESC, r.reference DESC";
    /** Parameters: is the caller the mayor, the caller's role, the caller's official id. */
    private static final String VISIBLE = " (? OR r.handler = ? OR r.official_id = ?) ";

    private static final RowMapper<IncidentView> ROW = (rs, i) -> new IncidentView(
            new IncidentId(rs.getObject("incident_id", UUID.class)),
            IncidentReference.parse(rs.getString("reference")),
            IncidentStatus.valueOf(rs.getString("status")),
            new OfficialView(new OfficialId(rs.getObject("official_id", UUID.class)), rs.getString("official_name"),
                    OfficialKind.valueOf(rs.getString("official_kind"))),
            Role.valueOf(rs.getString("handler")),
            rs.getTimestamp("occurred_at").toInstant(),
            rs.getTimestamp("reported_at").toInstant(),
            rs.getString("location"),
            Channel.valueOf(rs.getString("channel")),
            Arrays.stream(rs.getString("behaviours").split(",")).map(Behaviour::valueOf).toList(),
            rs.getString("description"),
            perpetrator(rs.getString("perpetrator_name"), rs.getString("perpetrator_handle"),
                    rs.getString("perpetrator_description")),
            rs.getString("witnesses"),
            instant(rs.getTimestamp("registered_at")),
            rs.getString("severity") == null ? null : AssessmentView.of(rs.getInt("assessment_number"),
                    BehaviourType.valueOf(rs.getString("behaviour_type")), Severity.valueOf(rs.getString("severity")),
                    NormVersions.parse(rs.getString("assessment_norms")), rs.getString("assessment_rationale"),
                    instant(rs.getTimestamp("assessed_at"))),
            rs.getObject("perpetrator_id") == null ? null : new PerpetratorId(rs.getObject("perpetrator_id", UUID.class)),
            rs.getBoolean("repeat"),
            rs.getInt("previous_incident_count"),
            instant(rs.getTimestamp("closed_at")),
            rs.getString("closing_outcome") == null ? null : ClosingOutcome.valueOf(rs.getString("closing_outcome")),
            rs.getTimestamp("erased_at") != null,
            List.of());

    private static final String FOR_DECISION =
            "SELECT r.incident_id, r.reference, r.status, r.official_id, r.handler, r.perpetrator_id, r.repeat "
            + "FROM incident_register r ";
    private static final RowMapper<IncidentForDecision> FOR_DECISION_ROW = (rs, i) -> new IncidentForDecision(
            new IncidentId(rs.getObject("incident_id", UUID.class)), IncidentReference.parse(rs.getString("reference")),
            IncidentStatus.valueOf(rs.getString("status")), new OfficialId(rs.getObject("official_id", UUID.class)),
            Role.valueOf(rs.getString("handler")),
            rs.getObject("perpetrator_id") == null ? null : new PerpetratorId(rs.getObject("perpetrator_id", UUID.class)),
            rs.getBoolean("repeat"));

    private static final RowMapper<TimelineEntry> TIMELINE_ROW = (rs, i) -> new TimelineEntry(
            rs.getTimestamp("occurred_at").toInstant(), rs.getString("action"), rs.getString("actor"),
            rs.getString("actor_role"), rs.getString("detail"));

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    public IncidentRegister(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    /**
     * The incident with its timeline, if it exists and the caller may see it; otherwise empty (answer
     * 404 either way).
     */
    public Optional<IncidentView> find(IncidentId incidentId, Caller caller) {
        return jdbc.query(SELECT + " WHERE r.incident_id = ? AND" + VISIBLE, ROW,
                incidentId.value(), isMayor(caller), handlerRole(caller), officialId(caller)).stream().findFirst()
                .map(incident -> incident.withTimeline(jdbc.query(
                        "SELECT * FROM incident_timeline WHERE incident_id = ? ORDER BY position", TIMELINE_ROW,
                        incidentId.value())));
    }

    /** Need-to-know for the other modules' decisions, with the same visibility as {@link #find}. */
    @QueryHandler
    public Optional<IncidentForDecision> forDecision(FindIncidentForDecision query) {
        Caller caller = query.caller();
        return jdbc.query(FOR_DECISION + " WHERE r.incident_id = ? AND" + VISIBLE, FOR_DECISION_ROW,
                query.incidentId().value(), isMayor(caller), handlerRole(caller), officialId(caller)).stream()
                .findFirst();
    }

    /** The perpetrator's incidents reported before this one, oldest first: what the escalation hint looks back on. */
    @QueryHandler
    public List<IncidentForDecision> earlierOfPerpetrator(EarlierIncidentsOfPerpetrator query) {
        return jdbc.query(FOR_DECISION + """
                 WHERE r.perpetrator_id = ? AND r.incident_id <> ?
                   AND r.reported_at <= (SELECT reported_at FROM incident_register WHERE incident_id = ?)
                 ORDER BY r.reported_at, r.reference""", FOR_DECISION_ROW, query.perpetratorId().value(),
                query.incidentId().value(), query.incidentId().value());
    }

    /** All incidents linked to the profile, oldest first: the profile's interventions and bans hang off these. */
    @QueryHandler
    public List<IncidentForDecision> ofPerpetrator(IncidentsOfPerpetrator query) {
        return jdbc.query(FOR_DECISION + " WHERE r.perpetrator_id = ? ORDER BY r.reported_at, r.reference",
                FOR_DECISION_ROW, query.perpetratorId().value());
    }

    /** The anonymous facts of the given incidents, oldest report first (the party leaders' briefing). */
    @QueryHandler
    public List<IncidentFacts> facts(FindIncidentFacts query) {
        if (query.incidentIds().isEmpty()) {
            return List.of();
        }
        UUID[] ids = query.incidentIds().stream().map(IncidentId::value).toArray(UUID[]::new);
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT incident_id, official_kind, occurred_at, reported_at, channel, behaviours, behaviour_type,
                           severity, status
                    FROM incident_register WHERE incident_id = ANY (?)
                    ORDER BY reported_at, length(reference), reference""");
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            return statement;
        }, (rs, i) -> new IncidentFacts(new IncidentId(rs.getObject("incident_id", UUID.class)),
                OfficialKind.valueOf(rs.getString("official_kind")), rs.getTimestamp("occurred_at").toInstant(),
                rs.getTimestamp("reported_at").toInstant(), Channel.valueOf(rs.getString("channel")),
                Arrays.stream(rs.getString("behaviours").split(",")).map(Behaviour::valueOf).toList(),
                rs.getString("behaviour_type") == null ? null : BehaviourType.valueOf(rs.getString("behaviour_type")),
                rs.getString("severity") == null ? null : Severity.valueOf(rs.getString("severity")),
                IncidentStatus.valueOf(rs.getString("status"))));
    }

    /** A page (from 0) of the incidents the caller may see, newest first. */
    public IncidentPage list(Caller caller, int page, int size) {
        return list(caller, IncidentFilter.NONE, page, size);
    }

    /** A page (from 0) of the incidents the caller may see that pass the filter, newest first. */
    public IncidentPage list(Caller caller, IncidentFilter filter, int page, int size) {
        List<Object> parameters = new ArrayList<>(List.of(isMayor(caller), handlerRole(caller)));
        parameters.add(officialId(caller));
        String where = " WHERE" + VISIBLE + filter(filter, parameters);
        Long total = jdbc.queryForObject("SELECT count(*) FROM incident_register r" + where, Long.class,
                parameters.toArray());
        parameters.add(size);
        parameters.add((long) page * size);
        List<IncidentView> items = jdbc.query(SELECT + where + " ORDER BY " + NEWEST_FIRST + " LIMIT ? OFFSET ?", ROW,
                parameters.toArray());
        return new IncidentPage(items, total == null ? 0 : total, page, size);
    }

    /** The filter as SQL conditions, adding their parameters. */
    private String filter(IncidentFilter filter, List<Object> parameters) {
        StringBuilder sql = new StringBuilder();
        condition(sql, parameters, " AND r.status = ?", filter.status() == null ? null : filter.status().name());
        condition(sql, parameters, " AND r.reported_at >= ?", filter.from() == null ? null
                : Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        condition(sql, parameters, " AND r.reported_at < ?", filter.to() == null ? null
                : Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        condition(sql, parameters, " AND r.official_kind = ?",
                filter.officialKind() == null ? null : filter.officialKind().name());
        condition(sql, parameters, " AND (',' || r.behaviours || ',') LIKE ?",
                filter.behaviour() == null ? null : "%," + filter.behaviour().name() + ",%");
        condition(sql, parameters, " AND r.channel = ?", filter.channel() == null ? null : filter.channel().name());
        condition(sql, parameters, " AND r.repeat = ?", filter.repeat());
        return sql.toString();
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            sql.append(condition);
            parameters.add(value);
        }
    }

    private static boolean isMayor(Caller caller) {
        return caller.role() == Role.MAYOR;
    }

    /** Only case handler roles see incidents by routing; other roles match no handler. */
    private static String handlerRole(Caller caller) {
        return caller.role().isCaseHandler() ? caller.role().name() : "";
    }

    private static UUID officialId(Caller caller) {
        return caller.officialId() == null ? null : caller.officialId().value();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static PerpetratorDetails perpetrator(String name, String handle, String description) {
        return name == null && handle == null && description == null
                ? null : new PerpetratorDetails(name, handle, description);
    }
}
