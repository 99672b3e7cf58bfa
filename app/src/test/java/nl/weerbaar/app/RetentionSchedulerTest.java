package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The retention job is a persistent daily task in db-scheduler's table, at 02:00 municipality time. */
class RetentionSchedulerTest extends ApplicationTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void theRetentionJobIsScheduledDailyAtTwoAtNightAmsterdamTime() {
        List<Map<String, Object>> tasks = Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForList("SELECT task_instance, execution_time, picked FROM scheduled_tasks "
                        + "WHERE task_name = 'retention'"), rows -> !rows.isEmpty());

        assertThat(tasks).as("one recurring retention task").hasSize(1);
        Instant next = jdbc.queryForObject("SELECT execution_time FROM scheduled_tasks WHERE task_name = 'retention'",
                (rs, i) -> rs.getTimestamp(1).toInstant());
        ZonedDateTime local = next.atZone(AMSTERDAM);
        Instant now = Instant.now();

        assertThat(local.toLocalTime()).as("local time of the next run, %s", local).isEqualTo(LocalTime.of(2, 0));
        assertThat(next).as("the next run is in the future").isAfter(now);
        // The next 02:00, not a later one: within a day (25 hours on the night the clocks go back).
        assertThat(next).isBefore(now.plus(Duration.ofHours(25)));
    }
}
