package nl.weerbaar.app.axon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.weerbaar.app.nodes.Nodes;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.ObjectProvider;

/**
 * How many segments of a processor this node may claim: its fair share among the live nodes. Axon's
 * coordinator asks on every claim round and releases segments above it, so when a second node joins,
 * the first hands it half the segments; when a node disappears, the survivors' share grows and they
 * claim its segments once its claims have expired.
 */
class FairShareOfSegments implements MaxSegmentProvider {

    private record Count(int segments, long readAt) {
    }

    private final Nodes nodes;
    private final ObjectProvider<TokenStore> tokenStore;
    private final int initialSegments;
    private final long maxAgeNanos;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    /** @param maxAgeMillis how long a processor's segment count is reused before it is read again */
    FairShareOfSegments(Nodes nodes, ObjectProvider<TokenStore> tokenStore, int initialSegments, long maxAgeMillis) {
        this.nodes = nodes;
        this.tokenStore = tokenStore;
        this.initialSegments = initialSegments;
        this.maxAgeNanos = maxAgeMillis * 1_000_000;
    }

    @Override
    public int getMaxSegments(String processor) {
        return nodes.fairShare(segments(processor));
    }

    /** Segments may be split or merged at run time, so the count comes from the token store. */
    private int segments(String processor) {
        Count count = counts.get(processor);
        if (count == null || System.nanoTime() - count.readAt() > maxAgeNanos) {
            int stored = tokenStore.getObject().fetchSegments(processor).length;
            count = new Count(stored == 0 ? initialSegments : stored, System.nanoTime());
            counts.put(processor, count);
        }
        return count.segments();
    }
}
