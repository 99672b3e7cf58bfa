package nl.weerbaar.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.weerbaar.app.nodes.NodeId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Two nodes' schedulers on one database run a recurring job one run at a time: never both at once, and
 * not once per node. Each run is recorded with the node that picked it.
 */
class BackgroundJobsOnTwoNodesTest {

    private record Run(String node, long startedAt, long endedAt) {
    }

    @Test
    void aRecurringJobRunsOnOneNodeAtATime() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = database.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/app").load().migrate();
            List<Run> runs = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger running = new AtomicInteger();
            AtomicInteger mostAtOnce = new AtomicInteger();

            List<BackgroundJobs> nodes = new ArrayList<>();
            for (String node : List.of("node-1", "node-2")) {
                RecurringTask<Void> job = Tasks.recurring("probe", Schedules.fixedDelay(Duration.ofMillis(200)))
                        .execute((instance, context) -> {
                            long start = System.nanoTime();
                            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                            try {
                                Thread.sleep(50);
                            } catch (InterruptedException stopped) {
                                Thread.currentThread().interrupt();
                            }
                            running.decrementAndGet();
                            runs.add(new Run(context.getExecution().pickedBy, start, System.nanoTime()));
                        });
                nodes.add(new BackgroundJobs(dataSource, List.of(job), new NodeId(node), Duration.ofMillis(50)));
            }
            nodes.forEach(BackgroundJobs::start);
            Thread.sleep(3_000);
            nodes.forEach(BackgroundJobs::stop);

            assertThat(mostAtOnce.get()).as("runs at the same moment").isEqualTo(1);
            // One schedule: a run, 200 ms rest, a run... about 12 in 3 s; one schedule per node would be twice that.
            assertThat(runs).hasSizeBetween(3, 15);
            assertThat(runs).extracting(Run::node).allMatch(node -> node.equals("node-1") || node.equals("node-2"));
        }
    }
}
