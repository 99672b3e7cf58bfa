package nl.weerbaar.communication.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/** The correction was approved for publication from the municipal account. */
@Revision("1")
public record FalsehoodCorrectionApproved(
        FalsehoodCorrectionId correctionId,
        IncidentId incidentId,
        LocalDate approvedOn,
        Role approvedBy,
        Instant recordedAt) {
}
