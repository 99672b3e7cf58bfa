package nl.weerbaar.aftercare.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/** A damage claim was filed, status {@link ClaimStatus#SUBMITTED}; what the damage is says something about the official. */
@Revision("1")
public record DamageClaimFiled(
        DamageClaimId damageClaimId,
        IncidentId incidentId,
        @PersonalData(subject = "incidentId") String what,
        Amount amount,
        ClaimRoute route,
        LocalDate filedOn,
        Role recordedBy,
        Instant recordedAt) {
}
