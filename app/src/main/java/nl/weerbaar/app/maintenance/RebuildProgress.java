package nl.weerbaar.app.maintenance;

import java.time.Instant;

/**
 * How far a rebuild has come: events of the store up to its head at the start, processed so far.
 *
 * @param eventsPerSecond since the start of the rebuild
 * @param secondsLeft     estimated from that rate, or {@code null} while nothing is processed yet
 * @param finishedAt      {@code null} while it runs
 */
public record RebuildProgress(String requestedBy, Instant startedAt, long processed, long total, double eventsPerSecond,
        Long secondsLeft, Instant finishedAt) {

    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, processed * 100 / total);
    }
}
