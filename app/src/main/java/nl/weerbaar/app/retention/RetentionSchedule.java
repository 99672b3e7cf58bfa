package nl.weerbaar.app.retention;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the retention job daily (default 02:00, municipality time), as a persistent db-scheduler task. */
@Configuration(proxyBeanMethods = false)
class RetentionSchedule {

    static final String TASK = "retention";

    @Bean
    RecurringTask<Void> retentionTask(RetentionJob job, Clock clock,
            @Value("${weerbaar.retention.run-at:02:00}") LocalTime runAt) {
        return Tasks.recurring(TASK, Schedules.daily(clock.getZone(), runAt))
                .execute((instance, context) -> job.run());
    }
}
