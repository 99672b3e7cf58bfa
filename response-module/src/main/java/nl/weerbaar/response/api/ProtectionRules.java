package nl.weerbaar.response.api;

import java.time.LocalDate;
import java.util.List;
import nl.weerbaar.incident.api.RuleViolation;

/** Rule checks the protective-measure commands share. */
final class ProtectionRules {

    private ProtectionRules() {
    }

    static void required(List<RuleViolation> violations, String field, Object value) {
        if (value == null) {
            violations.add(new RuleViolation(field, RuleViolation.REQUIRED));
        }
    }

    /** A day recorded as having happened (requested, carried out) cannot lie after today. */
    static void notAfter(List<RuleViolation> violations, String field, LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            violations.add(new RuleViolation(field, RuleViolation.IN_FUTURE));
        }
    }
}
