package nl.weerbaar.app.maintenance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import nl.weerbaar.incident.api.ConflictException;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a projection by replay: its streaming processor is shut down, its tokens reset (its
 * {@code @ResetHandler} empties its tables) and started again, so it processes every event from the first.
 * Progress is measured against the head of the event store when the rebuild started: events processed
 * (those up to the lowest position of its segments) of the total, the rate since the start and the time
 * left at that rate. The rebuild runs in the background; its progress is kept in memory on the node that
 * started it (a restart forgets the progress, not the rebuild: the reset tokens carry on replaying).
 */
@Component
public class ProjectionMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionMaintenance.class);

    /** @param reset whether the tokens were reset and the processor started again: before that, nothing counts */
    private record Rebuild(String requestedBy, Instant startedAt, long head, long total, boolean reset,
            Instant finishedAt) {

        Rebuild resetDone() {
            return new Rebuild(requestedBy, startedAt, head, total, true, finishedAt);
        }

        Rebuild finished(Instant at) {
            return new Rebuild(requestedBy, startedAt, head, total, reset, at);
        }
    }

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(new AxonThreadFactory("rebuild"));
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();

    ProjectionMaintenance(EventProcessingConfiguration processing, JdbcTemplate jdbc, Clock clock) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<ProjectionStatus> all() {
        return processing.eventProcessors().keySet().stream().sorted(Comparator.naturalOrder())
                .map(this::status).flatMap(Optional::stream).toList();
    }

    /** The projection's status, or empty when there is no streaming projection by that name. */
    public Optional<ProjectionStatus> status(String name) {
        return processor(name).map(processor -> status(name, processor));
    }

    /**
     * Starts rebuilding the projection; answers its status at once. A rebuild of the same projection still
     * running on this node is a conflict.
     */
    public Optional<ProjectionStatus> rebuild(String name, String requestedBy) {
        Optional<StreamingEventProcessor> found = processor(name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StreamingEventProcessor processor = found.get();
        long head = jdbc.queryForObject("SELECT coalesce(max(global_index), -1) FROM domain_event_entry", Long.class);
        long total = eventsUpTo(head);
        Rebuild rebuild = new Rebuild(requestedBy, clock.instant(), head, total, false, null);
        Rebuild running = rebuilds.compute(name, (key, before) -> before != null && before.finishedAt() == null
                ? before : rebuild);
        if (running != rebuild) {
            throw new ConflictException("Deze projectie wordt al opnieuw opgebouwd.");
        }
        LOG.info("Projection {} is rebuilt by replay of {} events, at the request of {}", name, total, requestedBy);
        background.submit(() -> {
            try {
                processor.shutDown();
                processor.resetTokens();
            } finally {
                processor.start();
                rebuilds.computeIfPresent(name, (key, current) -> current.resetDone());
            }
        });
        return status(name);
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long position = segments.isEmpty() ? -1 : segments.values().stream()
                .mapToLong(segment -> segment.getCurrentPosition().orElse(-1)).min().orElse(-1);
        Rebuild rebuild = rebuilds.get(name);
        RebuildProgress progress = rebuild == null ? null
                : progress(name, rebuild, position, processor.isRunning() && !segments.isEmpty());
        // Axon reports a replay until an event beyond the reset point arrives; a finished rebuild is not replaying.
        boolean replaying = progress != null ? progress.finishedAt() == null
                : segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        String state = processor.isError() ? "ERROR" : !processor.isRunning() ? "STOPPED"
                : replaying ? "REPLAYING" : "RUNNING";
        return new ProjectionStatus(name, state, position, progress);
    }

    /** Done once every segment has passed the head the rebuild started from. */
    private RebuildProgress progress(String name, Rebuild rebuild, long position, boolean claimed) {
        if (rebuild.finishedAt() != null) {
            return new RebuildProgress(rebuild.requestedBy(), rebuild.startedAt(), rebuild.total(), rebuild.total(),
                    rate(rebuild.total(), rebuild.startedAt(), rebuild.finishedAt()), 0L, rebuild.finishedAt());
        }
        Instant now = clock.instant();
        long processed = position < 0 ? 0 : Math.min(rebuild.total(), eventsUpTo(Math.min(position, rebuild.head())));
        if (!rebuild.reset()) {
            return new RebuildProgress(rebuild.requestedBy(), rebuild.startedAt(), 0, rebuild.total(), 0, null, null);
        }
        boolean done = claimed && position >= rebuild.head();
        if (done) {
            Rebuild finished = rebuild.finished(now);
            rebuilds.replace(name, rebuild, finished);
            LOG.info("Projection {} rebuilt: {} events in {}", name, rebuild.total(),
                    Duration.between(rebuild.startedAt(), now));
            return progress(name, finished, position, true);
        }
        double rate = rate(processed, rebuild.startedAt(), now);
        Long secondsLeft = rate > 0 ? (long) Math.ceil((rebuild.total() - processed) / rate) : null;
        return new RebuildProgress(rebuild.requestedBy(), rebuild.startedAt(), processed, rebuild.total(), rate,
                secondsLeft, null);
    }

    private static double rate(long events, Instant from, Instant to) {
        double seconds = Math.max(0.001, Duration.between(from, to).toMillis() / 1000.0);
        return Math.round(events / seconds * 10) / 10.0;
    }

    private long eventsUpTo(long globalIndex) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index <= ?", Long.class,
                globalIndex);
    }

    private Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    @PreDestroy
    void shutDown() {
        background.shutdownNow();
    }
}
