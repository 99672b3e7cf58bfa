package nl.weerbaar.incident.api;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Undo a mistaken link between an incident and a profile, with a reason (case handlers). */
public record UnlinkPerpetrator(@TargetAggregateIdentifier IncidentId incidentId, String reason, Role unlinkedBy) {

    public static final int MAX_REASON = 2_000;

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "reason", reason, MAX_REASON);
        return violations;
    }
}
