package nl.weerbaar.incident.api;

import java.util.List;

/** The shared rules for free text in commands: required or optional, and a maximum length as stored. */
public final class Texts {

    private Texts() {
    }

    public static void require(List<RuleViolation> violations, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(new RuleViolation(field, RuleViolation.REQUIRED));
        } else {
            limit(violations, field, value, max);
        }
    }

    /** Measured as stored: without surrounding white space. */
    public static void limit(List<RuleViolation> violations, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            violations.add(new RuleViolation(field, RuleViolation.TOO_LONG));
        }
    }

    /** As stored: stripped, and blank as absent. */
    public static String normalize(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
