package nl.weerbaar.app.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.weerbaar.incident.api.CommandMetaData;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;

/**
 * Which entries of the trail to show: a period (dates in the municipality's time zone, both inclusive),
 * an incident reference, an action (the event's name) and the actor's role. Every part is optional.
 */
record AuditFilter(LocalDate from, LocalDate to, String incident, String action, String role) {

    static final String BEFORE_START = "beforeStart";
    private static final Pattern REFERENCE = Pattern.compile("\\d{4}-\\d{4}");
    private static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,199}");

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    AuditFilter {
        incident = blankToNull(incident);
        action = blankToNull(action);
        role = blankToNull(role);
    }

    List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(new RuleViolation("to", BEFORE_START));
        }
        if (incident != null && !REFERENCE.matcher(incident).matches()) {
            violations.add(new RuleViolation("incident", RuleViolation.INVALID));
        }
        if (action != null && !EVENT_NAME.matcher(action).matches()) {
            violations.add(new RuleViolation("action", RuleViolation.INVALID));
        }
        if (role != null && !isRole(role)) {
            violations.add(new RuleViolation("role", RuleViolation.INVALID));
        }
        return violations;
    }

    /** The roles an actor can have: the users' roles, and the application itself. */
    static List<String> actorRoles() {
        List<String> roles = new ArrayList<>();
        for (Role value : Role.values()) {
            roles.add(value.name());
        }
        roles.add(CommandMetaData.SYSTEM);
        return roles;
    }

    private static boolean isRole(String value) {
        return actorRoles().contains(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
