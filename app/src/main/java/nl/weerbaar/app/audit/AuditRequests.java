package nl.weerbaar.app.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.RuleViolation;

/** Reads a filter from request parameters: an unreadable date is named as invalid, like any broken rule. */
final class AuditRequests {

    record Read(AuditFilter filter, List<RuleViolation> violations) {
    }

    private AuditRequests() {
    }

    static Read filter(String from, String to, String incident, String action, String role) {
        List<RuleViolation> violations = new ArrayList<>();
        AuditFilter filter = new AuditFilter(date(from, "from", violations), date(to, "to", violations), incident,
                action, role);
        violations.addAll(filter.violations());
        return new Read(filter, violations);
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
