package nl.weerbaar.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A legal hold stops the erasure of the incident's personal data until lifted. */
@Revision("1")
public record LegalHoldPlaced(
        IncidentId incidentId,
        @NotPersonalData("the administrator is asked to give a reason that names no one") String reason,
        Instant placedAt) {
}
