package nl.weerbaar.app.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.weerbaar.app.report.calculation.Cell;
import nl.weerbaar.app.report.calculation.DurationLine;
import nl.weerbaar.app.report.calculation.FigureLine;
import nl.weerbaar.app.report.calculation.FigureTable;
import nl.weerbaar.app.report.calculation.PeriodReport;

/**
 * The figures as CSV (RFC 4180, comma-separated, UTF-8) in the reader's language: one row per line of a
 * figure and period ({@code huidig}, {@code vorig}; in English {@code current}, {@code previous}). Counts are as shown on the page ({@code < 3}, {@code ≥ 5}); durations
 * give the number of incidents in {@code totaal} and hours with a decimal point.
 */
final class ReportCsv {

    /** The columns, as keys {@code report.csv.column.<name>} of the header's words. */
    static final List<String> COLUMNS = List.of("figure", "line", "label", "period", "from", "to", "councilMembers",
            "aldermen", "mayor", "total", "medianHours", "percentile90Hours", "change");

    private ReportCsv() {
    }

    static String write(PeriodReport report, ReportLabels labels) {
        StringBuilder csv = new StringBuilder();
        row(csv, COLUMNS.stream().map(column -> labels.message("report.csv.column." + column)).toList());
        String current = labels.message("report.csv.period.current");
        String previous = labels.message("report.csv.period.previous");
        for (FigureTable figure : report.figures()) {
            for (FigureLine line : figure.lines()) {
                String label = labels.label(line);
                row(csv, counts(report, figure, line, label, current, true, line.current(), line.change()));
                row(csv, counts(report, figure, line, label, previous, false, line.previous(), ""));
            }
        }
        String durations = labels.message("report.csv.durations");
        for (DurationLine line : report.durations()) {
            String label = labels.label(line);
            row(csv, List.of(durations, line.key(), safe(label), current, report.from().toString(),
                    report.to().toString(), "", "", "", line.currentCount().text(), hours(line.currentMedianHours()),
                    hours(line.currentPercentile90Hours()), hours(line.medianChange())));
            row(csv, List.of(durations, line.key(), safe(label), previous, report.previousFrom().toString(),
                    report.previousTo().toString(), "", "", "", line.previousCount().text(),
                    hours(line.previousMedianHours()), hours(line.previousPercentile90Hours()), ""));
        }
        return csv.toString();

    }

    private static List<String> counts(PeriodReport report, FigureTable figure, FigureLine line, String label,
            String period, boolean current, List<Cell> cells, String change) {
        List<String> values = new ArrayList<>(List.of(figure.key(), line.key(), safe(label), period,
                (current ? report.from() : report.previousFrom()).toString(),
                (current ? report.to() : report.previousTo()).toString()));
        cells.forEach(cell -> values.add(cell.text()));
        values.addAll(List.of("", "", change));
        return values;
    }

    /** A label (a norm's title is typed by the administrator) never starts a spreadsheet formula. */
    private static String safe(String label) {
        return !label.isEmpty() && "=+-@".indexOf(label.charAt(0)) >= 0 ? "'" + label : label;
    }

    private static String hours(Double hours) {
        return hours == null ? "" : String.format(Locale.ROOT, "%.1f", hours);
    }

    private static void row(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(values.get(i)));
        }
        csv.append("\r\n");
    }

    private static String quoted(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("(?s).*[,\"\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
