package nl.weerbaar.incident.query;

import java.time.Instant;
import nl.weerbaar.incident.api.BehaviourType;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.Severity;

/**
 * An incident of a profile as the profile shows it: where it stands and its current assessment
 * ({@code null} parts until it is assessed), never its content.
 */
public record ProfileIncident(
        IncidentId incidentId,
        IncidentReference reference,
        Instant reportedAt,
        IncidentStatus status,
        BehaviourType behaviourType,
        Severity severity) {
}
