package nl.weerbaar.incident.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.incident.api.NormAdopted;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NormRetired;
import nl.weerbaar.incident.api.NormRevised;
import nl.weerbaar.incident.api.NormVersion;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * The catalogue answers from the norm's own events, as an assessment's command handler asks it (inside
 * a unit of work): the current version, or nothing for an unknown or retired norm.
 */
class EventSourcedNormCatalogueTest {

    private static final NormId NORM = new NormId(UUID.fromString("b0000000-0000-4000-8000-000000000002"));
    private static final LocalDate ADOPTED_ON = LocalDate.of(2025, 10, 14);

    private final EventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final NormCatalogue catalogue = new EventSourcedNormCatalogue(
            EventSourcingRepository.builder(Norm.class).eventStore(events).build());

    @Test
    void anUnknownNormHasNoApplicableVersion() {
        assertThat(applicable(NORM)).isEmpty();
    }

    @Test
    void anAdoptedNormAppliesInVersionOne() {
        store(new NormAdopted(NORM, 1, "N2", "Bedreiging", "Dreigen iets aan te doen.", ADOPTED_ON));

        assertThat(applicable(NORM)).contains(new NormVersion(NORM, 1));
    }

    @Test
    void aRevisedNormAppliesInItsLatestVersion() {
        store(new NormAdopted(NORM, 1, "N2", "Bedreiging", "Dreigen iets aan te doen.", ADOPTED_ON),
                new NormRevised(NORM, 2, "Bedreiging", "Dreigen, ook online.", ADOPTED_ON.plusMonths(2)),
                new NormRevised(NORM, 3, "Bedreiging", "Dreigen, ook online of via anderen.", ADOPTED_ON.plusMonths(5)));

        assertThat(applicable(NORM)).contains(new NormVersion(NORM, 3));
    }

    @Test
    void aRetiredNormNoLongerApplies() {
        store(new NormAdopted(NORM, 1, "N2", "Bedreiging", "Dreigen iets aan te doen.", ADOPTED_ON),
                new NormRevised(NORM, 2, "Bedreiging", "Dreigen, ook online.", ADOPTED_ON.plusMonths(2)),
                new NormRetired(NORM, 2, ADOPTED_ON.plusMonths(6)));

        assertThat(applicable(NORM)).isEmpty();
    }

    private Optional<NormVersion> applicable(NormId normId) {
        return DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> catalogue.applicable(normId))
                .getPayload();
    }

    private void store(Object... payloads) {
        for (int sequence = 0; sequence < payloads.length; sequence++) {
            events.publish(new GenericDomainEventMessage<>("Norm", NORM.toString(), sequence, payloads[sequence]));
        }
    }
}
