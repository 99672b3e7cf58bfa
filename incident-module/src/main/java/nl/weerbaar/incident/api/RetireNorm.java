package nl.weerbaar.incident.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a norm out of the framework; past assessments keep it. */
public record RetireNorm(@TargetAggregateIdentifier NormId normId, LocalDate retiredOn) {

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        if (retiredOn == null) {
            violations.add(new RuleViolation("retiredOn", RuleViolation.REQUIRED));
        }
        return violations;
    }
}
