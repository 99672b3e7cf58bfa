package nl.weerbaar.aftercare.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that requested aftercare was arranged: by whom (at the municipality) and with whom (the
 * confidant, doctor or organisation).
 */
public record ArrangeAftercare(
        @TargetAggregateIdentifier AftercareId aftercareId,
        String arrangedBy,
        String arrangedWith,
        LocalDate arrangedOn,
        Role recordedBy) {

    public static final String CONTEXT = "arrangement";
    public static final String BEFORE_REQUEST = "beforeRequest";

    public List<RuleViolation> violations(LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "arrangedBy", arrangedBy, AftercareTexts.MAX_SHORT);
        Texts.require(violations, "arrangedWith", arrangedWith, AftercareTexts.MAX_SHORT);
        AftercareRules.happened(violations, "arrangedOn", arrangedOn, today);
        return violations;
    }
}
