package nl.weerbaar.response.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that the CCV carried out the safety scan, with its advice and the follow-up actions.
 *
 * @param followUpActions optional; each one a text of its own, in the order the advice gives them
 */
public record RecordSafetyScanCarriedOut(
        @TargetAggregateIdentifier SafetyScanId safetyScanId,
        LocalDate carriedOutOn,
        String adviceSummary,
        List<String> followUpActions,
        Role recordedBy) {

    /** The scan cannot have been carried out before it was requested. */
    public static final String BEFORE_REQUEST = "beforeRequest";

    public RecordSafetyScanCarriedOut {
        // not List.copyOf: a null action must reach the rules and be named, not fail here
        followUpActions = followUpActions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(followUpActions));
    }

    public List<RuleViolation> violations(LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        ProtectionRules.required(violations, "carriedOutOn", carriedOutOn);
        ProtectionRules.notAfter(violations, "carriedOutOn", carriedOutOn, today);
        Texts.require(violations, "adviceSummary", adviceSummary, ResponseTexts.MAX_LETTER_PART);
        for (int i = 0; i < followUpActions.size(); i++) {
            Texts.require(violations, "followUpActions[" + i + "]", followUpActions.get(i), ResponseTexts.MAX_TEXT);
        }
        return violations;
    }

    /** As stored: each action stripped. */
    public List<String> normalizedActions() {
        return followUpActions.stream().map(Texts::normalize).toList();
    }
}
