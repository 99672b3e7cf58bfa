package nl.weerbaar.app.accesslog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;

/** Who reviews the access log (the administrator and the mayor), and reading a review's filter. */
final class AccessLogReview {

    /** An incident nobody has: an unknown reference finds nothing rather than everything. */
    static final String NO_INCIDENT = "00000000-0000-0000-0000-000000000000";
    private static final Pattern REFERENCE = Pattern.compile("\\d{4}-\\d{4}");
    private static final int MAX_USER = 100;

    record Read(AccessLog.Filter filter, List<RuleViolation> violations) {
    }

    private AccessLogReview() {
    }

    static void requireReviewer(Caller caller) {
        if (!mayReview(caller)) {
            throw new NotPermittedException("Het toegangslog bekijken de functioneel beheerder en de burgemeester.");
        }
    }

    static boolean mayReview(Caller caller) {
        return caller.role() == Role.ADMINISTRATOR || caller.role() == Role.MAYOR;
    }

    /** @param incident an incident's id or its reference ({@code 2026-0001}) */
    static Read filter(AccessLog log, String incident, String user, String from, String to) {
        List<RuleViolation> violations = new ArrayList<>();
        String incidentId = null;
        if (incident != null && !incident.isBlank()) {
            String value = incident.strip();
            if (AccessLog.isUuid(value) || REFERENCE.matcher(value).matches()) {
                String found = log.incidentOf("INCIDENT", value);
                incidentId = found == null ? NO_INCIDENT : found;
            } else {
                violations.add(new RuleViolation("incident", RuleViolation.INVALID));
            }
        }
        String username = user == null || user.isBlank() ? null : user.strip();
        if (username != null && username.length() > MAX_USER) {
            violations.add(new RuleViolation("user", RuleViolation.TOO_LONG));
        }
        LocalDate start = date(from, "from", violations);
        LocalDate end = date(to, "to", violations);
        if (start != null && end != null && end.isBefore(start)) {
            violations.add(new RuleViolation("to", "beforeStart"));
        }
        return new Read(new AccessLog.Filter(incidentId, username, start, end), violations);
    }

    private static LocalDate date(String value, String field, List<RuleViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException unreadable) {
            violations.add(new RuleViolation(field, RuleViolation.INVALID));
            return null;
        }
    }
}
