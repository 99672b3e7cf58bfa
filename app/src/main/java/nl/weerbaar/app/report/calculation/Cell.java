package nl.weerbaar.app.report.calculation;

/**
 * One shown figure: its text ({@code 7}, {@code < 3}, {@code ≥ 5}, {@code 80%}, {@code –}) and the value a
 * chart may draw (the exact count, the lower bound, or 0 for a hidden small count or a percentage).
 *
 * @param exact whether {@code text} is the exact count
 */
public record Cell(String text, long chartValue, boolean exact) {

    public static final String SMALL = "< 3";
    public static final String NOT_SHOWN = "–";

    static Cell exact(long value) {
        return new Cell(Long.toString(value), value, true);
    }

    static Cell small() {
        return new Cell(SMALL, 0, false);
    }

    /** A value not given at all (a percentage per kind of official, or one the rule withholds). */
    static Cell notShown() {
        return new Cell(NOT_SHOWN, 0, false);
    }

    /** A percentage as shown; a chart draws no bar for it (its scale is not that of the counts). */
    static Cell percentage(long percent) {
        return new Cell(percent + "%", 0, false);
    }

    static Cell atLeast(long value) {
        return new Cell("≥ " + value, value, false);
    }
}
