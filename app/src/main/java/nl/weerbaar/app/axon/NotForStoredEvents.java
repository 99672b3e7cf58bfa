package nl.weerbaar.app.axon;

import java.util.Map;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Correlation data travels from the message being handled to the messages its handler creates: from a
 * command to its events. Projections handle stored events and create no messages (no event handler may
 * dispatch one: {@code ArchitectureTest}), but Axon still asks the providers for every event it hands a
 * projection, for a result message it then discards, and so deserializes each event's metadata: a tenth
 * of a projection's time in a replay. For an event read from the store the providers answer nothing.
 */
final class NotForStoredEvents implements CorrelationDataProvider {

    private final CorrelationDataProvider delegate;

    NotForStoredEvents(CorrelationDataProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        return message instanceof TrackedEventMessage ? Map.of() : delegate.correlationDataFor(message);
    }
}
