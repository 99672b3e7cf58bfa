package nl.weerbaar.incident.api;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop the incident's personal data from being erased (e.g. pending a court case) until lifted. */
public record PlaceLegalHold(@TargetAggregateIdentifier IncidentId incidentId, String reason) {

    public static final int MAX_REASON = 500;

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "reason", reason, MAX_REASON);
        return violations;
    }
}
