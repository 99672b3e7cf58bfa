package nl.weerbaar.app.axon;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import nl.weerbaar.app.nodes.Nodes;
import nl.weerbaar.incident.api.CommandMetaData;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** How commands travel (with their actor, retried on lost races) and how events are processed. */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("command-retry"));
    }

    /** Wakes the processors to look for events other nodes committed (see {@link PromptEventSource}). */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService eventWakeUps() {
        return Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("event-wake-ups"));
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConcurrencyRetryScheduler(commandRetryExecutor, 5))
                .dispatchInterceptors(new ActorMetaDataInterceptor())
                .build();
    }

    /**
     * Keeps Axon's correlation and trace ids (declaring any provider replaces Axon's default); not
     * computed for the stored events projections handle ({@link NotForStoredEvents}).
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new NotForStoredEvents(new MessageOriginProvider());
    }

    /** Copies the actor of a command onto each event it causes. */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new NotForStoredEvents(new SimpleCorrelationDataProvider(CommandMetaData.ACTOR,
                CommandMetaData.ACTOR_ROLE, CommandMetaData.ON_BEHALF_OF));
    }

    /**
     * Every projection runs in a pooled streaming processor: tokens in PostgreSQL, so a restart
     * continues where it stopped and a reset replays from the start. A handler that fails stops its
     * segment, which is retried with back-off: an event is never skipped, so a projection never
     * silently misses one. The processors read through {@link PromptEventSource}, which wakes them at
     * each commit of this node instead of every 500 ms. The events about one incident are handled in
     * order ({@link PerIncidentSequencingPolicy}). Their transactions commit without waiting for the disk
     * ({@link AsynchronousCommits}).
     *
     * <p>Several nodes: a segment is processed by the one node holding its claim in {@code token_entry}.
     * The live nodes share the segments ({@link FairShareOfSegments}), so there should be at least as
     * many segments as nodes. A node extends its claims well within the claim timeout, even when idle,
     * and looks for unclaimed segments every claim interval: a dead node's segments are taken over
     * within the claim timeout plus one claim interval.
     */
    @Bean
    ConfigurerModule pooledStreamingProcessors(@Value("${weerbaar.processors.batch-size:100}") int batchSize,
            @Value("${weerbaar.processors.segments:2}") int segments,
            @Value("${weerbaar.processors.token-claim-interval:5s}") Duration tokenClaimInterval,
            @Value("${weerbaar.token-store.claim-timeout:10s}") Duration claimTimeout, Nodes nodes,
            ObjectProvider<TokenStore> tokenStore, ScheduledExecutorService eventWakeUps,
            TransactionManager transactionManager, DataSource dataSource) {
        if (segments < 1 || tokenClaimInterval.isNegative() || tokenClaimInterval.isZero()) {
            throw new IllegalArgumentException("weerbaar.processors.segments must be at least 1 and "
                    + "weerbaar.processors.token-claim-interval positive");
        }
        long claimExtensionThreshold = Math.max(50, claimTimeout.toMillis() / 3);
        FairShareOfSegments fairShare = new FairShareOfSegments(nodes, tokenStore, segments,
                tokenClaimInterval.toMillis());
        PromptSource promptSource = new PromptSource(eventWakeUps);
        TransactionManager projectionTransactions = new AsynchronousCommits(transactionManager,
                new JdbcTemplate(dataSource));
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors((configuration, builder) -> builder
                        .messageSource(promptSource.get(configuration))
                        .transactionManager(projectionTransactions)
                        .batchSize(batchSize)
                        .initialSegmentCount(segments)
                        .tokenClaimInterval(tokenClaimInterval.toMillis())
                        .claimExtensionThreshold(claimExtensionThreshold)
                        .maxSegmentProvider(fairShare))
                .registerDefaultSequencingPolicy(configuration -> PerIncidentSequencingPolicy.INSTANCE)
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    /** One prompt source for all processors, made when the first one is built (the event store exists then). */
    private static final class PromptSource {

        private final ScheduledExecutorService timer;
        private PromptEventSource source;

        PromptSource(ScheduledExecutorService timer) {
            this.timer = timer;
        }

        synchronized PromptEventSource get(org.axonframework.config.Configuration configuration) {
            if (source == null) {
                source = new PromptEventSource(configuration.eventStore(), timer, Duration.ofMillis(500));
            }
            return source;
        }
    }
}
