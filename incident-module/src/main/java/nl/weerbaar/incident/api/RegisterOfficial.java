package nl.weerbaar.incident.api;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make an official of the municipality known to the system. */
public record RegisterOfficial(@TargetAggregateIdentifier OfficialId officialId, String name, OfficialKind kind) {

    public static final int MAX_NAME = 200;

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new RuleViolation("name", RuleViolation.REQUIRED));
        } else if (name.strip().length() > MAX_NAME) {
            violations.add(new RuleViolation("name", RuleViolation.TOO_LONG));
        }
        if (kind == null) {
            violations.add(new RuleViolation("kind", RuleViolation.REQUIRED));
        }
        return violations;
    }
}
