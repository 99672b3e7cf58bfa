package nl.weerbaar.communication.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a communication decision was carried out: when, and by whom.
 *
 * @param executedBy who communicated, in words (e.g. "de burgemeester, in het fractievoorzittersoverleg")
 * @param recordedBy the role of the case handler recording it
 */
public record ExecuteCommunicationDecision(
        @TargetAggregateIdentifier CommunicationId communicationId,
        CommunicationDecisionId decisionId,
        LocalDate executedOn,
        String executedBy,
        Role recordedBy) {

    public List<RuleViolation> violations(LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        if (executedOn == null) {
            violations.add(new RuleViolation("executedOn", RuleViolation.REQUIRED));
        } else if (executedOn.isAfter(today)) {
            violations.add(new RuleViolation("executedOn", RuleViolation.IN_FUTURE));
        }
        Texts.require(violations, "executedBy", executedBy, CommunicationTexts.MAX_SHORT);
        return violations;
    }
}
