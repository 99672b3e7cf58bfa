package nl.weerbaar.communication.query;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.weerbaar.communication.api.CommunicationDecisionId;
import nl.weerbaar.communication.api.InternalAudience;
import nl.weerbaar.communication.api.Participant;
import nl.weerbaar.incident.api.IncidentId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the communication decisions. Need-to-know is the caller's business: read an incident's
 * decisions only after the incident module said the caller may see the incident.
 */
@Component
public class CommunicationDecisions {

    private final JdbcTemplate jdbc;

    public CommunicationDecisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The incident's decisions, oldest first; the last is the current one. Empty: nothing is communicated. */
    public List<CommunicationDecisionView> ofIncident(IncidentId incidentId) {
        return jdbc.query("SELECT * FROM communication_decisions WHERE incident_id = ? ORDER BY number, decided_at",
                (rs, i) -> view(rs), incidentId.value());
    }

    /** The decision that holds for the incident, if one was taken. */
    public Optional<CommunicationDecisionView> current(IncidentId incidentId) {
        return jdbc.query("SELECT * FROM communication_decisions WHERE incident_id = ? AND superseded_by IS NULL",
                (rs, i) -> view(rs), incidentId.value()).stream().findFirst();
    }

    public Optional<IncidentId> incidentOf(CommunicationDecisionId decisionId) {
        return jdbc.query("SELECT incident_id FROM communication_decisions WHERE decision_id = ?",
                (rs, i) -> new IncidentId(rs.getObject("incident_id", UUID.class)), decisionId.value())
                .stream().findFirst();
    }

    /** The incidents whose current decision allows informing the party leaders: all the briefing may show. */
    public List<IncidentId> sharedWithPartyLeaders() {
        return jdbc.query("""
                SELECT incident_id FROM communication_decisions
                WHERE superseded_by IS NULL AND (',' || internal_audiences || ',') LIKE ?
                ORDER BY incident_id""", (rs, i) -> new IncidentId(rs.getObject("incident_id", UUID.class)),
                "%," + InternalAudience.PARTY_LEADERS.name() + ",%");
    }

    private static CommunicationDecisionView view(ResultSet rs) throws SQLException {
        UUID supersededBy = rs.getObject("superseded_by", UUID.class);
        Date executedOn = rs.getDate("executed_on");
        return new CommunicationDecisionView(rs.getObject("decision_id", UUID.class),
                new IncidentId(rs.getObject("incident_id", UUID.class)), rs.getInt("number"),
                rs.getObject("revises", UUID.class), supersededBy == null, supersededBy,
                names(rs.getString("participants"), Participant::valueOf), rs.getBoolean("official_agreed"),
                names(rs.getString("internal_audiences"), InternalAudience::valueOf), rs.getBoolean("external"),
                rs.getString("external_form"), rs.getString("rationale"), rs.getString("decided_by_role"),
                rs.getTimestamp("decided_at").toInstant(), executedOn == null ? null : executedOn.toLocalDate(),
                rs.getString("executed_by"), rs.getString("execution_recorded_by_role"),
                instant(rs.getTimestamp("execution_recorded_at")), rs.getBoolean("erased"));
    }

    private static <E> List<E> names(String names, Function<String, E> value) {
        return names.isEmpty() ? List.of() : Arrays.stream(names.split(",")).map(value).toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
