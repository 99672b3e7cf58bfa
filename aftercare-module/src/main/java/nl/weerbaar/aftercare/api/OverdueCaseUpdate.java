package nl.weerbaar.aftercare.api;

import java.time.LocalDate;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReference;

/**
 * A case update the official should have been told about by {@code dueOn}. Never its summary: the
 * overview names the incident and the step, the incident's page holds the rest.
 */
public record OverdueCaseUpdate(CaseUpdateId caseUpdateId, IncidentId incidentId, IncidentReference reference,
        LocalDate date, CaseUpdateSource source, CaseUpdateKind kind, LocalDate dueOn) {
}
