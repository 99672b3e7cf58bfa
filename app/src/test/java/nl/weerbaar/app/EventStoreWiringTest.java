package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import nl.weerbaar.app.audit.AuditTrailProjection;
import nl.weerbaar.communication.query.CommunicationProjection;
import nl.weerbaar.incident.query.IncidentRegisterProjection;
import nl.weerbaar.incident.query.OfficialsProjection;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * On Spring Boot 4, Axon silently falls back to an in-memory store, no transactions or XStream when
 * its auto-configuration misfires. Nothing else fails when that regresses, so this test asserts the wiring.
 */
class EventStoreWiringTest extends ApplicationTest {

    @Autowired
    private EventStorageEngine storageEngine;
    @Autowired
    private TokenStore tokenStore;
    @Autowired
    private TransactionManager transactionManager;
    @Autowired
    private Serializer serializer;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;
    @Autowired
    @Qualifier("messageSerializer")
    private Serializer messageSerializer;
    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Test
    void eventsAndTokensAreStoredInPostgresqlWithinSpringTransactions() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void everythingIsSerializedAsJsonByJackson3() {
        assertThat(serializer).isInstanceOf(Jackson3Serializer.class);
        assertThat(eventSerializer).isInstanceOf(Jackson3Serializer.class);
        assertThat(messageSerializer).isInstanceOf(Jackson3Serializer.class);
    }

    @Test
    void projectionsRunInPooledStreamingProcessors() {
        for (String name : new String[] {IncidentRegisterProjection.NAME, OfficialsProjection.NAME, CommunicationProjection.NAME}) {
            assertThat(eventProcessing.eventProcessor(name)).get().isInstanceOf(PooledStreamingEventProcessor.class);
        }
    }

    /** The audit trail's hash chain needs its entries one at a time, in the order of the stream. */
    @Test
    void theAuditTrailRunsInOneSegmentOnly() {
        assertThat(eventProcessing.eventProcessor(AuditTrailProjection.NAME)).get()
                .isInstanceOf(PooledStreamingEventProcessor.class);
        assertThat(tokenStore.fetchSegments(AuditTrailProjection.NAME)).containsExactly(0);
        assertThat(eventProcessing.listenerInvocationErrorHandler(AuditTrailProjection.NAME))
                .isInstanceOf(PropagatingErrorHandler.class);
    }

    /**
     * A projection's transaction commits without waiting for the disk (its rows and token are rebuilt from
     * the events if a crash loses it); a command's transaction, which stores the events, keeps waiting.
     */
    @Test
    void projectionsCommitWithoutWaitingForTheDiskAndCommandsWait() {
        TransactionManager projections = (TransactionManager) ReflectionTestUtils.getField(
                eventProcessing.eventProcessor(IncidentRegisterProjection.NAME).orElseThrow(), "transactionManager");
        assertThat(projections).isNotSameAs(transactionManager);

        Transaction command = transactionManager.startTransaction();
        try {
            // the test database commits asynchronously throughout; set it as a durable database has it
            jdbc.execute("SET LOCAL synchronous_commit TO ON");
            Transaction projection = projections.startTransaction();
            assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("off");
            projection.rollback();
        } finally {
            command.rollback();
        }
    }

    @Test
    void aFailingProjectionHandlerIsRetriedNeverSkipped() {
        for (String name : new String[] {IncidentRegisterProjection.NAME, OfficialsProjection.NAME, CommunicationProjection.NAME}) {
            assertThat(eventProcessing.listenerInvocationErrorHandler(name)).isInstanceOf(PropagatingErrorHandler.class);
        }
    }

    /**
     * Axon resolves a command handler's extra parameters from Spring beans when the application starts;
     * in tests axon-test's fixture resolver accepts anything until it is called, so a missing bean would
     * only show outside the tests. This makes it show here.
     */
    @Test
    void everyResourceACommandHandlerTakesIsABean() {
        JavaClasses product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.weerbaar");
        for (JavaMethod handler : product.stream().flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(CommandHandler.class)).toList()) {
            List<JavaClass> parameters = handler.getRawParameterTypes();
            for (JavaClass resource : parameters.subList(1, parameters.size())) {
                assertThat(context.getBeanNamesForType(resource.reflect()))
                        .as("a Spring bean of %s for %s", resource.getName(), handler.getFullName())
                        .isNotEmpty();
            }
        }
    }

    @Test
    void axonDoesNotPhoneHome() {
        assertThat(System.getProperty("axoniq.update-checker.disabled")).isEqualTo("true");
    }
}
