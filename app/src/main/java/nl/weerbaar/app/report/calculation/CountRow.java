package nl.weerbaar.app.report.calculation;

import java.util.Arrays;

/**
 * Exact counts of one category, per kind of official (in {@link nl.weerbaar.incident.api.OfficialKind}
 * order), for the period and the previous one. Never shown as such: {@link SmallCountRule} makes the cells.
 *
 * @param labelKey the message key of the label, or {@code null} when {@code label} is literal
 */
public record CountRow(String key, String labelKey, String label, long[] current, long[] previous) {

    public long currentTotal() {
        return Arrays.stream(current).sum();
    }

    public long previousTotal() {
        return Arrays.stream(previous).sum();
    }
}
