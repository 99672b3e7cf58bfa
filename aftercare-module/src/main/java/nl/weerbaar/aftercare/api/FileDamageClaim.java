package nl.weerbaar.aftercare.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a claim to recover damage caused by the incident.
 *
 * @param what   what the damage is (a broken window, lost income, ...)
 * @param amount the amount claimed
 */
public record FileDamageClaim(
        @TargetAggregateIdentifier DamageClaimId damageClaimId,
        IncidentId incidentId,
        String what,
        Amount amount,
        ClaimRoute route,
        LocalDate filedOn,
        Role recordedBy) {

    public static final String CONTEXT = "damageClaim";

    public List<RuleViolation> violations(LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "what", what, AftercareTexts.MAX_TEXT);
        AftercareRules.required(violations, "amount", amount);
        if (amount != null && amount.cents() == 0) {
            violations.add(new RuleViolation("amount", RuleViolation.INVALID));
        }
        AftercareRules.required(violations, "route", route);
        AftercareRules.happened(violations, "filedOn", filedOn, today);
        return violations;
    }
}
