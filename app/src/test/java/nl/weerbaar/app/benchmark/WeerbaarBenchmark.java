package nl.weerbaar.app.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.weerbaar.app.WeerbaarApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark run: one process, the application on a fresh embedded PostgreSQL, every workload after
 * its warm-up and beside its limit. Sizes are system properties, so a quick run is possible:
 * {@code -Dbenchmark.reports=400} (reports per client level, times a factor for more clients),
 * {@code -Dbenchmark.replay-events=1000000}, {@code -Dbenchmark.history=300}.
 */
class WeerbaarBenchmark {

    private static final int[] CLIENTS = {1, 8, 32};

    @Test
    void run() throws Exception {
        int reports = Integer.getInteger("benchmark.reports", 400);
        int warmUp = Integer.getInteger("benchmark.warm-up", 200);
        long replayEvents = Long.getLong("benchmark.replay-events", 1_000_000L);
        int history = Integer.getInteger("benchmark.history", 300);
        Results results = new Results();
        results.fact("machine: processors", Runtime.getRuntime().availableProcessors());
        results.fact("machine: max heap MB", Math.round(Footprint.maxHeapMegabytes()));

        WeerbaarApplication.quietAxon();
        long start = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WeerbaarApplication.class)
                .properties(Map.of("server.port", "0",
                        "weerbaar.embedded-database.data-directory", "target/benchmark-db/" + UUID.randomUUID(),
                        "logging.level.root", "WARN"))
                .run()) {
            results.fact("5 footprint: start-up seconds (context, embedded database, migrations)",
                    Math.round((System.nanoTime() - start) / 1e7) / 100.0);
            DataSource dataSource = app.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            awaitDemoOfficials(jdbc);
            results.fact("database: fsync, synchronous_commit", jdbc.queryForObject("SHOW fsync", String.class) + ", "
                    + jdbc.queryForObject("SHOW synchronous_commit", String.class));
            results.fact("database: PostgreSQL", jdbc.queryForObject("SHOW server_version", String.class));
            Http http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));

            ReportingWorkload reporting = new ReportingWorkload(http, dataSource);
            results.addAll(reporting.run(CLIENTS, reports, warmUp, results));
            results.fact("5 footprint: resident MB after workload 1", Math.round(Footprint.residentMegabytes("VmRSS")));
            results.fact("5 footprint: peak resident MB so far", Math.round(Footprint.residentMegabytes("VmHWM")));
            results.fact("5 footprint: peak heap MB so far", Math.round(Footprint.peakHeapMegabytes()));

            List<UUID> incidents = reporting.reported();
            int decisions = Math.min(incidents.size(), reports * CLIENTS.length);
            DecisionWorkload deciding = new DecisionWorkload(http, app.getBean(EventStore.class));
            results.addAll(deciding.run(incidents.subList(0, decisions), CLIENTS, history));

            UUID template = incidents.get(0);
            String intervention = (String) JsonMapper.builder().build().readValue(http.post(
                    http.token("griffier", "demo"), "/api/incidents/" + template + "/interventions",
                    Payloads.letter(), 201), Map.class).get("interventionId");
            String reference = jdbc.queryForObject("SELECT reference FROM incident_register WHERE incident_id = ?",
                    String.class, template);
            ReplayWorkload replay = new ReplayWorkload(dataSource, app.getBean(EventProcessingConfiguration.class));
            // Stopped first, the processors meet the copies only in the replays, as after a restore or a
            // migration; taking in a burst of this size live is not what this workload measures.
            List<String> all = replay.replayable();
            replay.stop(all);
            results.add(replay.fill(template, UUID.fromString(intervention), reference, replayEvents));
            results.add(replay.limit());
            results.add(replay.replay("incident-register", List.of("incident-register"), results));
            results.fact("3 replay: projections replayed together", all);
            results.add(replay.replay("all projections together", all, results));
            results.fact("5 footprint: peak resident MB of the run", Math.round(Footprint.residentMegabytes("VmHWM")));
        }
        System.out.println(results.table());
        results.write(Path.of("target/benchmark.json"));
    }

    private static void awaitDemoOfficials(JdbcTemplate jdbc) throws InterruptedException {
        for (int i = 0; i < 200 && jdbc.queryForObject("SELECT count(*) FROM official", Integer.class) < 4; i++) {
            Thread.sleep(50);
        }
    }
}
