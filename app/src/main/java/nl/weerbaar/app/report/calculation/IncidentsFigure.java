package nl.weerbaar.app.report.calculation;

import java.util.Set;
import nl.weerbaar.incident.api.IncidentDiscussed;
import nl.weerbaar.incident.api.IncidentReported;

/**
 * Incidents reported (on the day they were reported) and registered (on the day of the discussion that
 * put them in the Incident Register).
 */
final class IncidentsFigure implements ReportFigure {

    private final Tally tally = new Tally()
            .category("reported", "report.row.reported")
            .category("registered", "report.row.registered");

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(IncidentReported.class, IncidentDiscussed.class);
    }

    @Override
    public void on(Object event, ReportContext context) {
        if (event instanceof IncidentReported reported) {
            tally.add("reported", context.periods().indexOf(reported.reportedAt()), reported.officialKind().ordinal());
        } else if (event instanceof IncidentDiscussed discussed && discussed.registered()) {
            IncidentIndex.Facts facts = context.incidents().of(discussed.incidentId().value());
            if (facts != null) {
                tally.add("registered", context.periods().indexOf(discussed.discussedAt()), facts.kind());
            }
        }
    }

    @Override
    public void contribute(ReportContext context, ReportBuilder report) {
        report.counts("incidents", tally);
    }
}
