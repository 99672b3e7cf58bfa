package nl.weerbaar.app.accessban;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the access-ban expiry job every few minutes (default 5) as a persistent db-scheduler task: a
 * ban ends shortly after midnight, and after a restart or an outage the first run catches up.
 */
@Configuration(proxyBeanMethods = false)
class AccessBanExpirySchedule {

    static final String TASK = "access-ban-expiry";

    @Bean
    RecurringTask<Void> accessBanExpiryTask(AccessBanExpiryJob job,
            @Value("${weerbaar.access-bans.expiry-interval:5m}") Duration interval) {
        return Tasks.recurring(TASK, Schedules.fixedDelay(interval)).execute((instance, context) -> job.run());
    }
}
