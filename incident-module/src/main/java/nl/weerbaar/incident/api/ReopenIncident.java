package nl.weerbaar.incident.api;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopen a closed incident, with a reason. */
public record ReopenIncident(@TargetAggregateIdentifier IncidentId incidentId, String reason, Role reopenedBy) {

    public static final int MAX_REASON = 2_000;

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "reason", reason, MAX_REASON);
        return violations;
    }
}
