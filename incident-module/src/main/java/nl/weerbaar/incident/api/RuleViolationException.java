package nl.weerbaar.incident.api;

import java.util.List;

/** A command broke one or more rules; nothing was stored. Answered as 400 with each field named. */
public class RuleViolationException extends RuntimeException {

    private final transient List<RuleViolation> violations;

    public RuleViolationException(List<RuleViolation> violations) {
        super("Rules broken: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
