package nl.weerbaar.communication.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that the requested correction was approved for publication.
 *
 * @param approvedBy the role of the case handler approving it
 */
public record ApproveFalsehoodCorrection(
        @TargetAggregateIdentifier FalsehoodCorrectionId correctionId,
        LocalDate approvedOn,
        Role approvedBy) {

    public List<RuleViolation> violations(LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        if (approvedOn == null) {
            violations.add(new RuleViolation("approvedOn", RuleViolation.REQUIRED));
        } else if (approvedOn.isAfter(today)) {
            violations.add(new RuleViolation("approvedOn", RuleViolation.IN_FUTURE));
        }
        return violations;
    }
}
