package nl.weerbaar.app.report.calculation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.incident.api.OfficialKind;

/** Counts per category, per period and per kind of official; the categories keep the order they are declared in. */
public final class Tally {

    private static final int KINDS = OfficialKind.values().length;

    private record Category(String key, String labelKey, String label, long[][] counts) {
    }

    private final Map<String, Category> categories = new LinkedHashMap<>();

    /** Declares a category labelled by a message key, so it is shown even at zero. */
    public Tally category(String key, String labelKey) {
        categories.computeIfAbsent(key, k -> new Category(k, labelKey, null, new long[2][KINDS]));
        return this;
    }

    /** Declares a category with a literal label (a norm's code and title). */
    public Tally literal(String key, String label) {
        categories.computeIfAbsent(key, k -> new Category(k, null, label, new long[2][KINDS]));
        return this;
    }

    public void add(String key, int period, int kind) {
        if (period == ReportPeriods.NEITHER) {
            return;
        }
        Category category = categories.get(key);
        if (category == null) {
            throw new IllegalArgumentException("Undeclared category " + key);
        }
        category.counts()[period][kind]++;
    }

    public long count(String key, int period, int kind) {
        return categories.get(key).counts()[period][kind];
    }

    public List<CountRow> rows() {
        List<CountRow> rows = new ArrayList<>();
        for (Category category : categories.values()) {
            rows.add(new CountRow(category.key(), category.labelKey(), category.label(),
                    category.counts()[ReportPeriods.CURRENT].clone(), category.counts()[ReportPeriods.PREVIOUS].clone()));
        }
        return rows;
    }
}
