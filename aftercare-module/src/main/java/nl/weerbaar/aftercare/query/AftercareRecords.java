package nl.weerbaar.aftercare.query;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.aftercare.api.AftercareId;
import nl.weerbaar.aftercare.api.AftercareKind;
import nl.weerbaar.aftercare.api.Amount;
import nl.weerbaar.aftercare.api.CaseUpdateId;
import nl.weerbaar.aftercare.api.CaseUpdateKind;
import nl.weerbaar.aftercare.api.CaseUpdateSource;
import nl.weerbaar.aftercare.api.ClaimRoute;
import nl.weerbaar.aftercare.api.ClaimStatus;
import nl.weerbaar.aftercare.api.DamageClaimId;
import nl.weerbaar.aftercare.api.InformationChannel;
import nl.weerbaar.incident.api.IncidentId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads an incident's aftercare, case updates, damage claims and follow-up offers, and the case updates
 * not passed on in time. Need-to-know is the caller's business: read an incident's records only after
 * the incident module said the caller may see the incident.
 */
@Component
public class AftercareRecords {

    private final JdbcTemplate jdbc;
    private final InformDeadline deadline;

    public AftercareRecords(JdbcTemplate jdbc, InformDeadline deadline) {
        this.jdbc = jdbc;
        this.deadline = deadline;
    }

    /** Oldest request first. */
    public List<AftercareView> aftercare(IncidentId incidentId) {
        return jdbc.query("SELECT * FROM aftercare_requests WHERE incident_id = ? ORDER BY requested_on, recorded_at, "
                + "aftercare_id", (rs, i) -> aftercare(rs), incidentId.value());
    }

    /** Oldest step first. */
    public List<CaseUpdateView> caseUpdates(IncidentId incidentId) {
        return jdbc.query("SELECT * FROM case_updates WHERE incident_id = ? ORDER BY update_date, recorded_at, "
                + "case_update_id", (rs, i) -> caseUpdate(rs), incidentId.value());
    }

    /** Oldest claim first. */
    public List<DamageClaimView> damageClaims(IncidentId incidentId) {
        return jdbc.query("SELECT * FROM damage_claims WHERE incident_id = ? ORDER BY filed_on, recorded_at, "
                + "damage_claim_id", (rs, i) -> damageClaim(rs), incidentId.value());
    }

    /** The complaints filed for the incident and not cancelled, oldest first. */
    public List<FollowUpOffer> followUpOffers(IncidentId incidentId) {
        return jdbc.query("SELECT * FROM case_follow_up_offers WHERE incident_id = ? AND withdrawn_at IS NULL "
                + "ORDER BY offered_at, intervention_id", (rs, i) -> new FollowUpOffer(
                rs.getObject("intervention_id", UUID.class), rs.getTimestamp("offered_at").toInstant()),
                incidentId.value());
    }

    /**
     * Every case update not passed on in time, of every incident: filter on need-to-know before showing
     * it. Longest overdue first. The due day depends on the calendar and the configured number of working
     * days, so it is computed on reading rather than stored (a changed setting needs no replay).
     */
    public List<CaseUpdateView> overdue() {
        return jdbc.query("SELECT * FROM case_updates WHERE informed_at IS NULL ORDER BY update_date, recorded_at, "
                + "case_update_id", (rs, i) -> caseUpdate(rs)).stream()
                .filter(CaseUpdateView::overdue)
                .toList();
    }

    /** Every case update of every incident, oldest first: filter on need-to-know before showing it. */
    public List<CaseUpdateView> allCaseUpdates() {
        return jdbc.query("SELECT * FROM case_updates ORDER BY update_date, recorded_at, case_update_id",
                (rs, i) -> caseUpdate(rs));
    }

    public Optional<IncidentId> incidentOf(AftercareId aftercareId) {
        return incidentOf("aftercare_requests", "aftercare_id", aftercareId.value());
    }

    public Optional<IncidentId> incidentOf(CaseUpdateId caseUpdateId) {
        return incidentOf("case_updates", "case_update_id", caseUpdateId.value());
    }

    public Optional<IncidentId> incidentOf(DamageClaimId damageClaimId) {
        return incidentOf("damage_claims", "damage_claim_id", damageClaimId.value());
    }

    private Optional<IncidentId> incidentOf(String table, String idColumn, UUID id) {
        return jdbc.query("SELECT incident_id FROM " + table + " WHERE " + idColumn + " = ?",
                (rs, i) -> new IncidentId(rs.getObject("incident_id", UUID.class)), id).stream().findFirst();
    }

    private static AftercareView aftercare(ResultSet rs) throws SQLException {
        LocalDate arrangedOn = localDate(rs.getDate("arranged_on"));
        LocalDate completedOn = localDate(rs.getDate("completed_on"));
        String status = completedOn != null ? "COMPLETED" : arrangedOn != null ? "ARRANGED" : "REQUESTED";
        return new AftercareView(rs.getObject("aftercare_id", UUID.class), AftercareKind.valueOf(rs.getString("kind")),
                rs.getString("description"), localDate(rs.getDate("requested_on")), rs.getString("requested_by_role"),
                rs.getString("arranged_by"), rs.getString("arranged_with"), arrangedOn, completedOn,
                rs.getString("completion_note"), status, rs.getBoolean("erased"));
    }

    private CaseUpdateView caseUpdate(ResultSet rs) throws SQLException {
        LocalDate date = localDate(rs.getDate("update_date"));
        Instant informedAt = instant(rs.getTimestamp("informed_at"));
        LocalDate dueOn = deadline.dueOn(date);
        ZoneId zone = deadline.zone();
        boolean informedLate = informedAt != null && LocalDate.ofInstant(informedAt, zone).isAfter(dueOn);
        String how = rs.getString("informed_how");
        return new CaseUpdateView(rs.getObject("case_update_id", UUID.class),
                new IncidentId(rs.getObject("incident_id", UUID.class)), date,
                CaseUpdateSource.valueOf(rs.getString("source")), CaseUpdateKind.valueOf(rs.getString("kind")),
                rs.getString("summary"), rs.getString("recorded_by_role"), rs.getTimestamp("recorded_at").toInstant(),
                informedAt, how == null ? null : InformationChannel.valueOf(how), rs.getString("informed_note"), dueOn,
                deadline.isOverdue(date, informedAt != null), informedLate, rs.getBoolean("erased"));
    }

    private static DamageClaimView damageClaim(ResultSet rs) throws SQLException {
        Amount claimed = new Amount(rs.getLong("amount_cents"));
        Amount recovered = new Amount(rs.getLong("recovered_cents"));
        BigDecimal outstanding = claimed.euros().subtract(recovered.euros());
        return new DamageClaimView(rs.getObject("damage_claim_id", UUID.class), rs.getString("what"), claimed.euros(),
                ClaimRoute.valueOf(rs.getString("route")), localDate(rs.getDate("filed_on")),
                ClaimStatus.valueOf(rs.getString("status")), localDate(rs.getDate("status_changed_on")),
                rs.getString("status_note"), recovered.euros(), outstanding, localDate(rs.getDate("last_received_on")),
                rs.getBoolean("erased"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
