package nl.weerbaar.response.api;

import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a chosen intervention was carried out, and with what outcome.
 *
 * @param completedBy the role of the case handler deciding
 */
public record CompleteIntervention(@TargetAggregateIdentifier InterventionId interventionId, String outcome, Role completedBy) {

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "outcome", outcome, ResponseTexts.MAX_TEXT);
        return violations;
    }
}
