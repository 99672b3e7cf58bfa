package nl.weerbaar.response.api;

import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End acute-threat measures before their last day, with the reason (e.g. the threat is over). */
public record EndThreatMeasures(@TargetAggregateIdentifier ThreatMeasureId threatMeasureId, String reason,
        Role endedBy) {

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "reason", reason, ResponseTexts.MAX_TEXT);
        return violations;
    }
}
