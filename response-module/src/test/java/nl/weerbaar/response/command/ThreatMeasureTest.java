package nl.weerbaar.response.command;

import static nl.weerbaar.testing.RuleViolations.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.response.api.AgreeThreatMeasures;
import nl.weerbaar.response.api.EndThreatMeasures;
import nl.weerbaar.response.api.ThreatMeasureId;
import nl.weerbaar.response.api.ThreatMeasuresAgreed;
import nl.weerbaar.response.api.ThreatMeasuresEnded;
import nl.weerbaar.response.api.ThreatPartner;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Acute-threat measures: agreed with police and/or OM for a period, ended early once, with a reason. */
class ThreatMeasureTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final ThreatMeasureId MEASURE =
            new ThreatMeasureId(UUID.fromString("f0000000-0000-4000-8000-000000000001"));
    private static final OfficialId CARLA = new OfficialId(UUID.fromString("e0000000-0000-4000-8000-000000000003"));
    private static final String WHAT = "Extra surveillance bij de woning.";
    private static final ThreatMeasuresAgreed AGREED = new ThreatMeasuresAgreed(MEASURE, CARLA, WHAT, TODAY,
            TODAY.plusDays(14), List.of(ThreatPartner.POLICE), null, Role.MUNICIPAL_SECRETARY, NOW);

    private AggregateTestFixture<ThreatMeasure> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ThreatMeasure.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, AMSTERDAM));
    }

    @Test
    void measuresAreAgreedWithPoliceAndOm() {
        fixture.givenNoPriorActivity()
                .when(agree(TODAY, TODAY.plusDays(14), Set.of(ThreatPartner.PUBLIC_PROSECUTOR, ThreatPartner.POLICE),
                        Role.MUNICIPAL_SECRETARY))
                .expectEvents(new ThreatMeasuresAgreed(MEASURE, CARLA, WHAT, TODAY, TODAY.plusDays(14),
                        List.of(ThreatPartner.POLICE, ThreatPartner.PUBLIC_PROSECUTOR), null,
                        Role.MUNICIPAL_SECRETARY, NOW));
    }

    @Test
    void oneDayIsAPeriod() {
        fixture.givenNoPriorActivity()
                .when(agree(TODAY, TODAY, Set.of(ThreatPartner.POLICE), Role.MAYOR))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theMeasuresCannotEndBeforeTheyStart() {
        fixture.givenNoPriorActivity()
                .when(agree(TODAY, TODAY.minusDays(1), Set.of(ThreatPartner.POLICE), Role.MAYOR))
                .expectException(violates("until", AgreeThreatMeasures.BEFORE_START));
    }

    @Test
    void theyAreAgreedWithPoliceOrOm() {
        fixture.givenNoPriorActivity()
                .when(agree(TODAY, TODAY, null, Role.MAYOR))
                .expectException(violates("agreedWith", RuleViolation.REQUIRED));
    }

    @Test
    void whatTheyAreIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new AgreeThreatMeasures(MEASURE, CARLA, " ", TODAY, TODAY, Set.of(ThreatPartner.POLICE), null,
                        Role.MAYOR))
                .expectException(violates("what", RuleViolation.REQUIRED));
    }

    @Test
    void thePeriodAndTheOfficialAreRequired() {
        fixture.givenNoPriorActivity()
                .when(agree(null, TODAY, Set.of(ThreatPartner.POLICE), Role.MAYOR))
                .expectException(violates("from", RuleViolation.REQUIRED));
        fixture.givenNoPriorActivity()
                .when(agree(TODAY, null, Set.of(ThreatPartner.POLICE), Role.MAYOR))
                .expectException(violates("until", RuleViolation.REQUIRED));
        fixture.givenNoPriorActivity()
                .when(new AgreeThreatMeasures(MEASURE, null, WHAT, TODAY, TODAY, Set.of(ThreatPartner.POLICE), null,
                        Role.MAYOR))
                .expectException(violates("officialId", RuleViolation.REQUIRED));
    }

    @Test
    void onlyCaseHandlersAgreeMeasures() {
        fixture.givenNoPriorActivity()
                .when(agree(TODAY, TODAY, Set.of(ThreatPartner.POLICE), Role.OFFICIAL))
                .expectException(NotPermittedException.class);
    }

    @Test
    void measuresAreEndedEarlyWithAReason() {
        fixture.given(AGREED)
                .when(new EndThreatMeasures(MEASURE, " Dreiging voorbij. ", Role.MUNICIPAL_SECRETARY))
                .expectEvents(new ThreatMeasuresEnded(MEASURE, CARLA, "Dreiging voorbij.", NOW));
    }

    @Test
    void endingNeedsAReason() {
        fixture.given(AGREED)
                .when(new EndThreatMeasures(MEASURE, null, Role.MUNICIPAL_SECRETARY))
                .expectException(violates("reason", RuleViolation.REQUIRED));
    }

    @Test
    void endedMeasuresAreNotEndedAgain() {
        fixture.given(AGREED, new ThreatMeasuresEnded(MEASURE, CARLA, "Voorbij.", NOW))
                .when(new EndThreatMeasures(MEASURE, "Nog eens.", Role.MUNICIPAL_SECRETARY))
                .expectException(ConflictException.class);
    }

    @Test
    void measuresPastTheirLastDayAreOverAlready() {
        fixture.given(new ThreatMeasuresAgreed(MEASURE, CARLA, WHAT, TODAY.minusDays(9), TODAY.minusDays(1),
                        List.of(ThreatPartner.POLICE), null, Role.MAYOR, NOW.minusSeconds(864_000)))
                .when(new EndThreatMeasures(MEASURE, "Voorbij.", Role.MAYOR))
                .expectException(ConflictException.class);
    }

    @Test
    void onlyCaseHandlersEndMeasures() {
        fixture.given(AGREED)
                .when(new EndThreatMeasures(MEASURE, "Voorbij.", Role.COUNCIL_REVIEWER))
                .expectException(NotPermittedException.class);
    }

    private static AgreeThreatMeasures agree(LocalDate from, LocalDate until, Set<ThreatPartner> with, Role role) {
        return new AgreeThreatMeasures(MEASURE, CARLA, WHAT, from, until, with, null, role);
    }
}
