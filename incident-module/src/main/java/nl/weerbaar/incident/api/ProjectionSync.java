package nl.weerbaar.incident.api;

import java.time.Duration;

/**
 * Read-your-writes for people: projections run asynchronously, so a page or API answer right after a
 * command first waits (briefly, bounded) until the projection it reads has caught up with the events
 * that request appended, or, when it appended none, with every event stored so far. The application
 * provides it.
 */
public interface ProjectionSync {

    Duration DEFAULT_WAIT = Duration.ofSeconds(5);

    /** @return {@code false} when the projection was still behind after the timeout */
    boolean awaitCaughtUp(String projection, Duration timeout);

    default boolean awaitCaughtUp(String projection) {
        return awaitCaughtUp(projection, DEFAULT_WAIT);
    }

    /** Waits until every projection has caught up, for work that reads several (the retention job). */
    boolean awaitAllCaughtUp(Duration timeout);
}
