package nl.weerbaar.app.nodes;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** This node's name and its membership of the live nodes. */
@Configuration(proxyBeanMethods = false)
class NodesConfiguration {

    /**
     * {@code weerbaar.node-id}, or Axon's own default, {@code pid@hostname}: unique among processes on
     * one machine and among containers with their own host names. A stable name (the pod or host name)
     * lets a node that crashed take its segments back at once after a restart instead of after the
     * claim timeout.
     */
    @Bean
    NodeId nodeId(@Value("${weerbaar.node-id:}") String configured) {
        return new NodeId(configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : configured.strip());
    }

    /** A node that has not been seen for the claim timeout is gone: by then its segment claims have expired too. */
    @Bean(destroyMethod = "leave")
    Nodes nodes(JdbcTemplate jdbc, NodeId nodeId,
            @Value("${weerbaar.token-store.claim-timeout:10s}") Duration claimTimeout) {
        return new Nodes(jdbc, nodeId, claimTimeout);
    }
}
