package nl.weerbaar.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.junit.jupiter.api.Test;

/** A command's actor reaches its events; a stored event handled by a projection is not asked. */
class NotForStoredEventsTest {

    private final NotForStoredEvents actor = new NotForStoredEvents(new SimpleCorrelationDataProvider("actor"));

    @Test
    void aCommandPassesItsActorOn() {
        var command = new GenericCommandMessage<>("report", MetaData.with("actor", "griffier"));

        assertThat(actor.correlationDataFor(command)).isEqualTo(Map.of("actor", "griffier"));
    }

    @Test
    void aStoredEventInAProjectionIsNotAsked() {
        var stored = new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(7),
                new GenericEventMessage<>("reported", MetaData.with("actor", "griffier"))) {
            @Override
            public MetaData getMetaData() {
                throw new AssertionError("the metadata was read");
            }
        };

        assertThat(actor.correlationDataFor(stored)).isEmpty();
    }
}
