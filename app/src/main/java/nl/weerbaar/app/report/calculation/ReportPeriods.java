package nl.weerbaar.app.report.calculation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The period a report is about (whole days, both inclusive, municipality time) and the period of equal
 * length right before it, which every figure is compared with.
 */
public record ReportPeriods(LocalDate from, LocalDate to, ZoneId zone) {

    public static final int CURRENT = 0;
    public static final int PREVIOUS = 1;
    public static final int NEITHER = -1;

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public LocalDate previousFrom() {
        return from.minusDays(days());
    }

    public LocalDate previousTo() {
        return from.minusDays(1);
    }

    /** {@link #CURRENT}, {@link #PREVIOUS} or {@link #NEITHER} for the day this moment falls on. */
    public int indexOf(Instant moment) {
        return moment == null ? NEITHER : indexOf(LocalDate.ofInstant(moment, zone));
    }

    public int indexOf(LocalDate day) {
        if (day == null || day.isAfter(to) || day.isBefore(previousFrom())) {
            return NEITHER;
        }
        return day.isBefore(from) ? PREVIOUS : CURRENT;
    }

    /** Whether the days {@code start..end} (inclusive) overlap the period with this index. */
    public boolean overlaps(int period, LocalDate start, LocalDate end) {
        LocalDate periodFrom = period == CURRENT ? from : previousFrom();
        LocalDate periodTo = period == CURRENT ? to : previousTo();
        return !start.isAfter(periodTo) && !end.isBefore(periodFrom) && !end.isBefore(start);
    }
}
