package nl.weerbaar.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The case handler closed the incident (or marked it withdrawn); its retention period starts now. */
@Revision("1")
public record IncidentClosed(
        IncidentId incidentId,
        ClosingOutcome outcome,
        @PersonalData(subject = "incidentId") String reason,
        IncidentStatus status,
        Instant closedAt) {
}
