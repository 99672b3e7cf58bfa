package nl.weerbaar.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The profile's side of a link: it counts this incident from now on. */
@Revision("1")
public record IncidentLinkedToProfile(PerpetratorId perpetratorId, IncidentId incidentId, Instant linkedAt) {
}
