package nl.weerbaar.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.weerbaar.app.ApplicationTest;
import nl.weerbaar.incident.api.ProjectionSync;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A streaming processor can meet the events out of the order of the global index (a transaction that
 * commits late fills a gap after later events were processed). The chain must still follow the global
 * index, so it ends exactly as a replay would make it.
 */
class AuditChainOrderTest extends ApplicationTest {

    @Autowired
    private AuditTrailProjection projection;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private ProjectionSync projections;
    @Autowired
    private ChainVerification verification;

    @Test
    void anEventArrivingLateIsChainedInItsPlaceAndTheLaterOnesAreRelinked() {
        projections.awaitCaughtUp(AuditTrailProjection.NAME);
        List<Map<String, Object>> last = jdbc.queryForList(
                "SELECT position, event_id, aggregate_id FROM audit_entry ORDER BY position DESC LIMIT 3");
        assertThat(last).hasSize(3);
        List<String> before = entries();
        List<Long> positions = last.stream().map(row -> (Long) row.get("position")).toList();

        try {
            jdbc.update("DELETE FROM audit_entry WHERE position >= ?", positions.get(2));
            // Newest first, then the oldest, then the middle one: the two older ones "arrive late".
            handle(last.get(0));
            handle(last.get(2));
            handle(last.get(1));

            assertThat(entries()).isEqualTo(before);
            assertThat(verification.verify().verified()).isTrue();
        } finally {
            jdbc.update("DELETE FROM audit_entry WHERE position >= ?", positions.get(2));
            for (int i = 2; i >= 0; i--) {
                handle(last.get(i));
            }
        }
    }

    @Test
    void aBatchOfEventsInAnyOrderIsChainedAsTheGlobalIndexOrdersThem() {
        projections.awaitCaughtUp(AuditTrailProjection.NAME);
        List<Map<String, Object>> last = jdbc.queryForList(
                "SELECT position, event_id, aggregate_id FROM audit_entry ORDER BY position DESC LIMIT 4");
        List<String> before = entries();
        long oldest = (Long) last.get(3).get("position");

        try {
            jdbc.update("DELETE FROM audit_entry WHERE position >= ?", oldest);
            // One unit of work, as a processor hands over a batch: written together when it commits.
            DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
            handle(last.get(1));
            handle(last.get(3));
            handle(last.get(0));
            assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE position >= ?", Long.class, oldest))
                    .as("nothing written before the batch commits").isZero();
            handle(last.get(2));
            batch.commit();

            assertThat(entries()).isEqualTo(before);
            assertThat(verification.verify().verified()).isTrue();
        } finally {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().rollback();
            }
            jdbc.update("DELETE FROM audit_entry WHERE position >= ?", oldest);
            for (int i = 3; i >= 0; i--) {
                handle(last.get(i));
            }
        }
    }

    private void handle(Map<String, Object> entry) {
        DomainEventMessage<?> message = eventStore.readEvents((String) entry.get("aggregate_id")).asStream()
                .filter(event -> event.getIdentifier().equals(entry.get("event_id"))).findFirst().orElseThrow();
        projection.on(message.getPayload(), message);
    }

    private List<String> entries() {
        return jdbc.queryForList("SELECT CAST(e AS TEXT) FROM audit_entry e ORDER BY position", String.class);
    }
}
