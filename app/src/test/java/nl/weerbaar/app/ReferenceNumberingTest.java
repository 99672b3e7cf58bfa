package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReportReceipt;
import nl.weerbaar.incident.api.ReportIncident;
import nl.weerbaar.incident.api.Reporter;
import nl.weerbaar.incident.api.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** References are {@code YYYY-NNNN}: consecutive within the year, never twice, even under concurrent reports. */
class ReferenceNumberingTest extends ApplicationTest {

    @Autowired
    private CommandGateway commands;
    private final ExecutorService clients = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void concurrentReportsGetDistinctConsecutiveReferences() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<IncidentReportReceipt>> receipts = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            ReportIncident report = report(new IncidentId(UUID.randomUUID()));
            receipts.add(clients.submit(() -> {
                start.await();
                return commands.<IncidentReportReceipt>sendAndWait(report);
            }));
        }
        start.countDown();

        Set<String> references = new java.util.HashSet<>();
        for (Future<IncidentReportReceipt> receipt : receipts) {
            references.add(receipt.get().reference().toString());
        }
        int year = LocalDate.now(clock).getYear();
        assertThat(references).hasSize(48).allMatch(reference -> reference.startsWith(year + "-"));
        assertReferencesOfTheYearAreGapless(year);
    }

    @Test
    void aDoubleClickStoresOneIncident() throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            IncidentId id = new IncidentId(UUID.randomUUID());
            ReportIncident report = report(id);
            CountDownLatch start = new CountDownLatch(1);
            Future<IncidentReportReceipt> first = clients.submit(() -> {
                start.await();
                return commands.<IncidentReportReceipt>sendAndWait(report);
            });
            Future<IncidentReportReceipt> second = clients.submit(() -> {
                start.await();
                return commands.<IncidentReportReceipt>sendAndWait(report);
            });
            start.countDown();

            assertThat(first.get().reference()).isEqualTo(second.get().reference());
            assertThat(Set.of(first.get().newlyReported(), second.get().newlyReported())).containsExactlyInAnyOrder(
                    true, false);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    Integer.class, id.toString())).isEqualTo(1);
        }
        assertReferencesOfTheYearAreGapless(LocalDate.now(clock).getYear());
    }

    /** Every number handed out belongs to a stored incident: a failed or duplicate report gives its number back. */
    private void assertReferencesOfTheYearAreGapless(int year) {
        List<Integer> numbers = jdbc.queryForList("""
                SELECT (convert_from(payload, 'UTF8')::jsonb ->> 'reference') FROM domain_event_entry
                WHERE payload_type = 'nl.weerbaar.incident.api.IncidentReported'
                """, String.class).stream()
                .filter(reference -> reference.startsWith(year + "-"))
                .map(reference -> Integer.parseInt(reference.substring(5)))
                .sorted().collect(Collectors.toList());
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers.get(numbers.size() - 1)).isEqualTo(numbers.size());
    }

    private static ReportIncident report(IncidentId id) {
        return new ReportIncident(id, ANNA, new Reporter(Role.OFFICIAL, ANNA), java.time.Instant.parse(
                "2026-11-01T10:00:00Z"), "Markt", Channel.IN_PERSON, Set.of(Behaviour.VERBAL_AGGRESSION),
                "Uitgescholden op de markt", null, null);
    }
}
