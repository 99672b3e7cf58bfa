package nl.weerbaar.app.report.calculation;

import java.util.List;

/** A figure's exact counts, before anonymisation. */
public record CountTable(String key, List<CountRow> rows) {
}
