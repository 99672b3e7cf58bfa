package nl.weerbaar.app.axon;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The event store as the pooled processors read it, with one difference: a processor waiting for new
 * events is woken when this node commits some. Axon's own stream over a JDBC event store cannot wake a
 * pooled processor (it has no availability callback), so the processor looked again only every 500 ms
 * and every page showing what was just decided waited up to half a second for its projection (measured
 * in docs/benchmarks.md). Events committed by another node are noticed by a wake-up every
 * {@code fallback}, as before.
 */
final class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    /** How long a woken stream waits for the store's reader to fetch what was just committed. */
    private static final int FETCH_WAIT_MILLIS = 100;

    private final EventStore store;
    private final Set<PromptStream> open = ConcurrentHashMap.newKeySet();

    PromptEventSource(EventStore store, ScheduledExecutorService timer, Duration fallback) {
        this.store = store;
        store.subscribe(events -> {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(unitOfWork -> wakeAll(true));
            } else {
                wakeAll(true);
            }
        });
        timer.scheduleWithFixedDelay(() -> wakeAll(false), fallback.toMillis(), fallback.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        PromptStream stream = new PromptStream(store.openStream(token));
        open.add(stream);
        return stream;
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    /** @param committedHere whether this node just committed events (else: a look for other nodes' events) */
    private void wakeAll(boolean committedHere) {
        open.forEach(stream -> stream.wake(committedHere));
    }

    /** A stream of the store that says it can call back, and does when woken. */
    private final class PromptStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable onAvailable;
        private volatile boolean woken;

        PromptStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        void wake(boolean committedHere) {
            woken |= committedHere;
            Runnable callback = onAvailable;
            if (callback != null) {
                callback.run();
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            onAvailable = callback;
            return true;
        }

        /**
         * After a wake-up the store's reader may still be fetching the new events (it is told at the same
         * commit), so the first look waits a moment for them instead of missing them until the next wake-up.
         */
        @Override
        public boolean hasNextAvailable() {
            if (woken) {
                woken = false;
                try {
                    return delegate.hasNextAvailable(FETCH_WAIT_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return delegate.hasNextAvailable();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            open.remove(this);
            onAvailable = null;
            delegate.close();
        }
    }
}
