package nl.weerbaar.aftercare.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.weerbaar.aftercare.api.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the official must have been told about a case update: {@code weerbaar.aftercare.inform-within-working-days}
 * (default 5) working days after the day the municipality heard of it ({@link WorkingDays}). An update
 * not passed on by the end of that day is overdue from the next day on. "Today" is the clock's day in the
 * municipality's time zone.
 */
@Component
public class InformDeadline {

    private final int workingDays;
    private final Clock clock;

    public InformDeadline(@Value("${weerbaar.aftercare.inform-within-working-days:5}") int workingDays, Clock clock) {
        if (workingDays < 1) {
            throw new IllegalArgumentException(
                    "weerbaar.aftercare.inform-within-working-days must be at least 1, was " + workingDays);
        }
        this.workingDays = workingDays;
        this.clock = clock;
    }

    public int workingDays() {
        return workingDays;
    }

    public LocalDate dueOn(LocalDate updateDate) {
        return WorkingDays.plus(updateDate, workingDays);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Not passed on, and the last day allowed has gone by. */
    public boolean isOverdue(LocalDate updateDate, boolean informed) {
        return !informed && today().isAfter(dueOn(updateDate));
    }
}
