package nl.weerbaar.app.report.calculation;

/** What a figure is handed with each event: the periods and the compact facts of every incident so far. */
public record ReportContext(ReportPeriods periods, IncidentIndex incidents) {
}
