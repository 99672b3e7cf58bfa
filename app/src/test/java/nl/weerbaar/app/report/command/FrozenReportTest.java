package nl.weerbaar.app.report.command;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.weerbaar.app.report.api.FreezeReport;
import nl.weerbaar.app.report.api.ReportFrozen;
import nl.weerbaar.app.report.api.ReportId;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Freezing a report: the mayor or the clerk, with a title and the checksum of its figures. */
class FrozenReportTest {

    private static final Instant NOW = Instant.parse("2026-04-02T09:00:00Z");
    private static final ReportId REPORT = new ReportId(UUID.fromString("c0000000-0000-4000-8000-000000000001"));
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);
    private static final Instant AS_OF = Instant.parse("2026-04-01T00:00:00Z");
    private static final String CHECKSUM = "a".repeat(64);

    private AggregateTestFixture<FrozenReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FrozenReport.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam")));
    }

    @Test
    void theMayorFreezesAReport() {
        fixture.givenNoPriorActivity()
                .when(new FreezeReport(REPORT, FROM, TO, AS_OF, "  Raad april ", CHECKSUM, Role.MAYOR))
                .expectEvents(new ReportFrozen(REPORT, FROM, TO, AS_OF, "Raad april", CHECKSUM, Role.MAYOR, NOW));
    }

    @Test
    void theClerkFreezesAReport() {
        fixture.givenNoPriorActivity()
                .when(new FreezeReport(REPORT, FROM, TO, AS_OF, "Fractievoorzitters", CHECKSUM, Role.CLERK))
                .expectEvents(new ReportFrozen(REPORT, FROM, TO, AS_OF, "Fractievoorzitters", CHECKSUM, Role.CLERK,
                        NOW));
    }

    @Test
    void theSecretaryAndTheCouncilDoNotFreeze() {
        fixture.givenNoPriorActivity()
                .when(new FreezeReport(REPORT, FROM, TO, AS_OF, "Raad", CHECKSUM, Role.MUNICIPAL_SECRETARY))
                .expectException(NotPermittedException.class);
        fixture.givenNoPriorActivity()
                .when(new FreezeReport(REPORT, FROM, TO, AS_OF, "Raad", CHECKSUM, Role.COUNCIL_REVIEWER))
                .expectException(NotPermittedException.class);
    }

    @Test
    void aReportWithoutTitleOrChecksumIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new FreezeReport(REPORT, FROM, TO, AS_OF, " ", "not-a-checksum", Role.MAYOR))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }
}
