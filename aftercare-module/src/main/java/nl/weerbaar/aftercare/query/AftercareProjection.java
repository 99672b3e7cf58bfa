package nl.weerbaar.aftercare.query;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import nl.weerbaar.aftercare.api.AftercareArranged;
import nl.weerbaar.aftercare.api.AftercareCompleted;
import nl.weerbaar.aftercare.api.AftercareRequested;
import nl.weerbaar.aftercare.api.CaseUpdateRecorded;
import nl.weerbaar.aftercare.api.ClaimStatus;
import nl.weerbaar.aftercare.api.DamageClaimFiled;
import nl.weerbaar.aftercare.api.DamageClaimStatusChanged;
import nl.weerbaar.aftercare.api.DamageRecovered;
import nl.weerbaar.aftercare.api.OfficialInformedOfCaseUpdate;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.response.api.InterventionCancelled;
import nl.weerbaar.response.api.InterventionChosen;
import nl.weerbaar.response.api.InterventionType;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the aftercare tables: aftercare requests, case updates, damage claims, and the follow-up
 * offered when a criminal complaint is filed. Every write is idempotent (a redelivered event changes
 * nothing), so a replay rebuilds the same rows.
 *
 * <p>The reaction to a filed complaint is a row here, not a command: offering the follow-up changes
 * no decision, so a replay may safely run it again, and nothing needs guarding against a replay.
 */
@Component
@ProcessingGroup(AftercareProjection.NAME)
public class AftercareProjection {

    public static final String NAME = "aftercare";

    private final JdbcTemplate jdbc;

    public AftercareProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- aftercare

    @EventHandler
    void on(AftercareRequested event) {
        jdbc.update("""
                INSERT INTO aftercare_requests (aftercare_id, incident_id, kind, description, requested_on,
                    requested_by_role, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (aftercare_id) DO NOTHING
                """, event.aftercareId().value(), event.incidentId().value(), event.kind().name(),
                event.description(), Date.valueOf(event.requestedOn()), event.requestedBy().name(),
                Timestamp.from(event.recordedAt()));
    }

    @EventHandler
    void on(AftercareArranged event) {
        jdbc.update("UPDATE aftercare_requests SET arranged_by = ?, arranged_with = ?, arranged_on = ? "
                + "WHERE aftercare_id = ?", event.arrangedBy(), event.arrangedWith(), Date.valueOf(event.arrangedOn()),
                event.aftercareId().value());
    }

    @EventHandler
    void on(AftercareCompleted event) {
        jdbc.update("UPDATE aftercare_requests SET completed_on = ?, completion_note = ? WHERE aftercare_id = ?",
                Date.valueOf(event.completedOn()), event.note(), event.aftercareId().value());
    }

    // ---------------------------------------------------------------- case updates

    @EventHandler
    void on(CaseUpdateRecorded event) {
        jdbc.update("""
                INSERT INTO case_updates (case_update_id, incident_id, update_date, source, kind, summary,
                    recorded_by_role, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_update_id) DO NOTHING
                """, event.caseUpdateId().value(), event.incidentId().value(), Date.valueOf(event.date()),
                event.source().name(), event.kind().name(), event.summary(), event.recordedBy().name(),
                Timestamp.from(event.recordedAt()));
    }

    @EventHandler
    void on(OfficialInformedOfCaseUpdate event) {
        jdbc.update("UPDATE case_updates SET informed_at = ?, informed_how = ?, informed_note = ? "
                + "WHERE case_update_id = ?", Timestamp.from(event.informedAt()), event.how().name(), event.note(),
                event.caseUpdateId().value());
    }

    /** A criminal complaint was filed: offer to keep the official informed of the case. */
    @EventHandler
    void on(InterventionChosen event) {
        if (event.type() != InterventionType.CRIMINAL_COMPLAINT) {
            return;
        }
        jdbc.update("""
                INSERT INTO case_follow_up_offers (intervention_id, incident_id, offered_at) VALUES (?, ?, ?)
                ON CONFLICT (intervention_id) DO NOTHING
                """, event.interventionId().value(), event.incidentId().value(), Timestamp.from(event.chosenAt()));
    }

    /** A complaint that was not filed after all takes its offer back; other interventions have no row. */
    @EventHandler
    void on(InterventionCancelled event) {
        jdbc.update("UPDATE case_follow_up_offers SET withdrawn_at = ? WHERE intervention_id = ?",
                Timestamp.from(event.cancelledAt()), event.interventionId().value());
    }

    // ---------------------------------------------------------------- damage claims

    @EventHandler
    void on(DamageClaimFiled event) {
        jdbc.update("""
                INSERT INTO damage_claims (damage_claim_id, incident_id, what, amount_cents, route, filed_on,
                    recorded_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (damage_claim_id) DO NOTHING
                """, event.damageClaimId().value(), event.incidentId().value(), event.what(), event.amount().cents(),
                event.route().name(), Date.valueOf(event.filedOn()), Timestamp.from(event.recordedAt()),
                ClaimStatus.SUBMITTED.name());
    }

    @EventHandler
    void on(DamageClaimStatusChanged event) {
        jdbc.update("UPDATE damage_claims SET status = ?, status_changed_on = ?, status_note = ? "
                + "WHERE damage_claim_id = ?", event.status().name(), Date.valueOf(event.changedOn()), event.note(),
                event.damageClaimId().value());
    }

    /** The event carries the running total, so a redelivery sets the same total instead of adding twice. */
    @EventHandler
    void on(DamageRecovered event) {
        jdbc.update("UPDATE damage_claims SET recovered_cents = ?, last_received_on = GREATEST(last_received_on, ?) "
                + "WHERE damage_claim_id = ?", event.totalRecovered().cents(), Date.valueOf(event.receivedOn()),
                event.damageClaimId().value());
    }

    // ---------------------------------------------------------------- erasure

    /** Every text of the incident's aftercare reads as erased; dates, kinds, amounts and statuses remain. */
    @EventHandler
    void on(IncidentPersonalDataErased event) {
        scrub("aftercare_requests", List.of("description", "arranged_by", "arranged_with", "completion_note"), event);
        scrub("case_updates", List.of("summary", "informed_note"), event);
        scrub("damage_claims", List.of("what", "status_note"), event);
    }

    private void scrub(String table, List<String> columns, IncidentPersonalDataErased event) {
        StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET erased = TRUE");
        for (String column : columns) {
            sql.append(", ").append(column).append(" = CASE WHEN ").append(column).append(" IS NULL THEN NULL ELSE '")
                    .append(PersonalData.ERASED).append("' END");
        }
        jdbc.update(sql + " WHERE incident_id = ?", event.incidentId().value());
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("aftercare_requests", "case_updates", "damage_claims", "case_follow_up_offers")) {
            jdbc.update("DELETE FROM " + table);
        }
    }
}
