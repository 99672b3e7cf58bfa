package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import nl.weerbaar.app.nodes.NodeId;
import nl.weerbaar.app.nodes.Nodes;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The single-node view of running several: this node names itself in the token store and the node
 * table, keeps sessions in PostgreSQL, and reports its processors as metrics. (Two real nodes:
 * {@code TwoNodesIT}.)
 */
class NodesTest extends ApplicationTest {

    @Autowired
    private NodeId nodeId;
    @Autowired
    private Nodes nodes;
    @Autowired
    private MeterRegistry metrics;
    @Autowired
    private SessionRepository<?> sessions;

    @Test
    void thisNodeOwnsTheSegmentsItClaimsUnderItsOwnName() {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM token_entry WHERE owner IS NOT NULL", Integer.class) > 0);

        assertThat(jdbc.queryForList("SELECT DISTINCT owner FROM token_entry WHERE owner IS NOT NULL", String.class))
                .containsExactly(nodeId.value());
        assertThat(jdbc.queryForList("SELECT node_id FROM application_node", String.class)).contains(nodeId.value());
        assertThat(nodes.liveCount()).isEqualTo(1);
        assertThat(nodes.fairShare(2)).as("alone, a node takes every segment").isEqualTo(2);
    }

    @Test
    void processorsAreMeasuredByLagClaimedSegmentsAndState() {
        assertThat(metrics.get("weerbaar.processor.lag").tag("processor", "incident-register").gauge().value())
                .isGreaterThanOrEqualTo(0);
        assertThat(metrics.get("weerbaar.processor.segments.claimed").tag("processor", "incident-register").gauge()
                .value()).isEqualTo(2);
        assertThat(metrics.get("weerbaar.processor.running").tag("processor", "incident-register").gauge().value())
                .isEqualTo(1);
        assertThat(metrics.get("weerbaar.nodes.live").gauge().value()).isEqualTo(1);
    }

    @Test
    void sessionsAreKeptInPostgresql() {
        assertThat(sessions).isInstanceOf(JdbcIndexedSessionRepository.class);
        roundTrip(sessions);
    }

    private <S extends Session> void roundTrip(SessionRepository<S> repository) {
        S session = repository.createSession();
        session.setAttribute("probe", "waarde");
        repository.save(session);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE session_id = ?", Integer.class,
                session.getId())).isEqualTo(1);
        assertThat(repository.findById(session.getId()).<String>getAttribute("probe")).isEqualTo("waarde");
        repository.deleteById(session.getId());
    }
}
