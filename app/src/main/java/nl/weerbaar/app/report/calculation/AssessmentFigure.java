package nl.weerbaar.app.report.calculation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incident.api.BehaviourType;
import nl.weerbaar.incident.api.IncidentAssessed;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.Severity;

/**
 * Incidents reported in the period by their assessment as of the as-of moment (the latest one stored by
 * then): frustration or instrumental, and severity; "not assessed" when there is none yet. One packed
 * {@code short} per incident of the two periods.
 */
final class AssessmentFigure implements ReportFigure {

    static final String NOT_ASSESSED = "NOT_ASSESSED";
    private static final short NONE = -1;

    private final Map<UUID, Short> assessments = new HashMap<>();

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(IncidentReported.class, IncidentAssessed.class);
    }

    @Override
    public void on(Object event, ReportContext context) {
        if (event instanceof IncidentReported reported) {
            if (context.periods().indexOf(reported.reportedAt()) != ReportPeriods.NEITHER) {
                assessments.put(reported.incidentId().value(), NONE);
            }
        } else if (event instanceof IncidentAssessed assessed) {
            assessments.computeIfPresent(assessed.incidentId().value(),
                    (id, before) -> (short) (assessed.behaviourType().ordinal() * 16 + assessed.severity().ordinal()));
        }
    }

    @Override
    public void contribute(ReportContext context, ReportBuilder report) {
        Tally types = new Tally();
        for (BehaviourType type : BehaviourType.values()) {
            types.category(type.name(), "behaviourType." + type.name());
        }
        types.category(NOT_ASSESSED, "report.row.notAssessed");
        Tally severities = new Tally();
        for (Severity severity : Severity.values()) {
            severities.category(severity.name(), "severity." + severity.name());
        }
        severities.category(NOT_ASSESSED, "report.row.notAssessed");
        assessments.forEach((incidentId, packed) -> {
            IncidentIndex.Facts facts = context.incidents().of(incidentId);
            int period = context.periods().indexOf(java.time.Instant.ofEpochSecond(facts.reportedAtSecond()));
            types.add(packed == NONE ? NOT_ASSESSED : BehaviourType.values()[packed / 16].name(), period, facts.kind());
            severities.add(packed == NONE ? NOT_ASSESSED : Severity.values()[packed % 16].name(), period, facts.kind());
        });
        report.counts("behaviourType", types);
        report.counts("severity", severities);
    }
}
