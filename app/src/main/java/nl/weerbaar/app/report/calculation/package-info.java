/**
 * The period report computed by replaying the event store: {@link nl.weerbaar.app.report.calculation.EventHistory}
 * streams the events stored up to the as-of moment, {@link nl.weerbaar.app.report.calculation.ReportCalculator}
 * hands each to the {@link nl.weerbaar.app.report.calculation.ReportFigure}s that read it, and
 * {@link nl.weerbaar.app.report.calculation.SmallCountRule} anonymises the counts. Nothing here reads a
 * projection or a personal-data text, so a report as of a moment is the same whenever it is made.
 */
package nl.weerbaar.app.report.calculation;
