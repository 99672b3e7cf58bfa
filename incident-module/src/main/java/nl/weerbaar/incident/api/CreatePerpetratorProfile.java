package nl.weerbaar.incident.api;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Create a profile of an alleged perpetrator (case handlers): a name, online handles and/or a
 * description; at least one of them.
 */
public record CreatePerpetratorProfile(
        @TargetAggregateIdentifier PerpetratorId perpetratorId,
        String name,
        List<String> handles,
        String description,
        Role createdBy) {

    public static final int MAX_NAME = 200;
    public static final int MAX_HANDLES = 20;
    public static final int MAX_DESCRIPTION = 2_000;

    public CreatePerpetratorProfile {
        handles = handles == null ? List.of()
                : handles.stream().filter(handle -> handle != null && !handle.isBlank()).map(String::strip).toList();
    }

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        if (Texts.normalize(name) == null && handles.isEmpty() && Texts.normalize(description) == null) {
            violations.add(new RuleViolation("name", RuleViolation.REQUIRED));
        }
        Texts.limit(violations, "name", name, MAX_NAME);
        if (handles.size() > MAX_HANDLES) {
            violations.add(new RuleViolation("handles", RuleViolation.TOO_LONG));
        }
        for (String handle : handles) {
            Texts.limit(violations, "handles", handle, MAX_NAME);
        }
        Texts.limit(violations, "description", description, MAX_DESCRIPTION);
        return violations;
    }
}
