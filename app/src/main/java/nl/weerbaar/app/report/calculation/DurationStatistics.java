package nl.weerbaar.app.report.calculation;

import java.util.Arrays;

/**
 * Median and 90th percentile of durations in seconds, by the nearest-rank method: the p-th percentile of
 * n sorted values is the value at rank ceil(p/100 * n) (1-based). So the median of 4 values is the 2nd,
 * and every figure is a duration that actually occurred.
 */
public record DurationStatistics(int count, long medianSeconds, long percentile90Seconds) {

    public static DurationStatistics of(long[] values, int count) {
        if (count == 0) {
            return new DurationStatistics(0, 0, 0);
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return new DurationStatistics(count, rank(sorted, 50), rank(sorted, 90));
    }

    private static long rank(long[] sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
