package nl.weerbaar.app.report.calculation;

/**
 * One shown figure: its text ({@code 7}, {@code < 3}, {@code ≥ 5}) and the value a chart may draw (the
 * exact count, the lower bound, or 0 for a hidden small count).
 *
 * @param exact whether {@code text} is the exact count
 */
public record Cell(String text, long chartValue, boolean exact) {

    public static final String SMALL = "< 3";

    static Cell exact(long value) {
        return new Cell(Long.toString(value), value, true);
    }

    static Cell small() {
        return new Cell(SMALL, 0, false);
    }

    static Cell atLeast(long value) {
        return new Cell("≥ " + value, value, false);
    }
}
