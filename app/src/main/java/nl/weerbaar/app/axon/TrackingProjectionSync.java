package nl.weerbaar.app.axon;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.weerbaar.incident.api.ProjectionSync;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Waits until every segment of a projection's processor has passed the head of the event store. */
@Component
class TrackingProjectionSync implements ProjectionSync {

    private final EventStore eventStore;
    private final EventProcessingConfiguration eventProcessing;

    TrackingProjectionSync(EventStore eventStore, EventProcessingConfiguration eventProcessing) {
        this.eventStore = eventStore;
        this.eventProcessing = eventProcessing;
    }

    @Override
    public boolean awaitCaughtUp(String projection, Duration timeout) {
        StreamingEventProcessor processor = eventProcessing
                .eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No streaming projection named " + projection));
        return awaitCaughtUp(List.of(processor), timeout);
    }

    @Override
    public boolean awaitAllCaughtUp(Duration timeout) {
        return awaitCaughtUp(eventProcessing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList(),
                timeout);
    }

    private boolean awaitCaughtUp(List<StreamingEventProcessor> processors, Duration timeout) {
        TrackingToken head = eventStore.createHeadToken();
        long target = head == null ? -1 : head.position().orElse(-1);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!processors.stream().allMatch(processor -> caughtUp(processor, target))) {
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
        return true;
    }

    /** Every claimed segment has passed the target; a segment not yet claimed by anyone cannot be waited for. */
    private static boolean caughtUp(StreamingEventProcessor processor, long target) {
        if (target < 0) {
            return true;
        }
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        return !segments.isEmpty()
                && segments.values().stream().allMatch(status -> status.getCurrentPosition().orElse(-1) >= target);
    }
}
