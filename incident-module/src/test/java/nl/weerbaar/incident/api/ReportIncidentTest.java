package nl.weerbaar.incident.api;

import static nl.weerbaar.incident.api.ReportIncidentBuilder.aReportBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReportIncidentTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:15:00Z");
    private static final OfficialId ANNA = new OfficialId(UUID.fromString("c0000000-0000-4000-8000-000000000001"));

    @Test
    void completeReportBreaksNoRule() {
        assertThat(aReportBy(ANNA).build().violations(NOW)).isEmpty();
    }

    @Test
    void emptyReportNamesEveryRequiredField() {
        ReportIncident empty = new ReportIncident(ReportIncidentBuilder.INCIDENT, null, null, null, null, null, null,
                null, null, null);

        assertThat(empty.violations(NOW)).containsExactly(
                new RuleViolation("officialId", RuleViolation.REQUIRED),
                new RuleViolation("occurredAt", RuleViolation.REQUIRED),
                new RuleViolation("location", RuleViolation.REQUIRED),
                new RuleViolation("channel", RuleViolation.REQUIRED),
                new RuleViolation("behaviours", RuleViolation.REQUIRED),
                new RuleViolation("description", RuleViolation.REQUIRED));
    }

    @Test
    void incidentAtTheMomentOfReportingIsNotInTheFuture() {
        assertThat(aReportBy(ANNA).occurredAt(NOW).build().violations(NOW)).isEmpty();
    }

    @Test
    void incidentAfterTheMomentOfReportingIsInTheFuture() {
        assertThat(aReportBy(ANNA).occurredAt(NOW.plusMillis(1)).build().violations(NOW))
                .containsExactly(new RuleViolation("occurredAt", RuleViolation.IN_FUTURE));
    }

    @Test
    void locationOverThreeHundredCharactersIsTooLong() {
        assertThat(aReportBy(ANNA).location("l".repeat(301)).build().violations(NOW))
                .containsExactly(new RuleViolation("location", RuleViolation.TOO_LONG));
    }

    @Test
    void descriptionOverTenThousandCharactersIsTooLong() {
        assertThat(aReportBy(ANNA).description("d".repeat(10_001)).build().violations(NOW))
                .containsExactly(new RuleViolation("description", RuleViolation.TOO_LONG));
    }

    @Test
    void descriptionOfExactlyTenThousandCharactersIsAllowed() {
        assertThat(aReportBy(ANNA).description("d".repeat(10_000)).build().violations(NOW)).isEmpty();
    }

    @Test
    void witnessesOverTwoThousandCharactersAreTooLong() {
        assertThat(aReportBy(ANNA).witnesses("w".repeat(2_001)).build().violations(NOW))
                .containsExactly(new RuleViolation("witnesses", RuleViolation.TOO_LONG));
    }

    @Test
    void overlongPerpetratorDetailsAreNamedByPart() {
        PerpetratorDetails perpetrator = new PerpetratorDetails("n".repeat(201), "h".repeat(201), "d".repeat(2_001));

        assertThat(aReportBy(ANNA).perpetrator(perpetrator).build().violations(NOW)).containsExactly(
                new RuleViolation("perpetrator.name", RuleViolation.TOO_LONG),
                new RuleViolation("perpetrator.handle", RuleViolation.TOO_LONG),
                new RuleViolation("perpetrator.description", RuleViolation.TOO_LONG));
    }

    @Test
    void missingBehavioursCountAsNone() {
        ReportIncident report = aReportBy(ANNA).build();
        ReportIncident withoutBehaviours = new ReportIncident(report.incidentId(), report.officialId(),
                report.reporter(), report.occurredAt(), report.location(), report.channel(), null,
                report.description(), null, null);

        assertThat(withoutBehaviours.behaviours()).isEmpty();
        assertThat(withoutBehaviours.violations(NOW))
                .containsExactly(new RuleViolation("behaviours", RuleViolation.REQUIRED));
    }
}
