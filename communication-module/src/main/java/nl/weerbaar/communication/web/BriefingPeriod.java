package nl.weerbaar.communication.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.communication.api.CommunicationTexts;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;

/**
 * The chosen period of a briefing, days reported inclusive. Without a choice: the last three months up
 * to today, the usual stretch between two party leaders' meetings.
 */
record BriefingPeriod(LocalDate from, LocalDate to) {

    static BriefingPeriod parse(String from, String to, LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        LocalDate last = day(to, "to", violations);
        LocalDate end = last == null ? today : last;
        LocalDate first = day(from, "from", violations);
        LocalDate start = first == null ? end.minusMonths(3) : first;
        if (violations.isEmpty() && end.isBefore(start)) {
            violations.add(new RuleViolation("to", CommunicationTexts.TOO_EARLY));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new BriefingPeriod(start, end);
    }

    private static LocalDate day(String value, String field, List<RuleViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException malformed) {
            violations.add(new RuleViolation(field, RuleViolation.INVALID));
            return null;
        }
    }
}
