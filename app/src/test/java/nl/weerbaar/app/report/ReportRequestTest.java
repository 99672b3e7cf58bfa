package nl.weerbaar.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The parameters of a report as the API and the pages receive them. */
class ReportRequestTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void aDayAsTheMomentMeansTheEndOfThatDayInTheMunicipality() {
        ReportRequest request = ReportRequest.parse("2026-01-01", "2026-03-31", "2026-03-31", NOW, AMSTERDAM);
        assertThat(request.asOf()).isEqualTo(Instant.parse("2026-03-31T21:59:59.999999Z"));
        assertThat(request.from()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aMomentWithAnOffsetOrInUtc() {
        assertThat(ReportRequest.parse("2026-01-01", "2026-03-31", "2026-03-31T23:59:59+02:00", NOW, AMSTERDAM).asOf())
                .isEqualTo(Instant.parse("2026-03-31T21:59:59Z"));
        assertThat(ReportRequest.parse("2026-01-01", "2026-03-31", "2026-03-31T21:59:59Z", NOW, AMSTERDAM).asOf())
                .isEqualTo(Instant.parse("2026-03-31T21:59:59Z"));
    }

    @Test
    void withoutAMomentTheReportIsAsOfAFewSecondsAgo() {
        assertThat(ReportRequest.parse("2026-01-01", "2026-03-31", "", NOW, AMSTERDAM).asOf())
                .isEqualTo(NOW.minus(ReportRequest.SETTLE_TIME));
    }

    @Test
    void everyBadParameterIsNamed() {
        assertThatThrownBy(() -> ReportRequest.parse(null, "31-03-2026", "morgen", NOW, AMSTERDAM))
                .isInstanceOfSatisfying(RuleViolationException.class, rejected -> assertThat(rejected.violations())
                        .containsExactly(new RuleViolation("from", RuleViolation.REQUIRED),
                                new RuleViolation("to", RuleViolation.INVALID),
                                new RuleViolation("asOf", RuleViolation.INVALID)));
        assertThatThrownBy(() -> ReportRequest.parse("2026-03-31", "2026-01-01", "2027-01-01", NOW, AMSTERDAM))
                .isInstanceOfSatisfying(RuleViolationException.class, rejected -> assertThat(rejected.violations())
                        .containsExactly(new RuleViolation("asOf", RuleViolation.IN_FUTURE),
                                new RuleViolation("to", ReportRequest.BEFORE_FROM)));
        assertThatThrownBy(() -> ReportRequest.parse("2000-01-01", "2026-01-01", "", NOW, AMSTERDAM))
                .isInstanceOfSatisfying(RuleViolationException.class, rejected -> assertThat(rejected.violations())
                        .containsExactly(new RuleViolation("to", ReportRequest.TOO_LONG)));
    }

    @Test
    void aFrozenReportsMomentMustHaveSettled() {
        ReportRequest recent = new ReportRequest(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                NOW.minusSeconds(5));
        assertThatThrownBy(() -> recent.requireSettled(NOW)).isInstanceOf(RuleViolationException.class);
        new ReportRequest(recent.from(), recent.to(), NOW.minusSeconds(10)).requireSettled(NOW);
    }
}
