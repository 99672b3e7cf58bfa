package nl.weerbaar.app.axon;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import nl.weerbaar.incident.api.CommandMetaData;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How commands travel (with their actor, retried on lost races) and how events are processed. */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("command-retry"));
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConcurrencyRetryScheduler(commandRetryExecutor, 5))
                .dispatchInterceptors(new ActorMetaDataInterceptor())
                .build();
    }

    /** Keeps Axon's correlation and trace ids (declaring any provider replaces Axon's default). */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Copies the actor of a command onto each event it causes. */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(CommandMetaData.ACTOR, CommandMetaData.ACTOR_ROLE,
                CommandMetaData.ON_BEHALF_OF);
    }

    /**
     * Every projection runs in a tracking processor: tokens in PostgreSQL, so a restart continues where
     * it stopped and a reset replays from the start; one thread per segment, so several nodes share the
     * work. Tracking rather than pooled streaming processors: with a JDBC event store (no Axon Server)
     * a pooled processor is not woken by a new event and looks again only every 500 ms, so every page
     * that shows what was just decided waited half a second; a tracking processor's stream waits on
     * the event store, which wakes it at each commit (docs/benchmarks.md). A handler that fails stops
     * its segment, which is retried with back-off: an event is never skipped, so a projection never
     * silently misses one.
     */
    @Bean
    ConfigurerModule trackingProcessors(@Value("${weerbaar.processors.batch-size:100}") int batchSize,
            @Value("${weerbaar.processors.segments:2}") int segments) {
        return configurer -> configurer.eventProcessing()
                .usingTrackingEventProcessors()
                .registerTrackingEventProcessorConfiguration(configuration -> TrackingEventProcessorConfiguration
                        .forParallelProcessing(segments).andInitialSegmentsCount(segments).andBatchSize(batchSize))
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
