package nl.weerbaar.app.report.calculation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.OfficialKind;

/**
 * The anonymisation of the report (docs/privacy.md, "Periodic reports"), per line and per period:
 * <ol>
 * <li>A count for a single kind of official (council members, aldermen, the mayor) of 1 or 2 is shown as
 * {@code < 3}; 0 and 3 or more are shown.</li>
 * <li>The total over all officials is shown as {@code < 3} when it is 1 or 2. Otherwise, when a count of
 * the line was hidden by rule 1, the total is shown as a lower bound {@code ≥ n} (n: the shown counts plus
 * 1 for each hidden one), because the exact total minus the shown counts would give the hidden one away.</li>
 * <li>The change is shown only between two exact totals.</li>
 * <li>Durations are given over all officials only, and their median and 90th percentile only when measured
 * over 3 or more incidents.</li>
 * <li>A percentage (case updates passed on in time) is given over all officials only, rounded to a whole
 * percent, and only when every total it is computed from is shown exactly and is not 0 altogether (so it
 * reveals no count the table hides); otherwise {@code –}. Its change is in percentage points, between two
 * shown percentages.</li>
 * </ol>
 */
public final class SmallCountRule {

    private SmallCountRule() {
    }

    static PeriodReport apply(ReportPeriods periods, Instant asOf, List<CountTable> counts, List<DurationRow> durations,
            long eventsRead) {
        List<FigureTable> figures = new ArrayList<>();
        for (CountTable table : counts) {
            List<FigureLine> lines = new ArrayList<>();
            for (CountRow row : table.rows()) {
                List<Cell> current = cells(row.current());
                List<Cell> previous = cells(row.previous());
                lines.add(new FigureLine(row.key(), row.labelKey(), row.label(), current, previous,
                        change(current.get(current.size() - 1), previous.get(previous.size() - 1))));
            }
            for (PercentageRow percentage : table.percentages()) {
                lines.add(percentage(percentage, lines));
            }
            figures.add(new FigureTable(table.key(), List.copyOf(lines)));
        }
        List<DurationLine> durationLines = durations.stream().map(SmallCountRule::duration).toList();
        return new PeriodReport(periods.from(), periods.to(), asOf, periods.previousFrom(), periods.previousTo(),
                List.copyOf(figures), durationLines, eventsRead);
    }

    /** The cells of one line in one period: each kind of official, then the total. */
    public static List<Cell> cells(long[] byKind) {
        List<Cell> cells = new ArrayList<>();
        long total = 0;
        long shown = 0;
        int hidden = 0;
        for (long count : byKind) {
            total += count;
            if (isSmall(count)) {
                cells.add(Cell.small());
                hidden++;
            } else {
                cells.add(Cell.exact(count));
                shown += count;
            }
        }
        if (isSmall(total)) {
            cells.add(Cell.small());
        } else if (hidden > 0) {
            cells.add(Cell.atLeast(shown + hidden));
        } else {
            cells.add(Cell.exact(total));
        }
        return List.copyOf(cells);
    }

    private static boolean isSmall(long count) {
        return count == 1 || count == 2;
    }

    static String change(Cell current, Cell previous) {
        if (!current.exact() || !previous.exact()) {
            return "–";
        }
        long difference = current.chartValue() - previous.chartValue();
        String absolute = difference > 0 ? "+" + difference : Long.toString(difference);
        if (previous.chartValue() == 0) {
            return absolute;
        }
        long percent = Math.round(difference * 100.0 / previous.chartValue());
        return absolute + " (" + (percent > 0 ? "+" : "") + percent + "%)";
    }

    private static FigureLine percentage(PercentageRow row, List<FigureLine> lines) {
        FigureLine part = line(lines, row.part());
        List<FigureLine> of = row.of().stream().map(key -> line(lines, key)).toList();
        Long current = percent(part.currentTotal(), of.stream().map(FigureLine::currentTotal).toList());
        Long previous = percent(part.previousTotal(), of.stream().map(FigureLine::previousTotal).toList());
        String change = current == null || previous == null ? Cell.NOT_SHOWN
                : (current - previous > 0 ? "+" : "") + (current - previous) + " procentpunt";
        return new FigureLine(row.key(), row.labelKey(), null, percentageCells(current), percentageCells(previous),
                change);
    }

    private static FigureLine line(List<FigureLine> lines, String key) {
        return lines.stream().filter(line -> line.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No line " + key));
    }

    /** The whole percentage of {@code part} in the sum of {@code of}, or {@code null} when it is not shown. */
    static Long percent(Cell part, List<Cell> of) {
        if (!part.exact() || of.stream().anyMatch(cell -> !cell.exact())) {
            return null;
        }
        long whole = of.stream().mapToLong(Cell::chartValue).sum();
        return whole == 0 ? null : Math.round(part.chartValue() * 100.0 / whole);
    }

    /** Not per kind of official; the total as a percentage, or {@code –}. */
    private static List<Cell> percentageCells(Long percent) {
        List<Cell> cells = new ArrayList<>();
        for (int kind = 0; kind < OfficialKind.values().length; kind++) {
            cells.add(Cell.notShown());
        }
        cells.add(percent == null ? Cell.notShown() : Cell.percentage(percent));
        return List.copyOf(cells);
    }

    private static DurationLine duration(DurationRow row) {
        DurationStatistics current = row.current();
        DurationStatistics previous = row.previous();
        Double currentMedian = hours(current, current.medianSeconds());
        Double previousMedian = hours(previous, previous.medianSeconds());
        Double change = currentMedian == null || previousMedian == null ? null
                : Math.round((currentMedian - previousMedian) * 10) / 10.0;
        return new DurationLine(row.key(), count(current.count()), currentMedian,
                hours(current, current.percentile90Seconds()), count(previous.count()), previousMedian,
                hours(previous, previous.percentile90Seconds()), change);
    }

    private static Cell count(int count) {
        return isSmall(count) ? Cell.small() : Cell.exact(count);
    }

    /** Hours with one decimal, or {@code null} below 3 measurements. */
    private static Double hours(DurationStatistics statistics, long seconds) {
        return statistics.count() < 3 ? null : Math.round(seconds / 360.0) / 10.0;
    }
}
