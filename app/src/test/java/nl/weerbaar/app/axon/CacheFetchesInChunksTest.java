package nl.weerbaar.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;

/** The shared reader's blocking reads end after a chunk; a processor's own reads are whole. */
class CacheFetchesInChunksTest {

    private final AtomicBoolean closed = new AtomicBoolean();
    private final CacheFetchesInChunks engine = new CacheFetchesInChunks(new TenThousandEvents(), 1_000);

    @Test
    void theSharedReadersBlockingReadEndsAfterAChunkAndClosesTheStoresStream() {
        try (Stream<? extends TrackedEventMessage<?>> read = engine.readEvents(null, true)) {
            assertThat(read.count()).isEqualTo(1_000);
        }
        assertThat(closed).isTrue();
    }

    @Test
    void aProcessorsOwnReadGoesToTheEnd() {
        assertThat(engine.readEvents(null, false).count()).isEqualTo(10_000);
    }

    private final class TenThousandEvents implements EventStorageEngine {

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            return LongStream.range(0, 10_000).mapToObj(index -> new GenericTrackedEventMessage<>(
                    new GlobalSequenceTrackingToken(index), GenericEventMessage.asEventMessage("event " + index)))
                    .onClose(() -> closed.set(true));
        }

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            throw new AssertionError("not used");
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            throw new AssertionError("not used");
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            throw new AssertionError("not used");
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            throw new AssertionError("not used");
        }
    }
}
