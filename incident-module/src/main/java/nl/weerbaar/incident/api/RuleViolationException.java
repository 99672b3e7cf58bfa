package nl.weerbaar.incident.api;

import java.util.List;

/** A command broke one or more rules; nothing was stored. Answered as 400 with each field named. */
public class RuleViolationException extends RuntimeException {

    private final transient List<RuleViolation> violations;
    private final String context;

    public RuleViolationException(List<RuleViolation> violations) {
        this(null, violations);
    }

    /**
     * @param context what the fields belong to (e.g. {@code adoption} of a norm), so a message can say
     *                "the norm's title" where another command has a title too; {@code null} for none
     */
    public RuleViolationException(String context, List<RuleViolation> violations) {
        super("Rules broken: " + violations);
        this.violations = List.copyOf(violations);
        this.context = context;
    }

    public List<RuleViolation> violations() {
        return violations;
    }

    /** Messages are looked up as {@code violation.<context>.<field>.<code>} first, when there is a context. */
    public String context() {
        return context;
    }
}
