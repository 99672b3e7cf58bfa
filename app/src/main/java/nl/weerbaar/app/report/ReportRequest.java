package nl.weerbaar.app.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;

/**
 * The parameters of a period report, read from text as the API and the pages receive them.
 *
 * @param asOf the moment whose stored events the report counts
 */
public record ReportRequest(LocalDate from, LocalDate to, Instant asOf) {

    /**
     * The default as-of moment lies this far back, and a frozen report's as-of moment at least this far: a
     * command's events carry a time stamp a moment before they are committed.
     */
    public static final Duration SETTLE_TIME = Duration.ofSeconds(10);
    static final long MAX_DAYS = 3_660;
    static final String BEFORE_FROM = "beforeFrom";
    static final String TOO_LONG = "periodTooLong";
    static final String TOO_RECENT = "tooRecent";
    /** Messages are {@code violation.report.<field>.<code>}: other forms have a "from" or a "title" too. */
    public static final String CONTEXT = "report";

    /**
     * @param asOf an ISO moment ({@code 2026-03-31T23:59:59+02:00}, {@code ...Z}) or a day, meaning the end
     *             of that day in the municipality's time zone; empty: now minus the settle time
     */
    public static ReportRequest parse(String from, String to, String asOf, Instant now, ZoneId zone) {
        List<RuleViolation> violations = new ArrayList<>();
        LocalDate first = day("from", from, violations);
        LocalDate last = day("to", to, violations);
        Instant moment = now.minus(SETTLE_TIME);
        if (asOf != null && !asOf.isBlank()) {
            try {
                moment = moment(asOf.strip(), zone);
                if (moment.isAfter(now)) {
                    violations.add(new RuleViolation("asOf", RuleViolation.IN_FUTURE));
                }
            } catch (DateTimeParseException invalid) {
                violations.add(new RuleViolation("asOf", RuleViolation.INVALID));
            }
        }
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                violations.add(new RuleViolation("to", BEFORE_FROM));
            } else if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
                violations.add(new RuleViolation("to", TOO_LONG));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(CONTEXT, violations);
        }
        return new ReportRequest(first, last, moment);
    }

    /** A frozen report must be regenerable exactly: no event of its moment may still be on its way. */
    public void requireSettled(Instant now) {
        if (asOf.isAfter(now.minus(SETTLE_TIME))) {
            throw new RuleViolationException(CONTEXT, List.of(new RuleViolation("asOf", TOO_RECENT)));
        }
    }

    private static Instant moment(String text, ZoneId zone) {
        if (text.length() == 10) {
            // A day: everything stored by the end of that day (the database keeps microseconds).
            return LocalDate.parse(text).plusDays(1).atStartOfDay(zone).toInstant().minus(1, ChronoUnit.MICROS);
        }
        return text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
    }

    private static LocalDate day(String field, String text, List<RuleViolation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new RuleViolation(field, RuleViolation.REQUIRED));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException invalid) {
            violations.add(new RuleViolation(field, RuleViolation.INVALID));
            return null;
        }
    }
}
