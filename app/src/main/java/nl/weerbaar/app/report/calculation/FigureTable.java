package nl.weerbaar.app.report.calculation;

import java.util.List;

/** A figure as shown: its lines, anonymised. The title is the message {@code report.figure.<key>}. */
public record FigureTable(String key, List<FigureLine> lines) {

    /** The largest value a chart of this figure draws, at least 1. */
    public long chartMaximum() {
        return Math.max(1, lines.stream().mapToLong(line -> Math.max(line.currentTotal().chartValue(),
                line.previousTotal().chartValue())).max().orElse(1));
    }
}
