package nl.weerbaar.app.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Workload 1: officials report over HTTP; beside it the limit: plain one-row-per-transaction inserts of
 * rows the size of a stored {@code IncidentReported} into a table shaped like {@code domain_event_entry},
 * through the application's own connection pool, at the same concurrency.
 */
final class ReportingWorkload {

    private final Http http;
    private final JdbcTemplate jdbc;
    private final Queue<UUID> reported = new ConcurrentLinkedQueue<>();

    ReportingWorkload(Http http, DataSource dataSource) {
        this.http = http;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Incidents reported so far, for the decision workload. */
    List<UUID> reported() {
        return new ArrayList<>(reported);
    }

    List<Figures> run(int[] clientCounts, int perLevel, int warmUp, Results results) throws Exception {
        String token = http.token("raadslid", "demo");
        Load.Operation report = i -> {
            UUID id = UUID.randomUUID();
            http.post(token, "/api/incidents", Payloads.report(id), 201);
            reported.add(id);
        };
        Load.run("warm-up", "HTTP", 8, warmUp, report);
        List<Figures> figures = new ArrayList<>();
        for (int clients : clientCounts) {
            int count = perLevel * Math.max(1, clients / 8 + 1);
            Work before = Work.now(jdbc);
            figures.add(Load.run("1 reporting", "POST /api/incidents", clients, count, report));
            results.fact("1 reporting: work per report at " + clients + " clients",
                    Work.now(jdbc).per(before, count));
        }
        prepareLimitTable();
        Row row = typicalRow();
        Load.Operation insert = i -> jdbc.update("""
                INSERT INTO benchmark_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, 0, 'Incident', ?, ?, '1', ?, ?)""",
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), row.timestamp(), row.payloadType(),
                row.payload(), row.metaData());
        Load.run("warm-up", "JDBC", 8, warmUp, insert);
        for (int clients : clientCounts) {
            figures.add(Load.run("1 reporting", "limit: JDBC insert", clients,
                    perLevel * Math.max(1, clients / 8 + 1), insert));
        }
        jdbc.execute("DROP TABLE benchmark_event_entry");
        jdbc.execute("DROP SEQUENCE benchmark_event_entry_seq");
        return figures;
    }

    private void prepareLimitTable() {
        jdbc.execute("DROP TABLE IF EXISTS benchmark_event_entry");
        // same columns and indexes as the event store, but a sequence of its own: sharing the store's would
        // leave thousands of gaps in its global index, which the processors then track (and wait for)
        jdbc.execute("CREATE TABLE benchmark_event_entry (LIKE domain_event_entry INCLUDING ALL)");
        jdbc.execute("DROP SEQUENCE IF EXISTS benchmark_event_entry_seq");
        jdbc.execute("CREATE SEQUENCE benchmark_event_entry_seq");
        jdbc.execute("ALTER TABLE benchmark_event_entry ALTER COLUMN global_index "
                + "SET DEFAULT nextval('benchmark_event_entry_seq')");
    }

    record Row(String timestamp, String payloadType, byte[] payload, byte[] metaData) {
    }

    /** A stored report as it is: its payload (with sealed personal data) and metadata, byte for byte. */
    private Row typicalRow() {
        return jdbc.queryForObject("""
                SELECT time_stamp, payload_type, payload, meta_data FROM domain_event_entry
                WHERE payload_type LIKE '%IncidentReported' ORDER BY global_index DESC LIMIT 1""",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getBytes(4)));
    }
}
