package nl.weerbaar.incident.api;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Close an incident with an outcome and a reason (or mark it withdrawn at the official's request).
 *
 * @param closedBy the role of the case handler closing it
 */
public record CloseIncident(@TargetAggregateIdentifier IncidentId incidentId, ClosingOutcome outcome, String reason,
        Role closedBy) {

    public static final int MAX_REASON = 2_000;

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        if (outcome == null) {
            violations.add(new RuleViolation("outcome", RuleViolation.REQUIRED));
        }
        Texts.require(violations, "reason", reason, MAX_REASON);
        return violations;
    }
}
