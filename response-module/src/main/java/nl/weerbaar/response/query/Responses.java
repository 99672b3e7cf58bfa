package nl.weerbaar.response.query;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.response.api.AccessBansDueForExpiry;
import nl.weerbaar.response.api.BanScope;
import nl.weerbaar.response.api.ConversationConductor;
import nl.weerbaar.response.api.ConversationSetting;
import nl.weerbaar.response.api.InterventionId;
import nl.weerbaar.response.api.InterventionStatus;
import nl.weerbaar.response.api.InterventionType;
import nl.weerbaar.response.api.InvolvedActor;
import nl.weerbaar.response.api.LetterContent;
import nl.weerbaar.response.api.PoliceInvolvement;
import nl.weerbaar.response.api.ResponseOutline;
import nl.weerbaar.response.api.ResponsesOfIncidents;
import nl.weerbaar.response.api.StopConversationPlan;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the responses of incidents and the access bans. Need-to-know is the caller's business: read
 * an incident's responses only after the incident module said the caller may see the incident.
 * "Today" is the clock's day in the municipality's time zone.
 */
@Component
public class Responses {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Responses(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The incident's responses, oldest first. */
    public List<ResponseView> ofIncident(IncidentId incidentId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.query("SELECT * FROM responses WHERE incident_id = ? ORDER BY decided_at, response_id",
                (rs, i) -> response(rs, today), incidentId.value());
    }

    /** The incident an intervention belongs to, if it is known. */
    public Optional<IncidentId> incidentOf(InterventionId interventionId) {
        return jdbc.query("SELECT incident_id FROM responses WHERE response_id = ? AND kind <> ?",
                (rs, i) -> new IncidentId(rs.getObject("incident_id", UUID.class)), interventionId.value(),
                ResponsesProjection.NO_RESPONSE).stream().findFirst();
    }

    /** Access bans, earliest end first: only those in force today, or every one. */
    public List<AccessBanView> accessBans(boolean activeOnly) {
        LocalDate today = LocalDate.now(clock);
        String active = " AND ban_from <= ? AND ban_until >= ? AND lifted_at IS NULL AND expired_at IS NULL"
                + " AND status <> 'CANCELLED'";
        String sql = "SELECT * FROM responses WHERE kind = 'ACCESS_BAN'" + (activeOnly ? active : "")
                + " ORDER BY ban_until, response_id";
        return activeOnly
                ? jdbc.query(sql, (rs, i) -> accessBan(rs, today), Date.valueOf(today), Date.valueOf(today))
                : jdbc.query(sql, (rs, i) -> accessBan(rs, today));
    }

    /** The expiry job's candidates; each ban checks again before it expires. */
    @QueryHandler
    public List<InterventionId> dueForExpiry(AccessBansDueForExpiry query) {
        return jdbc.query("""
                SELECT response_id FROM responses
                WHERE kind = 'ACCESS_BAN' AND ban_until < ? AND expired_at IS NULL AND lifted_at IS NULL
                  AND status <> 'CANCELLED'
                ORDER BY ban_until, response_id
                """, (rs, i) -> new InterventionId(rs.getObject("response_id", UUID.class)),
                Date.valueOf(query.today()));
    }

    /** Kinds and statuses of the incidents' responses, for overviews that must name nobody. */
    @QueryHandler
    public List<ResponseOutline> outlines(ResponsesOfIncidents query) {
        if (query.incidentIds().isEmpty()) {
            return List.of();
        }
        UUID[] ids = query.incidentIds().stream().map(IncidentId::value).toArray(UUID[]::new);
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT incident_id, kind, status, decided_at FROM responses WHERE incident_id = ANY (?)
                    ORDER BY incident_id, decided_at, response_id""");
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            return statement;
        }, (rs, i) -> new ResponseOutline(new IncidentId(rs.getObject("incident_id", UUID.class)), rs.getString("kind"),
                rs.getString("status"), rs.getTimestamp("decided_at").toInstant()));
    }

    private static ResponseView response(ResultSet rs, LocalDate today) throws SQLException {
        String kind = rs.getString("kind");
        boolean intervention = !kind.equals(ResponsesProjection.NO_RESPONSE);
        InterventionType type = intervention ? InterventionType.valueOf(kind) : null;
        return new ResponseView(rs.getObject("response_id", UUID.class),
                new IncidentId(rs.getObject("incident_id", UUID.class)), kind, rs.getString("status"),
                rs.getBoolean("official_consulted"), rs.getString("official_view"), rs.getString("rationale"),
                actors(rs.getString("involved_actors")), rs.getString("decided_by_role"),
                rs.getTimestamp("decided_at").toInstant(),
                type == InterventionType.STOP_CONVERSATION ? conversation(rs) : null,
                type == InterventionType.CORRECTIVE_LETTER ? new LetterContent(rs.getString("letter_behaviour"),
                        rs.getString("letter_impact"), rs.getString("letter_consequences"),
                        rs.getString("recipient_name"), rs.getString("recipient_address")) : null,
                type == InterventionType.POLICE_REPORT || type == InterventionType.CRIMINAL_COMPLAINT
                        ? new PoliceInvolvement((Boolean) rs.getObject("vpt"), rs.getString("police_reference")) : null,
                type == InterventionType.ACCESS_BAN ? accessBan(rs, today) : null,
                rs.getString("outcome"), instant(rs.getTimestamp("completed_at")), rs.getString("cancellation_reason"),
                instant(rs.getTimestamp("cancelled_at")), localDate(rs.getDate("letter_sent_on")),
                rs.getString("complaint_filed_by"), localDate(rs.getDate("complaint_filed_on")),
                rs.getBoolean("erased"));
    }

    private static StopConversationPlan conversation(ResultSet rs) throws SQLException {
        Boolean twoPersons = (Boolean) rs.getObject("two_persons_present");
        return new StopConversationPlan(ConversationConductor.valueOf(rs.getString("conducted_by")),
                rs.getString("actor_description"), localDate(rs.getDate("planned_on")),
                twoPersons == null ? null : new ConversationSetting(rs.getString("setting_location"),
                        rs.getString("setting_room"), twoPersons));
    }

    private static AccessBanView accessBan(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate from = localDate(rs.getDate("ban_from"));
        LocalDate until = localDate(rs.getDate("ban_until"));
        Instant liftedAt = instant(rs.getTimestamp("lifted_at"));
        Instant expiredAt = instant(rs.getTimestamp("expired_at"));
        boolean active = !today.isBefore(from) && !today.isAfter(until) && liftedAt == null && expiredAt == null
                && !InterventionStatus.CANCELLED.name().equals(rs.getString("status"));
        return new AccessBanView(rs.getObject("response_id", UUID.class),
                new IncidentId(rs.getObject("incident_id", UUID.class)), BanScope.valueOf(rs.getString("ban_scope")),
                rs.getString("ban_area"), from, until, rs.getString("legal_basis"), liftedAt,
                rs.getString("lifting_reason"), expiredAt, active);
    }

    private static List<InvolvedActor> actors(String names) {
        return names.isEmpty() ? List.of() : Arrays.stream(names.split(",")).map(InvolvedActor::valueOf).toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
