package nl.weerbaar.response.api;

import java.time.Instant;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.PersonalData;
import org.axonframework.serialization.Revision;

/** The intervention was cancelled; the reason may name people, so it is personal data of the incident. */
@Revision("1")
public record InterventionCancelled(
        InterventionId interventionId,
        IncidentId incidentId,
        @PersonalData(subject = "incidentId") String reason,
        Instant cancelledAt) {
}
