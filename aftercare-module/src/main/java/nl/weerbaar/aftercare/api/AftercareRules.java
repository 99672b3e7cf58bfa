package nl.weerbaar.aftercare.api;

import java.time.LocalDate;
import java.util.List;
import nl.weerbaar.incident.api.RuleViolation;

/** Rule checks the aftercare commands share. */
final class AftercareRules {

    private AftercareRules() {
    }

    static void required(List<RuleViolation> violations, String field, Object value) {
        if (value == null) {
            violations.add(new RuleViolation(field, RuleViolation.REQUIRED));
        }
    }

    /** A day recorded as having happened (requested, arranged, received) is required and cannot lie after today. */
    static void happened(List<RuleViolation> violations, String field, LocalDate day, LocalDate today) {
        required(violations, field, day);
        if (day != null && day.isAfter(today)) {
            violations.add(new RuleViolation(field, RuleViolation.IN_FUTURE));
        }
    }
}
