package nl.weerbaar.app.report.calculation;

import java.util.List;

/**
 * A line of a figure that gives one of its lines as a percentage of others, over all officials only:
 * {@code part} as a share of the sum of the lines {@code of} (which include it). See {@link SmallCountRule}
 * for when it is shown.
 *
 * @param labelKey the message key of the label
 */
public record PercentageRow(String key, String labelKey, String part, List<String> of) {

    public PercentageRow {
        of = List.copyOf(of);
    }
}
