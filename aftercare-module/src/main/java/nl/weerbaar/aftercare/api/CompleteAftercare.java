package nl.weerbaar.aftercare.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that arranged aftercare was completed, with an optional note. */
public record CompleteAftercare(
        @TargetAggregateIdentifier AftercareId aftercareId,
        LocalDate completedOn,
        String note,
        Role recordedBy) {

    public static final String CONTEXT = "aftercareCompletion";
    public static final String BEFORE_ARRANGEMENT = "beforeArrangement";

    public List<RuleViolation> violations(LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        AftercareRules.happened(violations, "completedOn", completedOn, today);
        Texts.limit(violations, "note", note, AftercareTexts.MAX_TEXT);
        return violations;
    }
}
