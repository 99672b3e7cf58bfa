package nl.weerbaar.aftercare.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an amount received on a damage claim. In total no more can be recovered than was claimed. */
public record RecordDamageRecovery(
        @TargetAggregateIdentifier DamageClaimId damageClaimId,
        Amount amount,
        LocalDate receivedOn,
        Role recordedBy) {

    public static final String CONTEXT = "recovery";
    /** The amounts received would add up to more than was claimed. */
    public static final String EXCEEDS_CLAIM = "exceedsClaim";

    public List<RuleViolation> violations(LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        AftercareRules.required(violations, "amount", amount);
        if (amount != null && amount.cents() == 0) {
            violations.add(new RuleViolation("amount", RuleViolation.INVALID));
        }
        AftercareRules.happened(violations, "receivedOn", receivedOn, today);
        return violations;
    }
}
