package nl.weerbaar.response.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import nl.weerbaar.incident.api.RuleViolation;
import org.springframework.util.MultiValueMap;

/**
 * Reads posted form fields leniently for the response pages: blank is absent (the command then names
 * the field), an unreadable date is reported as invalid, an unknown choice as not given.
 */
final class FormFields {

    private FormFields() {
    }

    /** The date in form field {@code name}, reported under the command's {@code field} when unreadable. */
    static LocalDate date(MultiValueMap<String, String> form, String name, String field,
            List<RuleViolation> unreadable) {
        String value = form.getFirst(name);
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

    static LocalDate date(MultiValueMap<String, String> form, String field, List<RuleViolation> unreadable) {
        return date(form, field, field, unreadable);
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The non-blank values of a field that may occur more than once. */
    static List<String> values(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values.stream().filter(value -> !value.isBlank()).toList();
    }
}
