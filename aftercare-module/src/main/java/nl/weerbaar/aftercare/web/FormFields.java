package nl.weerbaar.aftercare.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.weerbaar.aftercare.api.Amount;
import nl.weerbaar.incident.api.RuleViolation;
import org.springframework.util.MultiValueMap;

/**
 * Reads posted form fields leniently for the aftercare pages: blank is absent (the command then names
 * the field), an unreadable date, time or amount is reported as invalid, an unknown choice as not given.
 */
final class FormFields {

    private FormFields() {
    }

    static LocalDate date(MultiValueMap<String, String> form, String name, List<RuleViolation> unreadable) {
        String value = form.getFirst(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException malformed) {
            unreadable.add(new RuleViolation(name, RuleViolation.INVALID));
            return null;
        }
    }

    static LocalTime time(MultiValueMap<String, String> form, String name, List<RuleViolation> unreadable) {
        String value = form.getFirst(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeException malformed) {
            unreadable.add(new RuleViolation(name, RuleViolation.INVALID));
            return null;
        }
    }

    /**
     * Euros as people type them: {@code 125,50}, {@code 1.250,50}, {@code 125.50}, {@code € 1250}. With a
     * comma, the comma is the decimal mark and points group thousands (the Dutch way).
     */
    static Amount amount(MultiValueMap<String, String> form, String name, List<RuleViolation> unreadable) {
        String value = form.getFirst(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        Amount amount = null;
        try {
            String digits = value.replace("€", "").replace(" ", "").strip();
            if (digits.contains(",")) {
                digits = digits.replace(".", "").replace(',', '.');
            }
            amount = Amount.ofEuros(new BigDecimal(digits));
        } catch (NumberFormatException malformed) {
            // reported below
        }
        if (amount == null) {
            unreadable.add(new RuleViolation(name, RuleViolation.INVALID));
        }
        return amount;
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
