package nl.weerbaar.app.report.calculation;

import java.util.Set;

/**
 * One figure (or a small group of figures that read the same events) of the period report. The calculator
 * streams only the event types some figure names, in the order they were stored, and hands each to the
 * figures that read it; at the end each figure contributes its tables. A figure keeps only what it needs
 * to count, never the events. To add a figure: write a class like the ones here and add it to
 * {@code ReportCalculator.figures(...)}, with its title and labels in {@code messages/report.properties}.
 */
public interface ReportFigure {

    /** The event payload types this figure reads. */
    Set<Class<?>> eventTypes();

    /** One event, in global order; the incident index already holds an incident reported by this very event. */
    void on(Object event, ReportContext context);

    /** After the last event: this figure's tables, in the order they appear in the report. */
    void contribute(ReportContext context, ReportBuilder report);
}
