package nl.weerbaar.incident.api;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase the personal data of an incident (administrator): its data key is destroyed, so every
 * personal field reads as {@link PersonalData#ERASED} from then on. The reason is kept in the
 * history and must itself name no one.
 */
public record EraseIncidentPersonalData(@TargetAggregateIdentifier IncidentId incidentId, String reason) {

    public static final int MAX_REASON = 500;

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "reason", reason, MAX_REASON);
        return violations;
    }
}
