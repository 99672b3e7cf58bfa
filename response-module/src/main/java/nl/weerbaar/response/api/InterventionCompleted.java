package nl.weerbaar.response.api;

import java.time.Instant;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.PersonalData;
import org.axonframework.serialization.Revision;

/** The intervention was carried out; the outcome may describe the perpetrator, so it is personal data of the incident. */
@Revision("1")
public record InterventionCompleted(
        InterventionId interventionId,
        IncidentId incidentId,
        @PersonalData(subject = "incidentId") String outcome,
        Instant completedAt) {
}
