package nl.weerbaar.app.report.calculation;

import java.util.ArrayList;
import java.util.List;

/** Collects the figures' tables in report order. */
public final class ReportBuilder {

    private final List<CountTable> counts = new ArrayList<>();
    private final List<DurationRow> durations = new ArrayList<>();

    /** A figure's counts, followed by lines giving some of them as percentages (over all officials), if any. */
    public void counts(String key, Tally tally, PercentageRow... percentages) {
        counts.add(new CountTable(key, tally.rows(), List.of(percentages)));
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
