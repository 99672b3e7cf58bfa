package nl.weerbaar.app.audit;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recomputes the hash chain from the event store as it is now and compares it with the chain the
 * audit trail recorded when each event arrived. The first position where they differ is where the
 * history was changed by hand: a row edited (its hash differs), removed (an entry without its event)
 * or added (an event without its entry). Events newer than the trail's last entry are not yet part of
 * the chain; they are counted as pending.
 *
 * <p>It reads both tables in slices, so memory stays flat however long the history is.
 */
@Component
class ChainVerification {

    /** @param firstBrokenPosition {@code null} when verified; {@code head} the last hash verified */
    record Result(boolean verified, long entries, Long firstBrokenPosition, String reason, String head, long pending) {
    }

    static final String EDITED = "edited";
    static final String MISSING = "missing";
    static final String UNTRAILED = "untrailed";
    private static final int SLICE = 1_000;

    private final JdbcTemplate jdbc;

    ChainVerification(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Result verify() {
        Long last = jdbc.queryForObject("SELECT max(position) FROM audit_entry", Long.class);
        long end = last == null ? -1 : last;
        String hash = HashChain.START;
        long verified = 0;
        long after = Long.MIN_VALUE;
        while (after < end) {
            List<Map<String, Object>> entries = jdbc.queryForList(
                    "SELECT position, hash FROM audit_entry WHERE position > ? ORDER BY position LIMIT ?", after, SLICE);
            long upTo = entries.isEmpty() ? end : (Long) entries.get(entries.size() - 1).get("position");
            List<StoredEvent> events = jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry "
                    + "WHERE global_index > ? AND global_index <= ? ORDER BY global_index",
                    (row, n) -> StoredEvent.read(row), after, upTo);
            int e = 0;
            int s = 0;
            while (e < entries.size() || s < events.size()) {
                Long entryPosition = e < entries.size() ? (Long) entries.get(e).get("position") : null;
                Long eventPosition = s < events.size() ? events.get(s).globalIndex() : null;
                if (eventPosition == null || (entryPosition != null && entryPosition < eventPosition)) {
                    return broken(verified, entryPosition, MISSING, hash);
                }
                if (entryPosition == null || eventPosition < entryPosition) {
                    return broken(verified, eventPosition, UNTRAILED, hash);
                }
                String recomputed = HashChain.link(hash, HashChain.digest(events.get(s)));
                if (!recomputed.equals(((String) entries.get(e).get("hash")).strip())) {
                    return broken(verified, entryPosition, EDITED, hash);
                }
                hash = recomputed;
                verified++;
                e++;
                s++;
            }
            after = upTo;
        }
        long pending = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index > ?", Long.class,
                end);
        return new Result(true, verified, null, null, hash, pending);
    }

    private Result broken(long verified, long position, String reason, String head) {
        return new Result(false, verified, position, reason, head, 0);
    }
}
