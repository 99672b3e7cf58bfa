package nl.weerbaar.aftercare.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** An update not passed on is overdue from the day after its last working day, by the municipality's clock. */
class InformDeadlineTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    void overdueFromTheDayAfterTheFifthWorkingDay() {
        // the last allowed day is Monday 9 November; 22:59Z is 23:59 in Amsterdam (CET)
        InformDeadline lastDay = deadline(5, "2026-11-09T22:59:00Z");
        InformDeadline dayAfter = deadline(5, "2026-11-09T23:00:00Z");

        assertThat(lastDay.dueOn(MONDAY)).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(lastDay.isOverdue(MONDAY, false)).isFalse();
        assertThat(dayAfter.isOverdue(MONDAY, false)).isTrue();
        assertThat(dayAfter.isOverdue(MONDAY, true)).isFalse();
    }

    @Test
    void theNumberOfWorkingDaysIsASetting() {
        assertThat(deadline(2, "2026-11-05T08:00:00Z").isOverdue(MONDAY, false)).isTrue();
        assertThat(deadline(10, "2026-11-13T08:00:00Z").isOverdue(MONDAY, false)).isFalse();
        assertThatThrownBy(() -> deadline(0, "2026-11-05T08:00:00Z")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inform-within-working-days");
    }

    private static InformDeadline deadline(int workingDays, String now) {
        return new InformDeadline(workingDays, Clock.fixed(Instant.parse(now), AMSTERDAM));
    }
}
