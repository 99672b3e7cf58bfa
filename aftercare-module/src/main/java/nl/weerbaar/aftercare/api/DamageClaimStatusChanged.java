package nl.weerbaar.aftercare.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/** The claim's status changed; the note may speak of the perpetrator or the official. */
@Revision("1")
public record DamageClaimStatusChanged(
        DamageClaimId damageClaimId,
        IncidentId incidentId,
        ClaimStatus status,
        LocalDate changedOn,
        @PersonalData(subject = "incidentId") String note,
        Role recordedBy,
        Instant recordedAt) {
}
