package nl.weerbaar.app.report.calculation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.aftercare.api.CaseUpdateRecorded;
import nl.weerbaar.aftercare.api.OfficialInformedOfCaseUpdate;
import nl.weerbaar.aftercare.api.WorkingDays;

/**
 * Case updates from police or public prosecutor passed on to the official in time. An update counts in the
 * period of its {@code date} (the day the municipality heard of it). It was passed on <b>in time</b> when
 * the official was informed (as the events stand at the as-of moment) on or before its last day,
 * {@link WorkingDays#plus}{@code (date, N)} with N the setting
 * {@code weerbaar.aftercare.inform-within-working-days}, exactly as the aftercare module and the audit's
 * protocol check count it. It is <b>late</b> when informed after that day, or not informed and that day
 * lay before the day of the as-of moment; otherwise it is still <b>open</b> (not yet passed on, not yet
 * due). The percentage is in time out of in time plus late: open updates are not judged yet. One small
 * entry per case update dated in the two periods.
 */
final class CaseUpdatesFigure implements ReportFigure {

    static final String RECORDED = "recorded";
    static final String IN_TIME = "inTime";
    static final String LATE = "late";
    static final String OPEN = "open";
    static final String PERCENTAGE = "inTimePercentage";

    private static final class Update {
        final int kind;
        final int period;
        final LocalDate due;
        LocalDate informedOn;

        Update(int kind, int period, LocalDate due) {
            this.kind = kind;
            this.period = period;
            this.due = due;
        }
    }

    private final int workingDays;
    private final Map<UUID, Update> updates = new HashMap<>();

    CaseUpdatesFigure(int workingDays) {
        this.workingDays = workingDays;
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(CaseUpdateRecorded.class, OfficialInformedOfCaseUpdate.class);
    }

    @Override
    public void on(Object event, ReportContext context) {
        if (event instanceof CaseUpdateRecorded recorded) {
            int period = context.periods().indexOf(recorded.date());
            IncidentIndex.Facts facts = context.incidents().of(recorded.incidentId().value());
            if (period != ReportPeriods.NEITHER && facts != null) {
                updates.putIfAbsent(recorded.caseUpdateId().value(),
                        new Update(facts.kind(), period, WorkingDays.plus(recorded.date(), workingDays)));
            }
        } else if (event instanceof OfficialInformedOfCaseUpdate informed) {
            Update update = updates.get(informed.caseUpdateId().value());
            if (update != null && informed.informedAt() != null) {
                LocalDate day = LocalDate.ofInstant(informed.informedAt(), context.periods().zone());
                if (update.informedOn == null || day.isBefore(update.informedOn)) {
                    update.informedOn = day;
                }
            }
        }
    }

    @Override
    public void contribute(ReportContext context, ReportBuilder report) {
        Tally tally = new Tally()
                .category(RECORDED, "report.row.caseUpdatesRecorded")
                .category(IN_TIME, "report.row.caseUpdatesInTime")
                .category(LATE, "report.row.caseUpdatesLate")
                .category(OPEN, "report.row.caseUpdatesOpen");
        LocalDate today = context.asOfDay();
        for (Update update : updates.values()) {
            tally.add(RECORDED, update.period, update.kind);
            String outcome;
            if (update.informedOn != null) {
                outcome = update.informedOn.isAfter(update.due) ? LATE : IN_TIME;
            } else {
                outcome = today.isAfter(update.due) ? LATE : OPEN;
            }
            tally.add(outcome, update.period, update.kind);
        }
        report.counts("caseUpdates", tally, new PercentageRow(PERCENTAGE, "report.row.caseUpdatesInTimePercentage",
                IN_TIME, List.of(IN_TIME, LATE)));
    }
}
