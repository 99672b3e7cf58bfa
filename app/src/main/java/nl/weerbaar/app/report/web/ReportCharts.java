package nl.weerbaar.app.report.web;

import nl.weerbaar.app.report.calculation.Cell;
import nl.weerbaar.app.report.calculation.FigureLine;
import nl.weerbaar.app.report.calculation.FigureTable;

/**
 * A figure's totals as a horizontal bar chart in SVG, drawn on the server (no script): per category a dark
 * bar for the period and a light one for the previous period, with the value as shown ({@code < 3} draws
 * no bar). The chart is an image with a title and a description pointing at the data table beside it,
 * which holds the same figures per kind of official.
 */
final class ReportCharts {

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_AREA = 330;
    private static final int BAR = 12;
    private static final int ROW = 34;
    private static final int TOP = 28;

    private ReportCharts() {
    }

    static String svg(FigureTable figure, ReportLabels labels) {
        String id = "grafiek-" + figure.key();
        long maximum = figure.chartMaximum();
        int height = TOP + figure.lines().size() * ROW + 4;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(id)
                .append("-titel ").append(id).append("-uitleg\">");
        svg.append("<title id=\"").append(id).append("-titel\">").append(escape(labels.title(figure))).append("</title>");
        svg.append("<desc id=\"").append(id).append("-uitleg\">")
                .append(escape(labels.message("report.chart.description"))).append("</desc>");
        legend(svg, 0, labels.message("report.period.current"), "chart__bar--current");
        legend(svg, 200, labels.message("report.period.previous"), "chart__bar--previous");
        int y = TOP;
        for (FigureLine line : figure.lines()) {
            svg.append("<text x=\"0\" y=\"").append(y + BAR + 4).append("\" class=\"chart__label\">")
                    .append(escape(shorten(labels.label(line)))).append("</text>");
            bar(svg, y, line.currentTotal(), maximum, "chart__bar--current");
            bar(svg, y + BAR + 2, line.previousTotal(), maximum, "chart__bar--previous");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, int x, String text, String style) {
        svg.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"12\" height=\"12\" class=\"").append(style)
                .append("\"/><text x=\"").append(x + 18).append("\" y=\"15\" class=\"chart__label\">")
                .append(escape(text)).append("</text>");
    }

    private static void bar(StringBuilder svg, int y, Cell value, long maximum, String style) {
        long width = Math.round((double) value.chartValue() / maximum * BAR_AREA);
        svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(width)
                .append("\" height=\"").append(BAR).append("\" class=\"").append(style).append("\"/>");
        svg.append("<text x=\"").append(LABEL_WIDTH + width + 6).append("\" y=\"").append(y + BAR - 2)
                .append("\" class=\"chart__value\">").append(escape(value.text())).append("</text>");
    }

    private static String shorten(String label) {
        return label.length() <= 34 ? label : label.substring(0, 33) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
