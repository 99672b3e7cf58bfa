package nl.weerbaar.app.report.calculation;

/**
 * A duration as shown, over all officials: how many incidents, and median and 90th percentile in hours
 * ({@code null} when fewer than 3 incidents were measured), for the period and the previous one.
 *
 * @param medianChange hours the median changed, or {@code null} when either median is not shown
 */
public record DurationLine(String key, Cell currentCount, Double currentMedianHours, Double currentPercentile90Hours,
        Cell previousCount, Double previousMedianHours, Double previousPercentile90Hours, Double medianChange) {
}
