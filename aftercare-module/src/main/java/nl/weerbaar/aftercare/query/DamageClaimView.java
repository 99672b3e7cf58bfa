package nl.weerbaar.aftercare.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.weerbaar.aftercare.api.ClaimRoute;
import nl.weerbaar.aftercare.api.ClaimStatus;

/** A damage claim: amounts in euros with two decimals; {@code outstanding} is claimed minus recovered. */
public record DamageClaimView(UUID damageClaimId, String what, BigDecimal amount, ClaimRoute route, LocalDate filedOn,
        ClaimStatus status, LocalDate statusChangedOn, String statusNote, BigDecimal recovered,
        BigDecimal outstanding, LocalDate lastReceivedOn, boolean personalDataErased) {
}
