package nl.weerbaar.aftercare.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that the official asked for aftercare after an incident.
 *
 * @param description what exactly is asked for: required for {@link AftercareKind#OTHER}, optional otherwise
 * @param requestedBy the role of the case handler recording it
 */
public record RequestAftercare(
        @TargetAggregateIdentifier AftercareId aftercareId,
        IncidentId incidentId,
        AftercareKind kind,
        String description,
        LocalDate requestedOn,
        Role requestedBy) {

    /** Messages for these fields are looked up under this context first ({@code violation.aftercare.<field>.<code>}). */
    public static final String CONTEXT = "aftercare";

    public List<RuleViolation> violations(LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        AftercareRules.required(violations, "kind", kind);
        if (kind == AftercareKind.OTHER) {
            Texts.require(violations, "description", description, AftercareTexts.MAX_TEXT);
        } else {
            Texts.limit(violations, "description", description, AftercareTexts.MAX_TEXT);
        }
        AftercareRules.happened(violations, "requestedOn", requestedOn, today);
        return violations;
    }
}
