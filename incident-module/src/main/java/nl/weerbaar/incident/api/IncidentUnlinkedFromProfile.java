package nl.weerbaar.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The profile's side of an unlink: it no longer counts this incident. */
@Revision("1")
public record IncidentUnlinkedFromProfile(PerpetratorId perpetratorId, IncidentId incidentId, Instant unlinkedAt) {
}
