package nl.weerbaar.incident.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import nl.weerbaar.incident.api.RuleViolation;

/** A date as a form posts it ({@code 2025-10-14} from a date field): blank is absent, anything else unreadable. */
final class FormDates {

    private FormDates() {
    }

    static LocalDate parse(String value, String field, List<RuleViolation> unreadable) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException malformed) {
            unreadable.add(new RuleViolation(field, RuleViolation.INVALID));
            return null;
        }
    }
}
