package nl.weerbaar.incident.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Assess (or re-assess) a registered incident: emotion/frustration or instrumental, severity, the
 * norms it crosses (their current versions are recorded), and the rationale.
 */
public record AssessIncident(
        @TargetAggregateIdentifier IncidentId incidentId,
        BehaviourType behaviourType,
        Severity severity,
        Set<NormId> normIds,
        String rationale,
        Role assessedBy) {

    public static final int MAX_RATIONALE = 5_000;

    public AssessIncident {
        normIds = normIds == null ? Set.of() : Set.copyOf(normIds);
    }

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        if (behaviourType == null) {
            violations.add(new RuleViolation("behaviourType", RuleViolation.REQUIRED));
        }
        if (severity == null) {
            violations.add(new RuleViolation("severity", RuleViolation.REQUIRED));
        }
        Texts.require(violations, "rationale", rationale, MAX_RATIONALE);
        return violations;
    }
}
