package nl.weerbaar.app.report.calculation;

import java.util.Set;
import nl.weerbaar.response.api.InterventionChosen;
import nl.weerbaar.response.api.InterventionType;
import nl.weerbaar.response.api.NoResponseDecided;

/** Response decisions taken in the period: interventions chosen by type, and decisions to take no response for now. */
final class ResponseFigure implements ReportFigure {

    static final String NO_RESPONSE = "NO_RESPONSE";

    private final Tally tally = new Tally();

    ResponseFigure() {
        for (InterventionType type : InterventionType.values()) {
            tally.category(type.name(), "interventionType." + type.name());
        }
        tally.category(NO_RESPONSE, "report.row.noResponse");
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(InterventionChosen.class, NoResponseDecided.class);
    }

    @Override
    public void on(Object event, ReportContext context) {
        if (event instanceof InterventionChosen chosen) {
            count(chosen.type().name(), chosen.incidentId().value(), chosen.chosenAt(), context);
        } else if (event instanceof NoResponseDecided decided) {
            count(NO_RESPONSE, decided.incidentId().value(), decided.decidedAt(), context);
        }
    }

    private void count(String category, java.util.UUID incidentId, java.time.Instant at, ReportContext context) {
        IncidentIndex.Facts facts = context.incidents().of(incidentId);
        if (facts != null) {
            tally.add(category, context.periods().indexOf(at), facts.kind());
        }
    }

    @Override
    public void contribute(ReportContext context, ReportBuilder report) {
        report.counts("responses", tally);
    }
}
