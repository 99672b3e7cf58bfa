package nl.weerbaar.app.axon;

import java.time.Duration;
import javax.sql.DataSource;
import nl.weerbaar.app.nodes.NodeId;
import nl.weerbaar.app.privacy.PersonalDataProtection;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Declares the event store, token store and transaction manager by hand: Axon's auto-configuration
 * orders itself against Spring Boot 3 class names and, on Boot 4, silently skips JDBC and falls back
 * to no transactions at all. {@code EventStoreWiringTest} guards this.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /** How often the event store sends processors that fell behind its cache to read on their own. */
    static final long CACHE_CHECK_MILLIS = 200;

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new UniqueViolationResolver();
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * @param protection encrypts personal data in events and snapshots (see the privacy package)
     * @param gapTimeout how long (ms) a gap in the global index may wait for a late commit; far above
     *                   any transaction's duration, or an event could be skipped for good
     */
    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
            PersonalDataProtection protection, PersistenceExceptionResolver persistenceExceptionResolver,
            Configuration configuration, ConnectionProvider connectionProvider, TransactionManager transactionManager,
            EventSchema eventSchema, @Value("${weerbaar.event-store.batch-size:100}") int batchSize,
            @Value("${weerbaar.event-store.gap-timeout-ms:600000}") int gapTimeout) {
        Serializer protectedSerializer = protection.protect(eventSerializer);
        return JdbcEventStorageEngine.builder()
                .eventSerializer(protectedSerializer)
                .snapshotSerializer(protectedSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .batchSize(batchSize)
                .gapTimeout(gapTimeout)
                .build();
    }

    /**
     * The event store as Axon's auto-configuration would make it, but with a bounded cache: its shared
     * reader keeps the newest events in memory for the processors that follow the head, and by default
     * up to 10,000 of them, each with its deserialized payload. A burst of events committed at once (an
     * import) then filled a 512 MB heap (docs/benchmarks.md); a processor that falls further behind than
     * the cache reads from the database on its own instead.
     *
     * <p>The bound holds only for events nothing still points at. The shared reader points at the event
     * it started a read from until that read ends, so it reads in chunks ({@link CacheFetchesInChunks}); a
     * processor following the reader points at its own last event and is sent to read on its own once it
     * has fallen behind the cache, which Axon checks every 10 seconds by default: catching up on a backlog,
     * the reader is far faster than a processor, so that is checked every {@value #CACHE_CHECK_MILLIS} ms.
     * Without both, a replay of 1,000,000 events ran out of a 512 MB heap (docs/benchmarks.md).
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
            @Value("${weerbaar.event-store.cached-events:1000}") int cachedEvents) {
        return EmbeddedEventStore.builder()
                .storageEngine(new CacheFetchesInChunks(storageEngine, cachedEvents))
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .cachedEvents(cachedEvents)
                .cleanupDelay(CACHE_CHECK_MILLIS)
                .build();
    }

    /**
     * Declared here, so the claim timeout must be set on the builder: the Axon property is ignored. The
     * node id is the owner written into {@code token_entry}: a segment belongs to one node at a time, and
     * another node takes it over once the owner has not extended its claim for the claim timeout.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
            NodeId nodeId, @Value("${weerbaar.token-store.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(tokenSchema)
                .claimTimeout(claimTimeout)
                .nodeId(nodeId.value())
                .build();
    }
}
