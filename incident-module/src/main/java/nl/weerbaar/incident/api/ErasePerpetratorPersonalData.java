package nl.weerbaar.incident.api;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erase what a profile says about the person (administrator); the links to incidents stay. */
public record ErasePerpetratorPersonalData(@TargetAggregateIdentifier PerpetratorId perpetratorId, String reason) {

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "reason", reason, EraseIncidentPersonalData.MAX_REASON);
        return violations;
    }
}
