package nl.weerbaar.app.report.calculation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.incident.api.IncidentReported;

/**
 * Computes a period report in one pass over the history: each event updates the compact incident index,
 * then goes to the figures that read its type. Memory: the index (one small entry per incident up to the
 * as-of moment) plus each figure's state (documented on each figure), never the events.
 */
public final class ReportCalculator {

    private final ReportContext context;
    private final List<ReportFigure> figures;
    private final Map<Class<?>, List<ReportFigure>> readers = new HashMap<>();
    private long eventsRead;

    /**
     * @param informWithinWorkingDays the working days allowed to pass a case update on to the official
     *                                (the setting {@code weerbaar.aftercare.inform-within-working-days})
     */
    public ReportCalculator(LocalDate from, LocalDate to, ZoneId zone, int informWithinWorkingDays) {
        this.context = new ReportContext(new ReportPeriods(from, to, zone), new IncidentIndex(), null);
        this.figures = figures(informWithinWorkingDays);
        for (ReportFigure figure : figures) {
            figure.eventTypes().forEach(type -> readers.computeIfAbsent(type, t -> new ArrayList<>()).add(figure));
        }
    }

    /** Every figure of the report, in the order it is shown. */
    static List<ReportFigure> figures(int informWithinWorkingDays) {
        return List.of(new IncidentsFigure(), new ResponseTimesFigure(), new ChannelFigure(), new BehaviourFigure(),
                new AssessmentFigure(), new NormFigure(), new RepeatFigure(), new ResponseFigure(), new PoliceFigure(),
                new AccessBanFigure(), new AftercareFigure(), new CaseUpdatesFigure(informWithinWorkingDays),
                new CommunicationFigure());
    }

    /** The event types some figure (or the index) reads. */
    public Set<Class<?>> eventTypes() {
        Set<Class<?>> types = new LinkedHashSet<>();
        types.add(IncidentReported.class);
        figures.forEach(figure -> types.addAll(figure.eventTypes()));
        return types;
    }

    public void on(Object event) {
        eventsRead++;
        if (event instanceof IncidentReported reported) {
            context.incidents().reported(reported.incidentId().value(), reported.officialKind(), reported.reportedAt());
        }
        for (ReportFigure figure : readers.getOrDefault(event.getClass(), List.of())) {
            figure.on(event, context);
        }
    }

    /** After the last event: the report, anonymised by the small-count rule. */
    public PeriodReport report(Instant asOf) {
        ReportBuilder builder = exact(asOf);
        return SmallCountRule.apply(context.periods(), asOf, builder.counts(), builder.durations(), eventsRead);
    }

    /** The exact figures, before the small-count rule; once per calculator, after the last event. */
    ReportBuilder exact(Instant asOf) {
        ReportBuilder builder = new ReportBuilder();
        ReportContext asOfContext = new ReportContext(context.periods(), context.incidents(), asOf);
        figures.forEach(figure -> figure.contribute(asOfContext, builder));
        return builder;
    }
}
