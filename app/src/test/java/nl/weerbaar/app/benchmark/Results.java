package nl.weerbaar.app.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Collects the figures of a run, prints them as a table and writes them as JSON. */
final class Results {

    private final List<Figures> figures = new ArrayList<>();
    private final Map<String, Object> facts = new LinkedHashMap<>();

    void add(Figures figure) {
        figures.add(figure);
        System.out.println("benchmark: " + line(figure));
    }

    void addAll(List<Figures> more) {
        more.forEach(this::add);
    }

    /** A single figure that is no throughput (memory, start-up time, settings). */
    void fact(String name, Object value) {
        facts.put(name, value);
        System.out.println("benchmark: " + name + " = " + value);
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n%-12s %-44s %7s %9s %8s %10s %9s %9s %8s%n",
                "workload", "variant", "clients", "count", "seconds", "rate/s", "p50 ms", "p99 ms", "of limit"));
        figures.forEach(figure -> out.append(line(figure)).append('\n'));
        facts.forEach((name, value) -> out.append(String.format(Locale.ROOT, "%-57s %s%n", name, value)));
        return out.toString();
    }

    void write(Path file) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("figures", figures.stream().map(figure -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("workload", figure.workload());
            row.put("variant", figure.variant());
            row.put("clients", figure.clients());
            row.put("count", figure.count());
            row.put("seconds", round(figure.seconds()));
            row.put("ratePerSecond", round(figure.rate()));
            row.put("p50Millis", Double.isNaN(figure.p50Millis()) ? null : round(figure.p50Millis()));
            row.put("p99Millis", Double.isNaN(figure.p99Millis()) ? null : round(figure.p99Millis()));
            Double share = shareOfLimit(figure);
            row.put("shareOfLimit", share == null ? null : round(share));
            return row;
        }).toList());
        document.put("facts", facts);
        Files.createDirectories(file.getParent());
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), document);
    }

    private String line(Figures figure) {
        Double share = shareOfLimit(figure);
        return String.format(Locale.ROOT, "%-12s %-44s %7d %9d %8.2f %10.1f %9s %9s %8s", figure.workload(),
                figure.variant(), figure.clients(), figure.count(), figure.seconds(), figure.rate(),
                millis(figure.p50Millis()), millis(figure.p99Millis()),
                share == null ? "" : String.format(Locale.ROOT, "%.0f%%", share * 100));
    }

    /** The product's rate as a share of the limit measured beside it (same workload and clients). */
    private Double shareOfLimit(Figures figure) {
        if (figure.variant().startsWith("limit")) {
            return null;
        }
        return figures.stream().filter(limit -> limit.variant().startsWith("limit")
                        && limit.workload().equals(figure.workload()) && limit.clients() == figure.clients())
                .findFirst().map(limit -> figure.rate() / limit.rate()).orElse(null);
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
