package nl.weerbaar.app.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Workload 3: rebuilding projections by replay over a large event store, beside the limit: reading the
 * same rows with plain JDBC and parsing their JSON.
 *
 * <p>The store is filled inside PostgreSQL by copying the events of one real incident (reported,
 * registered, assessed, a letter chosen) with new aggregate ids and references. The sealed personal
 * data keep their original subject, so every copy decrypts with one data key (a warm key cache: the
 * replay measures decryption, not key lookups).
 */
final class ReplayWorkload {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final EventProcessingConfiguration processing;

    ReplayWorkload(DataSource dataSource, EventProcessingConfiguration processing) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.dataSource = dataSource;
        this.processing = processing;
    }

    /** Copies the template incident until the store holds about {@code total} events; answers the seconds. */
    Figures fill(UUID incident, UUID intervention, String reference, long total) {
        long template = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier IN (?, ?)",
                Long.class, incident.toString(), intervention.toString());
        long present = count();
        long copies = Math.max(0, (total - present + template - 1) / template);
        long start = System.nanoTime();
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT gen_random_uuid()::text,
                       CASE WHEN t.aggregate_identifier = ? THEN n.inc ELSE n.itv END,
                       t.sequence_number, t.type, t.time_stamp, t.payload_type, t.payload_revision,
                       convert_to(replace(replace(replace(replace(replace(convert_from(t.payload, 'UTF8'),
                           '"s":"' || ? || '"', '"s":"@subject@"'), ?, n.inc), ?, n.itv), '@subject@', ?),
                           '"' || ? || '"', '"' || n.ref || '"'), 'UTF8'),
                       t.meta_data
                FROM (SELECT * FROM domain_event_entry WHERE aggregate_identifier IN (?, ?)) t
                CROSS JOIN (SELECT g, md5('incident' || g)::uuid::text AS inc, md5('intervention' || g)::uuid::text AS itv,
                                   (5000 + g / 90000) || '-' || ((g % 90000) + 1) AS ref
                            FROM generate_series(1, ?) g) n
                ORDER BY n.g, t.global_index
                """, incident.toString(), incident.toString(), incident.toString(), intervention.toString(),
                incident.toString(), reference, incident.toString(), intervention.toString(), copies);
        jdbc.execute("ANALYZE domain_event_entry");
        return Figures.of("3 setup", "fill store (SQL copy)", count() - present, (System.nanoTime() - start) / 1e9);
    }

    long count() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    void stop(List<String> names) {
        names.forEach(name -> processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow().shutDown());
    }

    /** Replays the named processors together from the start until each has caught up with the head. */
    Figures replay(String variant, List<String> names, Results results) throws InterruptedException {
        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        long events = count();
        List<StreamingEventProcessor> processors = new ArrayList<>();
        for (String name : names) {
            processors.add(processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow());
        }
        processors.forEach(StreamingEventProcessor::shutDown);
        Work before = Work.now(jdbc);
        long start = System.nanoTime();
        for (StreamingEventProcessor processor : processors) {
            processor.resetTokens();
            processor.start();
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        int polls = 0;
        // when each processor passed the head: the last one decides the figure, the others show the spread
        Map<String, Double> caughtUpAfter = new TreeMap<>();
        while (!processors.stream().allMatch(processor -> caughtUp(processor, head))) {
            processors.stream().filter(processor -> caughtUp(processor, head)).forEach(processor -> caughtUpAfter
                    .putIfAbsent(processor.getName(), Math.round((System.nanoTime() - start) / 1e7) / 100.0));
            if (processors.stream().anyMatch(StreamingEventProcessor::isError) || System.nanoTime() > deadline) {
                throw new IllegalStateException("Replay of " + names + " failed or hung: " + processors.stream()
                        .map(StreamingEventProcessor::processingStatus).toList());
            }
            if (++polls % 200 == 0) {
                System.out.println("benchmark: replaying " + variant + ": " + processors.stream()
                        .map(processor -> processor.getName() + processor.processingStatus().values().stream()
                                .map(segment -> segment.getCurrentPosition().orElse(-1)).toList()).toList());
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        processors.forEach(processor -> caughtUpAfter.putIfAbsent(processor.getName(), Math.round(seconds * 100) / 100.0));
        results.fact("3 replay: work per 1,000 events, " + variant, Work.now(jdbc).per(before, (int) (events / 1000)));
        if (processors.size() > 1) {
            results.fact("3 replay: seconds until each passed the head, " + variant, caughtUpAfter);
        }
        return Figures.of("3 replay", variant, events, seconds);
    }

    /** The processors that rebuild projections (those that may be reset). */
    List<String> replayable() {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor streaming && streaming.supportsReset())
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static boolean caughtUp(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        // not isReplaying(): a replay token stays one until an event after the reset position arrives
        return !status.isEmpty() && status.values().stream().allMatch(segment ->
                segment.getCurrentPosition().orElse(-1) >= head);
    }

    /** The limit: every row read in order with a cursor, its payload and metadata parsed as JSON. */
    Figures limit() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        long rows = 0;
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT global_index, payload_type, payload, meta_data FROM domain_event_entry ORDER BY global_index")) {
                statement.setFetchSize(1000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        json.readTree(rs.getBytes(3));
                        json.readTree(rs.getBytes(4));
                        rows++;
                    }
                }
            }
            connection.commit();
        }
        return Figures.of("3 replay", "limit: JDBC read + JSON parse", rows, (System.nanoTime() - start) / 1e9);
    }
}
