package nl.weerbaar.incident.api;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lift the legal hold: the retention period applies again. */
public record LiftLegalHold(@TargetAggregateIdentifier IncidentId incidentId, String reason) {

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "reason", reason, PlaceLegalHold.MAX_REASON);
        return violations;
    }
}
