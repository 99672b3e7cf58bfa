package nl.weerbaar.app.report.calculation;

/** A duration over all officials (never per kind: see the small-count rule), for the period and the previous one. */
public record DurationRow(String key, DurationStatistics current, DurationStatistics previous) {
}
