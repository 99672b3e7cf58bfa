package nl.weerbaar.app.report.calculation;

import java.util.ArrayList;
import java.util.List;

/** Collects the figures' tables in report order. */
public final class ReportBuilder {

    private final List<CountTable> counts = new ArrayList<>();
    private final List<DurationRow> durations = new ArrayList<>();

    public void counts(String key, Tally tally) {
        counts.add(new CountTable(key, tally.rows()));
    }

    public void duration(DurationRow row) {
        durations.add(row);
    }

    List<CountTable> counts() {
        return List.copyOf(counts);
    }

    List<DurationRow> durations() {
        return List.copyOf(durations);
    }
}
