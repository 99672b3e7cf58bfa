package nl.weerbaar.incident.query;

import java.sql.Timestamp;
import java.util.stream.Collectors;
import nl.weerbaar.incident.api.IncidentAssessed;
import nl.weerbaar.incident.api.IncidentClosed;
import nl.weerbaar.incident.api.IncidentDiscussed;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import nl.weerbaar.incident.api.IncidentReopened;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.LegalHoldLifted;
import nl.weerbaar.incident.api.LegalHoldPlaced;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.PerpetratorDetails;
import nl.weerbaar.incident.api.PerpetratorLinked;
import nl.weerbaar.incident.api.PerpetratorUnlinked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code incident_register} table: one row per incident. */
@Component
@ProcessingGroup(IncidentRegisterProjection.NAME)
public class IncidentRegisterProjection {

    public static final String NAME = "incident-register";

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    public IncidentRegisterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc, NAME);
    }

    @EventHandler
    void on(IncidentReported event) {
        PerpetratorDetails perpetrator = event.perpetrator() == null
                ? new PerpetratorDetails(null, null, null) : event.perpetrator();
        // Redelivery of the same event must not fail or duplicate: the first write wins.
        writes.update(event.incidentId(), """
                INSERT INTO incident_register (incident_id, reference, status, official_id, official_kind, handler,
                    reported_by_role, reported_at, occurred_at, location, channel, behaviours, description,
                    perpetrator_name, perpetrator_handle, perpetrator_description, witnesses)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (incident_id) DO NOTHING
                """,
                event.incidentId().value(), event.reference().toString(), IncidentStatus.REPORTED.name(),
                event.officialId().value(), event.officialKind().name(), event.handler().name(),
                event.reportedByRole().name(), Timestamp.from(event.reportedAt()), Timestamp.from(event.occurredAt()),
                event.location(), event.channel().name(),
                event.behaviours().stream().map(Enum::name).collect(Collectors.joining(",")),
                event.description(), perpetrator.name(), perpetrator.handle(), perpetrator.description(),
                event.witnesses());
    }

    @EventHandler
    void on(IncidentDiscussed event) {
        writes.update(event.incidentId(), """
                UPDATE incident_register SET status = CASE WHEN status = 'REPORTED' THEN 'REGISTERED' ELSE status END,
                    registered_at = COALESCE(registered_at, ?)
                WHERE incident_id = ?
                """, Timestamp.from(event.recordedAt()), event.incidentId().value());
    }

    @EventHandler
    void on(IncidentAssessed event) {
        writes.update(event.incidentId(), """
                UPDATE incident_register SET status = 'ASSESSED', behaviour_type = ?, severity = ?, assessed_at = ?,
                    assessment_number = ?, assessment_norms = ?, assessment_rationale = ?
                WHERE incident_id = ?
                """, event.behaviourType().name(), event.severity().name(), Timestamp.from(event.assessedAt()),
                event.assessment(), NormVersions.format(event.norms()), event.rationale(), event.incidentId().value());
    }

    @EventHandler
    void on(PerpetratorLinked event) {
        writes.update(event.incidentId(),
                "UPDATE incident_register SET perpetrator_id = ?, repeat = ?, previous_incident_count = ? "
                + "WHERE incident_id = ?", event.perpetratorId().value(), event.repeat(),
                event.previousIncidents().size(), event.incidentId().value());
    }

    @EventHandler
    void on(PerpetratorUnlinked event) {
        writes.update(event.incidentId(),
                "UPDATE incident_register SET perpetrator_id = NULL, repeat = FALSE, previous_incident_count = 0 "
                + "WHERE incident_id = ?", event.incidentId().value());
    }

    @EventHandler
    void on(IncidentClosed event) {
        writes.update(event.incidentId(),
                "UPDATE incident_register SET status = ?, closed_at = ?, closing_outcome = ? WHERE incident_id = ?",
                event.status().name(), Timestamp.from(event.closedAt()), event.outcome().name(),
                event.incidentId().value());
    }

    @EventHandler
    void on(IncidentReopened event) {
        writes.update(event.incidentId(),
                "UPDATE incident_register SET status = ?, closed_at = NULL, closing_outcome = NULL "
                + "WHERE incident_id = ?", event.status().name(), event.incidentId().value());
    }

    @EventHandler
    void on(LegalHoldPlaced event) {
        writes.update(event.incidentId(), "UPDATE incident_register SET legal_hold = TRUE WHERE incident_id = ?",
                event.incidentId().value());
    }

    @EventHandler
    void on(LegalHoldLifted event) {
        writes.update(event.incidentId(), "UPDATE incident_register SET legal_hold = FALSE WHERE incident_id = ?",
                event.incidentId().value());
    }

    /** Scrubs what the table holds; a replay after the erasure reads the replacement from the events anyway. */
    @EventHandler
    void on(IncidentPersonalDataErased event) {
        String erased = PersonalData.ERASED;
        writes.update(event.incidentId(), """
                UPDATE incident_register SET erased_at = ?, location = ?, description = ?,
                    perpetrator_name = CASE WHEN perpetrator_name IS NULL THEN NULL ELSE ? END,
                    perpetrator_handle = CASE WHEN perpetrator_handle IS NULL THEN NULL ELSE ? END,
                    perpetrator_description = CASE WHEN perpetrator_description IS NULL THEN NULL ELSE ? END,
                    witnesses = CASE WHEN witnesses IS NULL THEN NULL ELSE ? END,
                    assessment_rationale = CASE WHEN assessment_rationale IS NULL THEN NULL ELSE ? END
                WHERE incident_id = ?
                """, Timestamp.from(event.erasedAt()), erased, erased, erased, erased, erased, erased, erased,
                event.incidentId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM incident_register");
    }
}
