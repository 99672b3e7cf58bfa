package nl.weerbaar.app.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import nl.weerbaar.app.nodes.NodeId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The one db-scheduler of the application, running every recurring task declared as a bean. One
 * scheduler for all jobs, because a scheduler polling {@code scheduled_tasks} for tasks it does not
 * know would complain about (and skip) the other's rows. The schedule lives in the table, so it
 * survives restarts, and only one node picks each run. Started after everything else, stopped first.
 * Deliberately not a {@code Scheduler} bean: Axon's db-scheduler auto-configuration would take it for
 * its deadline manager.
 */
@Component
class BackgroundJobs implements SmartLifecycle {

    private final Scheduler scheduler;
    private volatile boolean running;

    /** @param nodeId names this node in {@code scheduled_tasks.picked_by}, as in {@code token_entry.owner} */
    BackgroundJobs(DataSource dataSource, List<RecurringTask<?>> tasks, NodeId nodeId,
            @Value("${weerbaar.scheduler.polling-interval:30s}") Duration pollingInterval) {
        this.scheduler = Scheduler.create(dataSource)
                .startTasks(tasks)
                .schedulerName(new SchedulerName.Fixed(nodeId.value()))
                .threads(2)
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

    /** After Axon's processors (which use the default phase), so a job finds a running application. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
