package nl.weerbaar.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The legal hold was lifted; the retention period applies again. */
@Revision("1")
public record LegalHoldLifted(
        IncidentId incidentId,
        @NotPersonalData("the administrator is asked to give a reason that names no one") String reason,
        Instant liftedAt) {
}
