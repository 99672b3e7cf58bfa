package nl.weerbaar.app.report.calculation;

import java.util.List;

/**
 * A figure's exact counts, before anonymisation, and the percentages to be shown after its counts.
 */
public record CountTable(String key, List<CountRow> rows, List<PercentageRow> percentages) {

    public CountTable {
        rows = List.copyOf(rows);
        percentages = List.copyOf(percentages);
    }

    public CountTable(String key, List<CountRow> rows) {
        this(key, rows, List.of());
    }
}
