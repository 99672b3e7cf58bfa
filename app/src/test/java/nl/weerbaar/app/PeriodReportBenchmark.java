package nl.weerbaar.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.weerbaar.app.report.PeriodReports;
import nl.weerbaar.app.report.ReportRequest;
import nl.weerbaar.app.report.calculation.PeriodReport;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.BehaviourType;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.DiscussionParty;
import nl.weerbaar.incident.api.IncidentAssessed;
import nl.weerbaar.incident.api.IncidentClosed;
import nl.weerbaar.incident.api.IncidentDiscussed;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentLinkedToProfile;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.ClosingOutcome;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.PerpetratorDetails;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.Severity;
import nl.weerbaar.response.api.Consultation;
import nl.weerbaar.response.api.InterventionChosen;
import nl.weerbaar.response.api.InterventionId;
import nl.weerbaar.response.api.InterventionType;
import nl.weerbaar.response.api.PoliceInvolvement;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures a one-year report over 100,000 incidents' events (issue 8). Not part of the normal build:
 * {@code mvn -o -pl app -am verify -Pbenchmark} runs only this. It stops the projections (they would compete
 * for the two cores), writes the events through the real event storage engine (so personal data is
 * encrypted as in production), then computes the report over the last 365 days and prints the time and the
 * peak heap use during the computation. Set {@code -Dbenchmark.incidents=N} for another size.
 */
class PeriodReportBenchmark extends ApplicationTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    private EventStorageEngine storage;
    @Autowired
    private TransactionManager transactions;
    @Autowired
    private EventProcessingConfiguration eventProcessing;
    @Autowired
    private PeriodReports reports;

    @Test
    void aOneYearReportOverAHundredThousandIncidents() {
        int incidents = Integer.getInteger("benchmark.incidents", 100_000);
        eventProcessing.eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                .forEach(processor -> processor.shutDown());

        long writing = System.nanoTime();
        long events = generate(incidents);
        System.out.printf("BENCHMARK generated %,d events for %,d incidents in %s%n", events, incidents,
                Duration.ofNanos(System.nanoTime() - writing));

        LocalDate to = LocalDate.now(AMSTERDAM);
        ReportRequest request = new ReportRequest(to.minusDays(364), to, Instant.now());
        reports.compute(request); // warm up: class loading, JIT
        System.gc();
        resetPeaks();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        PeriodReport report = reports.compute(request);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("BENCHMARK one-year report: %,d events read in %s (%,.0f events/s); heap in use before "
                        + "%,d MB, peak during %,d MB (max heap %,d MB); checksum %s%n",
                report.eventsRead(), took, report.eventsRead() / (took.toNanos() / 1e9), heapBefore >> 20,
                peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20, report.checksum());
        System.out.println("BENCHMARK reported this year: " + report.figure("incidents").lines().get(0).current());
    }

    /**
     * Per incident: reported (with texts), registered, assessed, a response, closed; every fifth linked to one
     * of 5,000 profiles. Reported over the last two years, so the one-year report reads about half in its period.
     */
    private long generate(int incidents) {
        Random random = new Random(8);
        Instant now = Instant.now();
        PerpetratorId[] profiles = new PerpetratorId[5_000];
        long[] profileSequence = new long[profiles.length];
        for (int i = 0; i < profiles.length; i++) {
            profiles[i] = new PerpetratorId(UUID.randomUUID());
            profileSequence[i] = 1_000; // beyond any real aggregate's events: these profiles have no creation event
        }
        long count = 0;
        List<EventMessage<?>> batch = new ArrayList<>();
        for (int n = 0; n < incidents; n++) {
            IncidentId id = new IncidentId(UUID.randomUUID());
            Instant reportedAt = now.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60)));
            OfficialKind kind = OfficialKind.values()[random.nextInt(10) < 8 ? 0 : random.nextInt(2) + 1];
            List<Object> incidentEvents = new ArrayList<>();
            incidentEvents.add(new IncidentReported(id, new IncidentReference(3000 + n / 9999, n % 9999 + 1),
                    new OfficialId(UUID.randomUUID()), kind, kind.caseHandler(), Role.OFFICIAL, reportedAt,
                    reportedAt.minusSeconds(3600), "Raadszaal, gemeentehuis", Channel.values()[random.nextInt(8)],
                    List.of(Behaviour.values()[random.nextInt(11)]),
                    "Een bezoeker riep tijdens de vergadering dat hij weet waar het raadslid woont. " + n,
                    new PerpetratorDetails("J. Jansen", null, "Man, ongeveer 50 jaar"), "Griffier"));
            Instant discussed = reportedAt.plus(Duration.ofHours(1 + random.nextInt(72)));
            incidentEvents.add(new IncidentDiscussed(id, List.of(DiscussionParty.CLERK), discussed,
                    "Stopgesprek voorbereiden", true, discussed));
            incidentEvents.add(new IncidentAssessed(id, 1, BehaviourType.values()[random.nextInt(2)],
                    Severity.values()[random.nextInt(4)], List.of(), "Bewust en herhaald", discussed.plusSeconds(600)));
            incidentEvents.add(new IncidentClosed(id, ClosingOutcome.RESOLVED, "Afgerond", IncidentStatus.CLOSED,
                    discussed.plus(Duration.ofDays(20))));
            for (int s = 0; s < incidentEvents.size(); s++) {
                batch.add(new GenericDomainEventMessage<>("Incident", id.toString(), s, incidentEvents.get(s)));
            }
            InterventionId intervention = new InterventionId(UUID.randomUUID());
            boolean police = random.nextInt(10) == 0;
            batch.add(new GenericDomainEventMessage<>("Intervention", intervention.toString(), 0,
                    new InterventionChosen(intervention, id,
                            police ? InterventionType.POLICE_REPORT : InterventionType.STOP_CONVERSATION,
                            new Consultation(true, "Het raadslid wil dat het ophoudt."), "Duidelijke grens stellen",
                            List.of(), null, null, police ? new PoliceInvolvement(true, "PL0100-2026") : null, null,
                            Role.CLERK, discussed.plus(Duration.ofHours(2)))));
            count += incidentEvents.size() + 1;
            if (n % 5 == 0) {
                int profile = random.nextInt(profiles.length);
                batch.add(new GenericDomainEventMessage<>("Perpetrator", profiles[profile].toString(),
                        profileSequence[profile]++, new IncidentLinkedToProfile(profiles[profile], id, discussed)));
                count++;
            }
            if (batch.size() >= 1_000 || n == incidents - 1) {
                List<EventMessage<?>> toStore = List.copyOf(batch);
                transactions.executeInTransaction(() -> storage.appendEvents(toStore));
                batch.clear();
            }
        }
        return count;
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static long usedHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}
