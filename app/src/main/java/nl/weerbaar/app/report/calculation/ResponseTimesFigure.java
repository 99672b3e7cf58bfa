package nl.weerbaar.app.report.calculation;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import nl.weerbaar.incident.api.IncidentDiscussed;
import nl.weerbaar.response.api.InterventionChosen;
import nl.weerbaar.response.api.NoResponseDecided;

/**
 * Time from report to registration (the registering discussion) and to the first response decision (an
 * intervention chosen or no response decided, whichever came first), each counted in the period the
 * registration or first response fell in. A discussion recorded as held before the report was entered
 * counts as zero. Holds one {@code long} per measured incident in the two periods.
 */
final class ResponseTimesFigure implements ReportFigure {

    /** A growable array of seconds, per period. */
    private static final class Seconds {
        private final long[][] values = {new long[64], new long[64]};
        private final int[] counts = new int[2];

        void add(int period, long seconds) {
            if (period == ReportPeriods.NEITHER) {
                return;
            }
            if (counts[period] == values[period].length) {
                values[period] = Arrays.copyOf(values[period], values[period].length * 2);
            }
            values[period][counts[period]++] = Math.max(0, seconds);
        }

        DurationStatistics statistics(int period) {
            return DurationStatistics.of(values[period], counts[period]);
        }
    }

    private final Seconds registration = new Seconds();
    private final Seconds firstResponse = new Seconds();

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(IncidentDiscussed.class, InterventionChosen.class, NoResponseDecided.class);
    }

    @Override
    public void on(Object event, ReportContext context) {
        if (event instanceof IncidentDiscussed discussed && discussed.registered()) {
            measure(registration, discussed.incidentId().value(), discussed.discussedAt(), context);
        } else if (event instanceof InterventionChosen chosen) {
            responded(chosen.incidentId().value(), chosen.chosenAt(), context);
        } else if (event instanceof NoResponseDecided decided) {
            responded(decided.incidentId().value(), decided.decidedAt(), context);
        }
    }

    private void responded(java.util.UUID incidentId, Instant at, ReportContext context) {
        IncidentIndex.Facts facts = context.incidents().of(incidentId);
        if (facts != null && !facts.responded) {
            facts.responded = true;
            measure(firstResponse, incidentId, at, context);
        }
    }

    private static void measure(Seconds into, java.util.UUID incidentId, Instant at, ReportContext context) {
        IncidentIndex.Facts facts = context.incidents().of(incidentId);
        if (facts != null) {
            into.add(context.periods().indexOf(at), at.getEpochSecond() - facts.reportedAtSecond());
        }
    }

    @Override
    public void contribute(ReportContext context, ReportBuilder report) {
        report.duration(new DurationRow("reportToRegistration", registration.statistics(ReportPeriods.CURRENT),
                registration.statistics(ReportPeriods.PREVIOUS)));
        report.duration(new DurationRow("reportToFirstResponse", firstResponse.statistics(ReportPeriods.CURRENT),
                firstResponse.statistics(ReportPeriods.PREVIOUS)));
    }
}
