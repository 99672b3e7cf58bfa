package nl.weerbaar.app.axon;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.weerbaar.incident.api.ProjectionSync;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Waits until every segment of a projection's processor has passed the last event the current request
 * appended ({@link RequestWrites}), or else the head of the event store. The
 * segments this node processes are checked in memory; with several nodes, the others' segments are
 * checked in {@code token_entry}, so an answer given by one node never runs ahead of a projection row
 * that another node writes.
 */
@Component
class TrackingProjectionSync implements ProjectionSync {

    /** Between two looks at {@code token_entry}: often enough to answer quickly, rare enough to cost little. */
    private static final long DATABASE_POLL_NANOS = Duration.ofMillis(20).toNanos();

    private final EventStore eventStore;
    private final EventProcessingConfiguration eventProcessing;
    private final TokenPositions tokens;
    private final RequestWrites requestWrites;

    TrackingProjectionSync(EventStore eventStore, EventProcessingConfiguration eventProcessing,
            TokenPositions tokens, RequestWrites requestWrites) {
        this.eventStore = eventStore;
        this.eventProcessing = eventProcessing;
        this.tokens = tokens;
        this.requestWrites = requestWrites;
    }

    @Override
    public boolean awaitCaughtUp(String projection, Duration timeout) {
        StreamingEventProcessor processor = eventProcessing
                .eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No streaming projection named " + projection));
        return awaitCaughtUp(Map.of(projection, processor), timeout);
    }

    @Override
    public boolean awaitAllCaughtUp(Duration timeout) {
        Map<String, StreamingEventProcessor> processors = new TreeMap<>();
        eventProcessing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.put(name, streaming);
            }
        });
        return awaitCaughtUp(processors, timeout);
    }

    private boolean awaitCaughtUp(Map<String, StreamingEventProcessor> processors, Duration timeout) {
        long target = requestWrites.lastPosition().orElseGet(this::head);
        if (target < 0) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextDatabaseLook = System.nanoTime();
        while (true) {
            boolean lookInDatabase = System.nanoTime() >= nextDatabaseLook;
            if (processors.entrySet().stream()
                    .allMatch(entry -> caughtUp(entry.getKey(), entry.getValue(), target, lookInDatabase))) {
                return true;
            }
            if (lookInDatabase) {
                nextDatabaseLook = System.nanoTime() + DATABASE_POLL_NANOS;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /**
     * Every segment has passed the target: those claimed here by their status in memory, the rest by
     * their token in the database (read only when {@code lookInDatabase}; until then, not caught up).
     */
    private boolean caughtUp(String name, StreamingEventProcessor processor, long target, boolean lookInDatabase) {
        Map<Integer, EventTrackerStatus> local = processor.processingStatus();
        if (!local.values().stream().allMatch(status -> status.getCurrentPosition().orElse(-1) >= target)) {
            return false;
        }
        if (holdsEverySegment(local)) {
            return true;
        }
        if (!lookInDatabase) {
            return false;
        }
        List<TokenPositions.SegmentPosition> segments = tokens.of(name);
        return !segments.isEmpty() && segments.stream().allMatch(segment -> local.containsKey(segment.segment())
                || segment.position() >= target);
    }

    /** A segment with mask m covers 1/(m+1) of the events: the shares held here add up to all of them. */
    private static boolean holdsEverySegment(Map<Integer, EventTrackerStatus> local) {
        double share = local.values().stream().mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum();
        return share >= 1.0;
    }
}
