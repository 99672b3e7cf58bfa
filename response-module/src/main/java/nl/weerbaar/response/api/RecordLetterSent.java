package nl.weerbaar.response.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the day a corrective letter was sent to the perpetrator. Whether that day is possible (not
 * in the future, not before the letter was chosen) depends on the clock and the intervention, so the
 * aggregate checks it.
 *
 * @param recordedBy the role of the case handler recording it
 */
public record RecordLetterSent(@TargetAggregateIdentifier InterventionId interventionId, LocalDate sentOn,
        Role recordedBy) {

    /** Code of a day before the letter was chosen: it cannot have been sent before it was decided on. */
    public static final String BEFORE_CHOICE = "beforeChoice";

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        if (sentOn == null) {
            violations.add(new RuleViolation("sentOn", RuleViolation.REQUIRED));
        }
        return violations;
    }
}
