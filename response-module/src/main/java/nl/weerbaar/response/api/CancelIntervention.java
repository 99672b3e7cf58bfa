package nl.weerbaar.response.api;

import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Cancel a chosen intervention that will not be carried out, with the reason.
 *
 * @param cancelledBy the role of the case handler deciding
 */
public record CancelIntervention(@TargetAggregateIdentifier InterventionId interventionId, String reason, Role cancelledBy) {

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "reason", reason, ResponseTexts.MAX_TEXT);
        return violations;
    }
}
