package nl.weerbaar.app.axon;

import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health is UP only while every event processor runs without error: a stalled projection is an outage. */
@Component("eventProcessors")
class EventProcessorsHealthIndicator implements HealthIndicator {

    private final EventProcessingConfiguration eventProcessing;

    EventProcessorsHealthIndicator(EventProcessingConfiguration eventProcessing) {
        this.eventProcessing = eventProcessing;
    }

    @Override
    public Health health() {
        Map<String, EventProcessor> processors = eventProcessing.eventProcessors();
        Health.Builder health = Health.up();
        for (Map.Entry<String, EventProcessor> entry : processors.entrySet()) {
            EventProcessor processor = entry.getValue();
            boolean failing = processor instanceof StreamingEventProcessor streaming && streaming.isError();
            String state = !processor.isRunning() ? "STOPPED" : failing ? "ERROR" : "RUNNING";
            health.withDetail(entry.getKey(), state);
            if (!"RUNNING".equals(state)) {
                health.down();
            }
        }
        return health.build();
    }
}
