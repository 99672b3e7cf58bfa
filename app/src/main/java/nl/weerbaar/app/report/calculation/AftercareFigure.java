package nl.weerbaar.app.report.calculation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.aftercare.api.AftercareArranged;
import nl.weerbaar.aftercare.api.AftercareKind;
import nl.weerbaar.aftercare.api.AftercareRequested;

/**
 * Aftercare arranged in the period (on the day it was arranged, {@code arrangedOn}), in total and by the
 * kind the official asked for. Aftercare is arranged once; its kind comes from its request. One small
 * entry per aftercare requested.
 */
final class AftercareFigure implements ReportFigure {

    static final String ARRANGED = "arranged";

    private final Tally tally = new Tally().category(ARRANGED, "report.row.aftercareArranged");
    private final Map<UUID, AftercareKind> kinds = new HashMap<>();

    AftercareFigure() {
        for (AftercareKind kind : AftercareKind.values()) {
            tally.category(kind.name(), "aftercareKind." + kind.name());
        }
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(AftercareRequested.class, AftercareArranged.class);
    }

    @Override
    public void on(Object event, ReportContext context) {
        if (event instanceof AftercareRequested requested) {
            kinds.put(requested.aftercareId().value(), requested.kind());
        } else if (event instanceof AftercareArranged arranged) {
            IncidentIndex.Facts facts = context.incidents().of(arranged.incidentId().value());
            if (facts != null) {
                int period = context.periods().indexOf(arranged.arrangedOn());
                tally.add(ARRANGED, period, facts.kind());
                AftercareKind kind = kinds.get(arranged.aftercareId().value());
                if (kind != null) {
                    tally.add(kind.name(), period, facts.kind());
                }
            }
        }
    }

    @Override
    public void contribute(ReportContext context, ReportBuilder report) {
        report.counts("aftercare", tally);
    }
}
