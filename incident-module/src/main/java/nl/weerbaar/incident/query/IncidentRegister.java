package nl.weerbaar.incident.query;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.ClosingOutcome;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.PerpetratorDetails;
import nl.weerbaar.incident.api.Role;
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
            instant(rs.getTimestamp("closed_at")),
            rs.getString("closing_outcome") == null ? null : ClosingOutcome.valueOf(rs.getString("closing_outcome")),
            rs.getTimestamp("erased_at") != null);

    private final JdbcTemplate jdbc;

    public IncidentRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The incident, if it exists and the caller may see it; otherwise empty (answer 404 either way). */
    public Optional<IncidentView> find(IncidentId incidentId, Caller caller) {
        return jdbc.query(SELECT + " WHERE r.incident_id = ? AND" + VISIBLE, ROW,
                incidentId.value(), isMayor(caller), handlerRole(caller), officialId(caller)).stream().findFirst();
    }

    /** A page (from 0) of the incidents the caller may see, newest first. */
    public IncidentPage list(Caller caller, int page, int size) {
        Object[] visibility = {isMayor(caller), handlerRole(caller), officialId(caller)};
        Long total = jdbc.queryForObject("SELECT count(*) FROM incident_register r WHERE" + VISIBLE, Long.class,
                visibility);
        List<IncidentView> items = jdbc.query(
                SELECT + " WHERE" + VISIBLE + " ORDER BY " + NEWEST_FIRST + " LIMIT ? OFFSET ?", ROW,
                visibility[0], visibility[1], visibility[2], size, (long) page * size);
        return new IncidentPage(items, total == null ? 0 : total, page, size);
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
