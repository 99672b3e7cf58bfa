package nl.weerbaar.response.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that the municipality filed the chosen criminal complaint (aangifte) with the police: who filed
 * it on the municipality's behalf, on which day, and the police's reference number once given. Whether
 * the day is possible (not in the future, not before the complaint was chosen) depends on the clock and
 * the intervention, so the aggregate checks that.
 *
 * @param filedBy         the name and position of the person who filed it for the municipality
 * @param policeReference the police's number for the complaint; leaves the number given at the choice when empty
 * @param recordedBy      the role of the case handler recording it
 */
public record RecordComplaintFiled(@TargetAggregateIdentifier InterventionId interventionId, String filedBy,
        LocalDate filedOn, String policeReference, Role recordedBy) {

    /** Code of a day before the complaint was chosen: it cannot have been filed before it was decided on. */
    public static final String BEFORE_CHOICE = "beforeChoice";

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "filedBy", filedBy, ResponseTexts.MAX_SHORT);
        if (filedOn == null) {
            violations.add(new RuleViolation("filedOn", RuleViolation.REQUIRED));
        }
        Texts.limit(violations, "policeReference", policeReference, ResponseTexts.MAX_SHORT);
        return violations;
    }
}
