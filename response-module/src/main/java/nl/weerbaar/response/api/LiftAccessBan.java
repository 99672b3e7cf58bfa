package nl.weerbaar.response.api;

import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Lift an access ban that is in force before its end date, with the reason.
 *
 * @param liftedBy the role of the case handler deciding
 */
public record LiftAccessBan(@TargetAggregateIdentifier InterventionId interventionId, String reason, Role liftedBy) {

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "reason", reason, ResponseTexts.MAX_TEXT);
        return violations;
    }
}
