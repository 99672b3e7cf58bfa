package nl.weerbaar.response.api;

import java.time.Instant;
import nl.weerbaar.incident.api.IncidentId;
import org.axonframework.serialization.Revision;

/**
 * The access ban ended by itself after its last day.
 *
 * @param expiredAt the moment it ended: the start of the day after its last day, municipality time
 *                  (the same on every node; the event's own timestamp tells when it was noticed)
 */
@Revision("1")
public record AccessBanExpired(InterventionId interventionId, IncidentId incidentId, Instant expiredAt) {
}
