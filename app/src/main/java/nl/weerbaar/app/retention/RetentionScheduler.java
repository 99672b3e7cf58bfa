package nl.weerbaar.app.retention;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the retention job daily (default 02:00, municipality time) through db-scheduler: the
 * schedule lives in {@code scheduled_tasks}, so it survives restarts, and only one node picks each run.
 * Started after everything else, stopped first.
 */
@Component
class RetentionScheduler implements SmartLifecycle {

    static final String TASK = "retention";

    private final Scheduler scheduler;
    private volatile boolean running;

    RetentionScheduler(DataSource dataSource, RetentionJob job, Clock clock,
            @Value("${weerbaar.retention.run-at:02:00}") LocalTime runAt,
            @Value("${weerbaar.retention.polling-interval:30s}") Duration pollingInterval) {
        RecurringTask<Void> retention = Tasks.recurring(TASK, Schedules.daily(clock.getZone(), runAt))
                .execute((instance, context) -> job.run());
        this.scheduler = Scheduler.create(dataSource)
                .startTasks(retention)
                .threads(1)
                .pollingInterval(pollingInterval)
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        scheduler.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After Axon's processors (which use the default phase), so the job finds a running application. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
