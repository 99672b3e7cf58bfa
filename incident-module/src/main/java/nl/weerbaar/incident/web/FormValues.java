package nl.weerbaar.incident.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.weerbaar.incident.api.NormId;

/**
 * Reads values from a posted form leniently: what cannot be read counts as not given, so the command's
 * own rules name the field ("choose one", "fill in a date") instead of the page failing.
 */
final class FormValues {

    private FormValues() {
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> values) {
        Set<E> parsed = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().map(value -> oneOf(type, value)).filter(value -> value != null).forEach(parsed::add);
        }
        return parsed;
    }

    /** A date and a time as entered in the municipality's time zone, or {@code null}. */
    static Instant moment(String date, String time, ZoneId zone) {
        if (date == null || date.isBlank() || time == null || time.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip()).atTime(LocalTime.parse(time.strip())).atZone(zone).toInstant();
        } catch (DateTimeException malformed) {
            return null;
        }
    }

    static NormId normId(String value) {
        try {
            return NormId.of(value);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return null;
        }
    }
}
