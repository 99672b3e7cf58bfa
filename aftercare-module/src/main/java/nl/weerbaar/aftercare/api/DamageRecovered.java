package nl.weerbaar.aftercare.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/**
 * An amount was received on a damage claim.
 *
 * @param totalRecovered everything received on the claim so far, this amount included (never more than claimed)
 */
@Revision("1")
public record DamageRecovered(
        DamageClaimId damageClaimId,
        IncidentId incidentId,
        Amount amount,
        LocalDate receivedOn,
        Amount totalRecovered,
        Role recordedBy,
        Instant recordedAt) {
}
