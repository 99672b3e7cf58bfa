package nl.weerbaar.incident.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that the incident was discussed (with whom, when, the agreed next step). The first
 * discussion enters it in the Incident Register.
 *
 * @param recordedBy the role of the case handler recording it
 */
public record RecordDiscussion(
        @TargetAggregateIdentifier IncidentId incidentId,
        Set<DiscussionParty> discussedWith,
        Instant discussedAt,
        String agreedNextStep,
        Role recordedBy) {

    public static final int MAX_NEXT_STEP = 2_000;

    public RecordDiscussion {
        discussedWith = discussedWith == null ? Set.of() : Set.copyOf(discussedWith);
    }

    public List<RuleViolation> violations(Instant now) {
        List<RuleViolation> violations = new ArrayList<>();
        if (discussedWith.isEmpty()) {
            violations.add(new RuleViolation("discussedWith", RuleViolation.REQUIRED));
        }
        if (discussedAt == null) {
            violations.add(new RuleViolation("discussedAt", RuleViolation.REQUIRED));
        } else if (discussedAt.isAfter(now)) {
            violations.add(new RuleViolation("discussedAt", RuleViolation.IN_FUTURE));
        }
        Texts.require(violations, "agreedNextStep", agreedNextStep, MAX_NEXT_STEP);
        return violations;
    }
}
