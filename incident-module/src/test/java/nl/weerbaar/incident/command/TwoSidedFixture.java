package nl.weerbaar.incident.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.incident.api.RetentionPolicy;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;

/**
 * For the handlers that decide across aggregates (an incident and profiles, or two profiles), which
 * {@code AggregateTestFixture} cannot host: a real Axon with an in-memory event store. Given each
 * aggregate's history, when a command, then each aggregate's new events (or none, when refused).
 */
final class TwoSidedFixture implements AutoCloseable {

    private final Configuration axon;
    private final Map<String, Integer> givenCounts = new HashMap<>();

    TwoSidedFixture(Clock clock) {
        ZoneId zone = clock.getZone();
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(configuration -> new InMemoryEventStorageEngine())
                .configureAggregate(Incident.class)
                .configureAggregate(Perpetrator.class)
                .registerComponent(Clock.class, configuration -> clock)
                .registerComponent(OfficialDirectory.class, configuration -> official -> Optional.empty())
                .registerComponent(ReferenceSequence.class, configuration -> new CountingReferenceSequence(zone, 0))
                .registerComponent(NormCatalogue.class, configuration -> norm -> Optional.empty())
                .registerComponent(RetentionPolicy.class, configuration -> new RetentionPolicy(Period.ofYears(5)))
                .registerCommandHandler(configuration -> new PerpetratorLinking(
                        configuration.repository(Incident.class), configuration.repository(Perpetrator.class)))
                .registerCommandHandler(configuration -> new PerpetratorMerging(
                        configuration.repository(Perpetrator.class)))
                .registerCommandHandler(configuration -> new PerpetratorErasure(
                        configuration.repository(Perpetrator.class)))
                .buildConfiguration();
        axon.start();
    }

    /** The aggregate's history so far; call once per aggregate. */
    TwoSidedFixture given(Class<?> aggregateType, Object aggregateId, Object... events) {
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        for (int sequence = 0; sequence < events.length; sequence++) {
            messages.add(new GenericDomainEventMessage<>(aggregateType.getSimpleName(), aggregateId.toString(),
                    sequence, events[sequence]));
        }
        eventStore().publish(messages);
        givenCounts.put(aggregateId.toString(), events.length);
        return this;
    }

    /** Sends the command; answers the refusal, or {@code null} when it was accepted. */
    RuntimeException when(Object command) {
        try {
            axon.commandGateway().sendAndWait(command);
            return null;
        } catch (RuntimeException refused) {
            return refused;
        }
    }

    /** The events the command added to the aggregate's stream. */
    List<Object> newEvents(Object aggregateId) {
        return eventStore().readEvents(aggregateId.toString()).asStream()
                .skip(givenCounts.getOrDefault(aggregateId.toString(), 0))
                .map(Message::getPayload)
                .map(Object.class::cast)
                .toList();
    }

    /** The command was refused for exactly this broken rule. */
    static void assertViolates(RuntimeException refusal, String field, String code) {
        assertThat(refusal).isInstanceOfSatisfying(RuleViolationException.class,
                rejected -> assertThat(rejected.violations()).containsExactly(new RuleViolation(field, code)));
    }

    private EventStore eventStore() {
        return axon.eventStore();
    }

    @Override
    public void close() {
        axon.shutdown();
    }
}
