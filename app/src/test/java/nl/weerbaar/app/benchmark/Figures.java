package nl.weerbaar.app.benchmark;

/**
 * What one run of a workload measured.
 *
 * @param variant what was run: the product (e.g. "HTTP") or its limit (e.g. "JDBC limit")
 * @param rate    operations (or events) per second
 */
record Figures(String workload, String variant, int clients, long count, double seconds, double rate,
        double p50Millis, double p99Millis) {

    static Figures of(String workload, String variant, long count, double seconds) {
        return new Figures(workload, variant, 1, count, seconds, count / seconds, Double.NaN, Double.NaN);
    }
}
