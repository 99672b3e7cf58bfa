package nl.weerbaar.app.axon;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.app.nodes.Nodes;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The projections' state as metrics ({@code /actuator/metrics}), tagged with the processor's name:
 * <ul>
 * <li>{@code weerbaar.processor.lag}: events in the store that the processor's slowest segment has not
 * passed yet, whichever node holds it (from {@code token_entry}; an upper bound, since the global index
 * has gaps). Near 0 when idle; steadily rising means a stalled segment.</li>
 * <li>{@code weerbaar.processor.segments.claimed}: segments this node processes now.</li>
 * <li>{@code weerbaar.processor.running}: 1 while this node's processor runs without error.</li>
 * </ul>
 * and {@code weerbaar.nodes.live}, the nodes this one sees. Read from the database at most once a second.
 */
@Component
class EventProcessorMetrics {

    private static final long MAX_AGE_NANOS = 1_000_000_000L;

    private final EventProcessingConfiguration eventProcessing;
    private final EventStore eventStore;
    private final TokenPositions tokens;
    private final Nodes nodes;
    private volatile Map<String, Long> lags = Map.of();
    private volatile long lagsReadAt;

    EventProcessorMetrics(EventProcessingConfiguration eventProcessing, EventStore eventStore, TokenPositions tokens,
            Nodes nodes) {
        this.eventProcessing = eventProcessing;
        this.eventStore = eventStore;
        this.tokens = tokens;
        this.nodes = nodes;
    }

    /** Once Axon has built every processor. */
    @EventListener(ApplicationReadyEvent.class)
    void register(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBeanProvider(MeterRegistry.class).ifAvailable(this::bindTo);
    }

    void bindTo(MeterRegistry registry) {
        Gauge.builder("weerbaar.nodes.live", nodes, Nodes::liveCount)
                .description("Application nodes seen within the claim timeout, this one included")
                .register(registry);
        eventProcessing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("weerbaar.processor.lag", () -> lag(name))
                        .tag("processor", name)
                        .description("Events not yet passed by the processor's slowest segment, on any node")
                        .register(registry);
                Gauge.builder("weerbaar.processor.segments.claimed", () -> streaming.processingStatus().size())
                        .tag("processor", name)
                        .description("Segments of the processor this node processes")
                        .register(registry);
                Gauge.builder("weerbaar.processor.running",
                                () -> streaming.isRunning() && !streaming.isError() ? 1 : 0)
                        .tag("processor", name)
                        .description("1 while the processor runs on this node without error")
                        .register(registry);
            }
        });
    }

    long lag(String processor) {
        if (System.nanoTime() - lagsReadAt > MAX_AGE_NANOS) {
            lags = readLags();
            lagsReadAt = System.nanoTime();
        }
        return lags.getOrDefault(processor, 0L);
    }

    private Map<String, Long> readLags() {
        TrackingToken headToken = eventStore.createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        Map<String, Long> result = new HashMap<>();
        for (Map.Entry<String, List<TokenPositions.SegmentPosition>> processor : tokens.all().entrySet()) {
            long slowest = processor.getValue().stream().mapToLong(TokenPositions.SegmentPosition::position)
                    .min().orElse(-1);
            result.put(processor.getKey(), Math.max(0, head - slowest));
        }
        return Map.copyOf(result);
    }
}
