package nl.weerbaar.app.axon;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Retries a command that lost a race on the same aggregate (two requests appending to one incident,
 * or creating it, at once): the retry loads the winner's events and decides again. Any other failure
 * (a broken rule, a refusal) is final and answered at once.
 */
class ConcurrencyRetryScheduler implements RetryScheduler {

    private final ScheduledExecutorService executor;
    private final int maxRetries;

    ConcurrencyRetryScheduler(ScheduledExecutorService executor, int maxRetries) {
        this.executor = executor;
        this.maxRetries = maxRetries;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
            List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        if (!(lastFailure instanceof ConcurrencyException || lastFailure instanceof AggregateStreamCreationException)
                || failures.size() > maxRetries) {
            return false;
        }
        // A little jitter keeps two losers from colliding again.
        executor.schedule(dispatchTask, ThreadLocalRandom.current().nextLong(1, 20L * failures.size()),
                TimeUnit.MILLISECONDS);
        return true;
    }
}
