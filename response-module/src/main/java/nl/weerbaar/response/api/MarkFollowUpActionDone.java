package nl.weerbaar.response.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that one follow-up action of a carried-out safety scan was done.
 *
 * @param position the action's place in the scan's list, from 0, as in {@code followUpActions[0]}
 */
public record MarkFollowUpActionDone(
        @TargetAggregateIdentifier SafetyScanId safetyScanId,
        int position,
        LocalDate doneOn,
        Role markedBy) {

    /** An action cannot be done, as a follow-up, before the scan that advised it. */
    public static final String BEFORE_SCAN = "beforeScan";

    public List<RuleViolation> violations(LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        ProtectionRules.required(violations, "doneOn", doneOn);
        ProtectionRules.notAfter(violations, "doneOn", doneOn, today);
        return violations;
    }
}
