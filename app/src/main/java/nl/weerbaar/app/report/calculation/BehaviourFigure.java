package nl.weerbaar.app.report.calculation;

import java.util.Set;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.IncidentReported;

/** Incidents reported in the period by form of behaviour; an incident counts once under each form it shows. */
final class BehaviourFigure implements ReportFigure {

    private final Tally tally = new Tally();

    BehaviourFigure() {
        for (Behaviour behaviour : Behaviour.values()) {
            tally.category(behaviour.name(), "behaviour." + behaviour.name());
        }
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(IncidentReported.class);
    }

    @Override
    public void on(Object event, ReportContext context) {
        IncidentReported reported = (IncidentReported) event;
        int period = context.periods().indexOf(reported.reportedAt());
        for (Behaviour behaviour : reported.behaviours().stream().distinct().toList()) {
            tally.add(behaviour.name(), period, reported.officialKind().ordinal());
        }
    }

    @Override
    public void contribute(ReportContext context, ReportBuilder report) {
        report.counts("behaviour", tally);
    }
}
