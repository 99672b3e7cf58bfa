package nl.weerbaar.incident.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection's writes, sent to the database together when the processor commits its batch instead of
 * one round trip per event: a replay spent most of its time waiting for those round trips
 * (docs/benchmarks.md). Each write names the row it is about (its key); the writes about one row keep
 * their order, writes about different rows do not depend on each other, so equal statements about
 * different rows are sent as one JDBC batch.
 *
 * <p>Only for handlers that write and never read their own table within the batch. Outside a unit of
 * work (a projection's unit test) each write is sent at once.
 */
final class BatchedWrites {

    private record Write(Object key, String sql, Object[] arguments) {
    }

    private final JdbcTemplate jdbc;
    private final String resource;

    BatchedWrites(JdbcTemplate jdbc, String projection) {
        this.jdbc = jdbc;
        this.resource = BatchedWrites.class.getName() + "." + projection;
    }

    void update(Object key, String sql, Object... arguments) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, arguments);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        List<Write> pending = batch.getOrComputeResource(resource, name -> {
            List<Write> writes = new ArrayList<>();
            batch.onPrepareCommit(unit -> send(writes));
            return writes;
        });
        pending.add(new Write(key, sql, arguments));
    }

    /**
     * In rounds: the first write about each row, then the second, and so on; within a round every row
     * occurs once, so its writes may be grouped by statement.
     */
    private void send(List<Write> writes) {
        Map<Object, Integer> seen = new HashMap<>();
        List<Map<String, List<Object[]>>> rounds = new ArrayList<>();
        for (Write write : writes) {
            int round = seen.merge(write.key(), 1, Integer::sum) - 1;
            if (rounds.size() == round) {
                rounds.add(new LinkedHashMap<>());
            }
            rounds.get(round).computeIfAbsent(write.sql(), sql -> new ArrayList<>()).add(write.arguments());
        }
        for (Map<String, List<Object[]>> round : rounds) {
            round.forEach(jdbc::batchUpdate);
        }
        writes.clear();
    }
}
