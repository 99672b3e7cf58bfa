package nl.weerbaar.app.nodes;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The live application nodes, from {@code application_node}: each node writes a heartbeat (database
 * time, so the nodes' clocks need not agree) a few times per claim timeout, and a node not seen for a
 * claim timeout counts as gone. A node joins only once it is ready (its processors run), so the others
 * do not hand it segments it cannot process yet, and leaves as soon as it starts shutting down.
 */
public class Nodes {

    private static final Logger LOG = LoggerFactory.getLogger(Nodes.class);

    private final JdbcTemplate jdbc;
    private final NodeId self;
    private final Duration claimTimeout;
    private final ScheduledExecutorService heartbeat;
    private volatile List<String> others = List.of();
    private volatile boolean joined;

    Nodes(JdbcTemplate jdbc, NodeId self, Duration claimTimeout) {
        this.jdbc = jdbc;
        this.self = self;
        this.claimTimeout = claimTimeout;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "node-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
    }

    public NodeId self() {
        return self;
    }

    /** This node and the other nodes seen within the claim timeout. */
    public int liveCount() {
        return 1 + others.size();
    }

    /** The most segments of a processor this node should claim, so that the live nodes share them. */
    public int fairShare(int segments) {
        return Math.max(1, (segments + liveCount() - 1) / liveCount());
    }

    @EventListener(ApplicationReadyEvent.class)
    void join() {
        joined = true;
        beat();
        long interval = Math.max(100, claimTimeout.toMillis() / 4);
        heartbeat.scheduleWithFixedDelay(this::beat, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info("Node {} joined; {} node(s) live", self, liveCount());
    }

    /** Before the processors stop, so the others take over this node's segments as soon as it lets go. */
    @EventListener(ContextClosedEvent.class)
    void leave() {
        heartbeat.shutdownNow();
        if (joined) {
            joined = false;
            try {
                jdbc.update("DELETE FROM application_node WHERE node_id = ?", self.value());
            } catch (RuntimeException databaseGone) {
                LOG.debug("Could not remove node {}: {}", self, databaseGone.getMessage());
            }
        }
    }

    private void beat() {
        try {
            jdbc.update("INSERT INTO application_node (node_id, started_at, last_seen) VALUES (?, now(), now()) "
                    + "ON CONFLICT (node_id) DO UPDATE SET last_seen = now()", self.value());
            // Rows of nodes that crashed long ago are only clutter.
            jdbc.update("DELETE FROM application_node WHERE last_seen < now() - interval '1 day'");
            List<String> seen = jdbc.queryForList("SELECT node_id FROM application_node WHERE node_id <> ? "
                    + "AND last_seen > now() - ? * interval '1 millisecond' ORDER BY node_id", String.class,
                    self.value(), claimTimeout.toMillis());
            if (!seen.equals(others)) {
                LOG.info("Node {}: other live nodes now {}", self, seen);
            }
            others = List.copyOf(seen);
        } catch (RuntimeException failure) {
            // Keep the last known nodes: a database hiccup must not make this node grab every segment.
            LOG.warn("Node heartbeat of {} failed: {}", self, failure.getMessage());
        }
    }
}
