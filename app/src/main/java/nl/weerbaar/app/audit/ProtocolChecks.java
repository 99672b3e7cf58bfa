package nl.weerbaar.app.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.aftercare.api.WorkingDays;

/**
 * The protocol checks of one incident, read from its audit entries alone. They look at what the events
 * say, not at which events there are, so the events of modules added later are checked as soon as they
 * exist:
 *
 * <ul>
 *   <li>{@link Check#REGISTERED_AFTER_DISCUSSION}: an entry with the fact {@code registered = true} (the
 *       discussion that put the incident in the register) comes before every decision;</li>
 *   <li>{@link Check#OFFICIAL_CONSULTED}: every decision (an entry recording whether the official was
 *       consulted or agreed: responses, communication decisions) says yes;</li>
 *   <li>{@link Check#VPT_SET}: every entry with a VPT flag, and every decision of a type that needs one
 *       (police report, criminal complaint), has it set;</li>
 *   <li>{@link Check#CASE_UPDATES_IN_TIME}: every case update (an entry with the update-id fact) was passed
 *       on to the official (an entry with the same id and an informed-at fact) within the working days
 *       allowed, counted as the aftercare module counts them ({@link WorkingDays#plus}: Monday to Friday
 *       without the public holidays of the Algemene termijnenwet).</li>
 * </ul>
 */
public final class ProtocolChecks {

    public enum Check {
        REGISTERED_AFTER_DISCUSSION, OFFICIAL_CONSULTED, VPT_SET, CASE_UPDATES_IN_TIME
    }

    public enum Outcome {
        /** The protocol was followed. */
        MET,
        /** It was not: the positions say where. */
        NOT_MET,
        /** Nothing to check yet: not discussed, or a case update not yet due. */
        OPEN,
        /** The check does not apply to this incident (no such decisions). */
        NOT_APPLICABLE
    }

    /** @param positions the entries that break the rule (or, when open, that wait) */
    public record Result(Check check, Outcome outcome, List<Long> positions) {
    }

    /**
     * What the checks look for; defaults match the events of the modules.
     *
     * @param vptTypes         decision types that always need VPT
     * @param caseUpdateId     the fact naming a case update
     * @param informedAt       the fact saying when the official was informed of it
     * @param caseUpdateDates  facts giving the day of the update, first present wins (else the entry's day)
     * @param workingDays      working days allowed to pass an update on (the aftercare module's setting
     *                         {@code weerbaar.aftercare.inform-within-working-days}), counted by {@link WorkingDays}
     */
    record Rules(Set<String> vptTypes, String registered, String caseUpdateId, String informedAt,
            List<String> caseUpdateDates, int workingDays, ZoneId zone) {
    }

    private ProtocolChecks() {
    }

    static List<Result> of(List<AuditEntry> entries, Rules rules, LocalDate today) {
        return List.of(registeredAfterDiscussion(entries, rules), officialConsulted(entries),
                vptSet(entries, rules), caseUpdatesInTime(entries, rules, today));
    }

    private static boolean isDecision(AuditEntry entry) {
        return entry.officialConsulted() != null;
    }

    static Result registeredAfterDiscussion(List<AuditEntry> entries, Rules rules) {
        Long registeredAt = entries.stream().filter(entry -> Boolean.TRUE.equals(entry.facts().get(rules.registered())))
                .map(AuditEntry::position).findFirst().orElse(null);
        List<Long> before = entries.stream().filter(ProtocolChecks::isDecision)
                .filter(entry -> registeredAt == null || entry.position() < registeredAt)
                .map(AuditEntry::position).toList();
        if (!before.isEmpty()) {
            return new Result(Check.REGISTERED_AFTER_DISCUSSION, Outcome.NOT_MET, before);
        }
        return new Result(Check.REGISTERED_AFTER_DISCUSSION, registeredAt == null ? Outcome.OPEN : Outcome.MET,
                List.of());
    }

    static Result officialConsulted(List<AuditEntry> entries) {
        List<AuditEntry> decisions = entries.stream().filter(ProtocolChecks::isDecision).toList();
        List<Long> without = decisions.stream().filter(entry -> !entry.officialConsulted())
                .map(AuditEntry::position).toList();
        return new Result(Check.OFFICIAL_CONSULTED, decisions.isEmpty() ? Outcome.NOT_APPLICABLE
                : without.isEmpty() ? Outcome.MET : Outcome.NOT_MET, without);
    }

    static Result vptSet(List<AuditEntry> entries, Rules rules) {
        List<AuditEntry> needing = entries.stream().filter(entry -> entry.vpt() != null
                || rules.vptTypes().contains(String.valueOf(entry.facts().get("type")))).toList();
        List<Long> without = needing.stream().filter(entry -> !Boolean.TRUE.equals(entry.vpt()))
                .map(AuditEntry::position).toList();
        return new Result(Check.VPT_SET, needing.isEmpty() ? Outcome.NOT_APPLICABLE
                : without.isEmpty() ? Outcome.MET : Outcome.NOT_MET, without);
    }

    static Result caseUpdatesInTime(List<AuditEntry> entries, Rules rules, LocalDate today) {
        Map<Object, AuditEntry> updates = new LinkedHashMap<>();
        Map<Object, LocalDate> informed = new LinkedHashMap<>();
        for (AuditEntry entry : entries) {
            Object id = entry.facts().get(rules.caseUpdateId());
            if (id == null) {
                continue;
            }
            LocalDate informedOn = day(entry.facts().get(rules.informedAt()), rules.zone());
            if (informedOn != null) {
                informed.merge(id, informedOn, (a, b) -> a.isBefore(b) ? a : b);
            }
            updates.putIfAbsent(id, entry);
        }
        if (updates.isEmpty()) {
            return new Result(Check.CASE_UPDATES_IN_TIME, Outcome.NOT_APPLICABLE, List.of());
        }
        List<Long> late = new ArrayList<>();
        List<Long> waiting = new ArrayList<>();
        updates.forEach((id, update) -> {
            LocalDate due = WorkingDays.plus(updateDay(update, rules), rules.workingDays());
            LocalDate passedOn = informed.get(id);
            if (passedOn != null ? passedOn.isAfter(due) : today.isAfter(due)) {
                late.add(update.position());
            } else if (passedOn == null) {
                waiting.add(update.position());
            }
        });
        if (!late.isEmpty()) {
            return new Result(Check.CASE_UPDATES_IN_TIME, Outcome.NOT_MET, late);
        }
        return new Result(Check.CASE_UPDATES_IN_TIME, waiting.isEmpty() ? Outcome.MET : Outcome.OPEN, waiting);
    }

    private static LocalDate updateDay(AuditEntry update, Rules rules) {
        for (String fact : rules.caseUpdateDates()) {
            LocalDate day = day(update.facts().get(fact), rules.zone());
            if (day != null) {
                return day;
            }
        }
        return update.occurredAt().atZone(rules.zone()).toLocalDate();
    }

    /** A fact as a day: an ISO date, or a moment (with offset or in UTC) in the municipality's zone. */
    private static LocalDate day(Object fact, ZoneId zone) {
        if (!(fact instanceof String text)) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            try {
                return Instant.parse(text).atZone(zone).toLocalDate();
            } catch (DateTimeParseException notAnInstant) {
                try {
                    return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate();
                } catch (DateTimeParseException unreadable) {
                    return null;
                }
            }
        }
    }
}
