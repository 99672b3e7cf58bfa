package nl.weerbaar.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The incident is no longer linked to the profile (the incident's side). */
@Revision("1")
public record PerpetratorUnlinked(
        IncidentId incidentId,
        PerpetratorId perpetratorId,
        @PersonalData(subject = "incidentId") String reason,
        Instant unlinkedAt) {
}
