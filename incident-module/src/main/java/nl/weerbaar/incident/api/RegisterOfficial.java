package nl.weerbaar.incident.api;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make an official of the municipality known to the system. */
public record RegisterOfficial(@TargetAggregateIdentifier OfficialId officialId, String name, OfficialKind kind) {

    public static final int MAX_NAME = 200;

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "name", name, MAX_NAME);
        if (kind == null) {
            violations.add(new RuleViolation("kind", RuleViolation.REQUIRED));
        }
        return violations;
    }
}
