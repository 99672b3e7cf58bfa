package nl.weerbaar.app.report.calculation;

import java.util.List;

/**
 * One category of a figure as shown: per kind of official (council member, alderman, mayor) and the total,
 * for the period and the previous one, and the change of the total.
 *
 * @param labelKey message key of the label, or {@code null} when {@code label} is literal
 * @param change   e.g. {@code +3 (+50%)}, or {@code –} when a total is not exact
 */
public record FigureLine(String key, String labelKey, String label, List<Cell> current, List<Cell> previous,
        String change) {

    public Cell currentTotal() {
        return current.get(current.size() - 1);
    }

    public Cell previousTotal() {
        return previous.get(previous.size() - 1);
    }
}
