package nl.weerbaar.response.api;

import java.time.Instant;
import nl.weerbaar.incident.api.IncidentId;

/**
 * A response decision without its texts: what kind, and where it stands.
 *
 * @param kind   an {@link InterventionType} name, or {@code NO_RESPONSE}
 * @param status {@code CHOSEN}, {@code COMPLETED} or {@code CANCELLED}; {@code DECIDED} for no response
 */
public record ResponseOutline(IncidentId incidentId, String kind, String status, Instant decidedAt) {
}
