package nl.weerbaar.communication.query;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.stream.Collectors;
import nl.weerbaar.communication.api.CommunicationDecided;
import nl.weerbaar.communication.api.CommunicationDecisionExecuted;
import nl.weerbaar.communication.api.FalsehoodCorrectionApproved;
import nl.weerbaar.communication.api.FalsehoodCorrectionPublished;
import nl.weerbaar.communication.api.FalsehoodCorrectionRequested;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import nl.weerbaar.incident.api.PersonalData;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code communication_decisions} table (one row per decision, the revised ones marked
 * superseded) and the {@code falsehood_corrections} table.
 */
@Component
@ProcessingGroup(CommunicationProjection.NAME)
public class CommunicationProjection {

    public static final String NAME = "communication";

    /** Whether the incident of the row (the last parameter) was erased before the row arrived. */
    private static final String ERASED = "EXISTS (SELECT 1 FROM communication_erased_incidents WHERE incident_id = ?)";

    private final JdbcTemplate jdbc;

    public CommunicationProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CommunicationDecided event) {
        // Redelivery of the same event must not fail or duplicate: the first write wins.
        jdbc.update("""
                INSERT INTO communication_decisions (decision_id, incident_id, number, revises, participants,
                    official_agreed, internal_audiences, external, external_form, rationale, decided_by_role, decided_at,
                    erased)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, """ + ERASED + """
                )
                ON CONFLICT (decision_id) DO NOTHING
                """,
                event.decisionId().value(), event.incidentId().value(), event.number(),
                event.revises() == null ? null : event.revises().value(), names(event.participants()),
                event.officialAgreed(), names(event.internalAudiences()), event.external(), event.externalForm(),
                event.rationale(), event.decidedBy().name(), Timestamp.from(event.decidedAt()),
                event.incidentId().value());
        if (event.revises() != null) {
            jdbc.update("UPDATE communication_decisions SET superseded_by = ? WHERE decision_id = ?",
                    event.decisionId().value(), event.revises().value());
        }
    }

    @EventHandler
    void on(CommunicationDecisionExecuted event) {
        jdbc.update("""
                UPDATE communication_decisions SET executed_on = ?, executed_by = ?, execution_recorded_by_role = ?,
                    execution_recorded_at = ?
                WHERE decision_id = ?""", Date.valueOf(event.executedOn()), event.executedBy(),
                event.recordedBy().name(), Timestamp.from(event.recordedAt()), event.decisionId().value());
    }

    @EventHandler
    void on(FalsehoodCorrectionRequested event) {
        jdbc.update("""
                INSERT INTO falsehood_corrections (correction_id, incident_id, where_posted, falsehood,
                    proposed_correction, requested_by_role, requested_at, erased)
                VALUES (?, ?, ?, ?, ?, ?, ?, """ + ERASED + """
                )
                ON CONFLICT (correction_id) DO NOTHING
                """, event.correctionId().value(), event.incidentId().value(), event.where(), event.falsehood(),
                event.proposedCorrection(), event.requestedBy().name(), Timestamp.from(event.requestedAt()),
                event.incidentId().value());
    }

    @EventHandler
    void on(FalsehoodCorrectionApproved event) {
        jdbc.update("""
                UPDATE falsehood_corrections SET approved_on = ?, approved_by_role = ?, approval_recorded_at = ?
                WHERE correction_id = ?""", Date.valueOf(event.approvedOn()), event.approvedBy().name(),
                Timestamp.from(event.recordedAt()), event.correctionId().value());
    }

    @EventHandler
    void on(FalsehoodCorrectionPublished event) {
        jdbc.update("""
                UPDATE falsehood_corrections SET published_on = ?, publication_link = ?, published_by_role = ?,
                    publication_recorded_at = ?
                WHERE correction_id = ?""", Date.valueOf(event.publishedOn()), event.link(),
                event.recordedBy().name(), Timestamp.from(event.recordedAt()), event.correctionId().value());
    }

    /**
     * Every text about the incident reads as erased; audiences, dates and statuses remain. Rows that
     * arrive later (handled by another segment) read their texts as erased already, since the key is
     * gone, and take their flag from the remembered erasure.
     */
    @EventHandler
    void on(IncidentPersonalDataErased event) {
        jdbc.update("INSERT INTO communication_erased_incidents (incident_id) VALUES (?) ON CONFLICT DO NOTHING",
                event.incidentId().value());
        scrub("communication_decisions", List.of("external_form", "rationale", "executed_by"), event);
        scrub("falsehood_corrections", List.of("where_posted", "falsehood", "proposed_correction", "publication_link"),
                event);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM communication_decisions");
        jdbc.update("DELETE FROM falsehood_corrections");
        jdbc.update("DELETE FROM communication_erased_incidents");
    }

    private void scrub(String table, List<String> columns, IncidentPersonalDataErased event) {
        StringBuilder sql = new StringBuilder("UPDATE " + table + " SET erased = TRUE");
        for (String column : columns) {
            sql.append(", ").append(column).append(" = CASE WHEN ").append(column).append(" IS NULL THEN NULL ELSE '")
                    .append(PersonalData.ERASED).append("' END");
        }
        jdbc.update(sql + " WHERE incident_id = ?", event.incidentId().value());
    }

    private static String names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
