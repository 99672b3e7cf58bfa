package nl.weerbaar.incident.command;

import static nl.weerbaar.testing.RuleViolations.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.AdoptNorm;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.NormAdopted;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NormRetired;
import nl.weerbaar.incident.api.NormRevised;
import nl.weerbaar.incident.api.RetireNorm;
import nl.weerbaar.incident.api.ReviseNorm;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Adopting, rewording and retiring a norm of the norms framework. */
class NormTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** 20 May 2026 in Amsterdam, a quarter to midnight: still the 20th there, already the 21st in UTC. */
    private static final Instant NOW = Instant.parse("2026-05-20T21:45:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final LocalDate ADOPTED_ON = LocalDate.of(2025, 10, 14);
    private static final LocalDate REVISED_ON = LocalDate.of(2026, 2, 3);

    private static final NormId NORM = new NormId(UUID.fromString("b0000000-0000-4000-8000-000000000001"));
    private static final String CODE = "N2";
    private static final String TITLE = "Bedreiging";
    private static final String DESCRIPTION = "Iemand dreigt een bestuurder of diens naasten iets aan te doen.";
    private static final String NEW_TITLE = "Bedreiging, ook online";
    private static final String NEW_DESCRIPTION = "Iemand dreigt, in persoon of online, een bestuurder iets aan te doen.";

    private AggregateTestFixture<Norm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Norm.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, AMSTERDAM));
    }

    // Adoption

    @Test
    void adoptingANormMakesItsVersionOne() {
        fixture.givenNoPriorActivity()
                .when(new AdoptNorm(NORM, CODE, TITLE, DESCRIPTION, ADOPTED_ON))
                .expectEvents(adopted());
    }

    @Test
    void adoptedTextsAreStoredWithoutSurroundingBlanks() {
        fixture.givenNoPriorActivity()
                .when(new AdoptNorm(NORM, " N2\t", "\n Bedreiging ", "  " + DESCRIPTION + "\n", ADOPTED_ON))
                .expectEvents(adopted());
    }

    @Test
    void aNormMayBeAdoptedToday() {
        fixture.givenNoPriorActivity()
                .when(new AdoptNorm(NORM, CODE, TITLE, DESCRIPTION, TODAY))
                .expectEvents(new NormAdopted(NORM, 1, CODE, TITLE, DESCRIPTION, TODAY));
    }

    @Test
    void aNormAdoptedInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AdoptNorm(NORM, CODE, TITLE, DESCRIPTION, TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violates("adoptedOn", RuleViolation.IN_FUTURE));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " \n ")
    void aNormWithoutCodeIsRefused(String code) {
        fixture.givenNoPriorActivity()
                .when(new AdoptNorm(NORM, code, TITLE, DESCRIPTION, ADOPTED_ON))
                .expectNoEvents()
                .expectException(violates("code", RuleViolation.REQUIRED));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void aNormWithoutTitleIsRefused(String title) {
        fixture.givenNoPriorActivity()
                .when(new AdoptNorm(NORM, CODE, title, DESCRIPTION, ADOPTED_ON))
                .expectNoEvents()
                .expectException(violates("title", RuleViolation.REQUIRED));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "\t")
    void aNormWithoutDescriptionIsRefused(String description) {
        fixture.givenNoPriorActivity()
                .when(new AdoptNorm(NORM, CODE, TITLE, description, ADOPTED_ON))
                .expectNoEvents()
                .expectException(violates("description", RuleViolation.REQUIRED));
    }

    @Test
    void aNormWithoutAdoptionDateIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AdoptNorm(NORM, CODE, TITLE, DESCRIPTION, null))
                .expectNoEvents()
                .expectException(violates("adoptedOn", RuleViolation.REQUIRED));
    }

    @Test
    void textsOverTheirMaximumAreRefusedAndEachIsNamed() {
        fixture.givenNoPriorActivity()
                .when(new AdoptNorm(NORM, "c".repeat(AdoptNorm.MAX_CODE + 1), "t".repeat(AdoptNorm.MAX_TITLE + 1),
                        "d".repeat(AdoptNorm.MAX_DESCRIPTION + 1), ADOPTED_ON))
                .expectNoEvents()
                .expectException(violations(new RuleViolation("code", RuleViolation.TOO_LONG),
                        new RuleViolation("title", RuleViolation.TOO_LONG),
                        new RuleViolation("description", RuleViolation.TOO_LONG)));
    }

    @Test
    void textsOfExactlyTheirMaximumAreAccepted() {
        String code = "c".repeat(AdoptNorm.MAX_CODE);
        String title = "t".repeat(AdoptNorm.MAX_TITLE);
        String description = "d".repeat(AdoptNorm.MAX_DESCRIPTION);

        fixture.givenNoPriorActivity()
                .when(new AdoptNorm(NORM, code + " ", title, description, ADOPTED_ON))
                .expectEvents(new NormAdopted(NORM, 1, code, title, description, ADOPTED_ON));
    }

    @Test
    void theSameAdoptionAgainRecordsNothing() {
        fixture.given(adopted())
                .when(new AdoptNorm(NORM, CODE + " ", TITLE, DESCRIPTION, ADOPTED_ON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherAdoptionUnderTheSameIdIsAConflict() {
        fixture.given(adopted())
                .when(new AdoptNorm(NORM, "N9", TITLE, DESCRIPTION, ADOPTED_ON))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    // Revision

    @Test
    void revisingANormMakesItsNextVersion() {
        fixture.given(adopted())
                .when(new ReviseNorm(NORM, NEW_TITLE, NEW_DESCRIPTION, REVISED_ON))
                .expectEvents(new NormRevised(NORM, 2, NEW_TITLE, NEW_DESCRIPTION, REVISED_ON));
    }

    @Test
    void eachRevisionCountsOnFromTheLastVersion() {
        fixture.given(adopted(), new NormRevised(NORM, 2, NEW_TITLE, NEW_DESCRIPTION, REVISED_ON))
                .when(new ReviseNorm(NORM, TITLE, DESCRIPTION, REVISED_ON.plusDays(7)))
                .expectEvents(new NormRevised(NORM, 3, TITLE, DESCRIPTION, REVISED_ON.plusDays(7)));
    }

    @Test
    void revisedTextsAreStoredWithoutSurroundingBlanks() {
        fixture.given(adopted())
                .when(new ReviseNorm(NORM, " " + NEW_TITLE + "\n", "\t" + NEW_DESCRIPTION + " ", REVISED_ON))
                .expectEvents(new NormRevised(NORM, 2, NEW_TITLE, NEW_DESCRIPTION, REVISED_ON));
    }

    @Test
    void aRevisionMayTakeEffectOnTheDayOfTheCurrentVersion() {
        fixture.given(adopted())
                .when(new ReviseNorm(NORM, NEW_TITLE, NEW_DESCRIPTION, ADOPTED_ON))
                .expectEvents(new NormRevised(NORM, 2, NEW_TITLE, NEW_DESCRIPTION, ADOPTED_ON));
    }

    @Test
    void aRevisionBeforeTheCurrentVersionIsRefused() {
        fixture.given(adopted(), new NormRevised(NORM, 2, NEW_TITLE, NEW_DESCRIPTION, REVISED_ON))
                .when(new ReviseNorm(NORM, TITLE, DESCRIPTION, REVISED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violates("revisedOn", Norm.TOO_EARLY));
    }

    @Test
    void aRevisionInTheFutureIsRefused() {
        fixture.given(adopted())
                .when(new ReviseNorm(NORM, NEW_TITLE, NEW_DESCRIPTION, TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violates("revisedOn", RuleViolation.IN_FUTURE));
    }

    @Test
    void aRevisionWithoutTextsOrDateIsRefusedNamingEachField() {
        fixture.given(adopted())
                .when(new ReviseNorm(NORM, " ", null, null))
                .expectNoEvents()
                .expectException(violations(new RuleViolation("title", RuleViolation.REQUIRED),
                        new RuleViolation("description", RuleViolation.REQUIRED),
                        new RuleViolation("revisedOn", RuleViolation.REQUIRED)));
    }

    @Test
    void aRevisedDescriptionOverTheMaximumIsRefused() {
        fixture.given(adopted())
                .when(new ReviseNorm(NORM, NEW_TITLE, "d".repeat(AdoptNorm.MAX_DESCRIPTION + 1), REVISED_ON))
                .expectNoEvents()
                .expectException(violates("description", RuleViolation.TOO_LONG));
    }

    @Test
    void theSameWordingAgainRecordsNoNewVersion() {
        fixture.given(adopted(), new NormRevised(NORM, 2, NEW_TITLE, NEW_DESCRIPTION, REVISED_ON))
                .when(new ReviseNorm(NORM, NEW_TITLE + " ", NEW_DESCRIPTION, REVISED_ON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void revisingARetiredNormIsAConflict() {
        fixture.given(adopted(), new NormRetired(NORM, 1, REVISED_ON))
                .when(new ReviseNorm(NORM, NEW_TITLE, NEW_DESCRIPTION, REVISED_ON))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void revisingAnUnknownNormFails() {
        fixture.givenNoPriorActivity()
                .when(new ReviseNorm(NORM, NEW_TITLE, NEW_DESCRIPTION, REVISED_ON))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    // Retirement

    @Test
    void retiringANormRecordsItsCurrentVersion() {
        fixture.given(adopted(), new NormRevised(NORM, 2, NEW_TITLE, NEW_DESCRIPTION, REVISED_ON))
                .when(new RetireNorm(NORM, TODAY))
                .expectEvents(new NormRetired(NORM, 2, TODAY));
    }

    @Test
    void aNormMayBeRetiredOnTheDayItsCurrentVersionTookEffect() {
        fixture.given(adopted())
                .when(new RetireNorm(NORM, ADOPTED_ON))
                .expectEvents(new NormRetired(NORM, 1, ADOPTED_ON));
    }

    @Test
    void aRetirementBeforeTheAdoptionIsRefused() {
        fixture.given(adopted())
                .when(new RetireNorm(NORM, ADOPTED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violates("retiredOn", Norm.TOO_EARLY));
    }

    @Test
    void aRetirementBeforeTheCurrentVersionIsRefused() {
        fixture.given(adopted(), new NormRevised(NORM, 2, NEW_TITLE, NEW_DESCRIPTION, REVISED_ON))
                .when(new RetireNorm(NORM, REVISED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violates("retiredOn", Norm.TOO_EARLY));
    }

    @Test
    void aRetirementInTheFutureIsRefused() {
        fixture.given(adopted())
                .when(new RetireNorm(NORM, TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violates("retiredOn", RuleViolation.IN_FUTURE));
    }

    @Test
    void aRetirementWithoutDateIsRefused() {
        fixture.given(adopted())
                .when(new RetireNorm(NORM, null))
                .expectNoEvents()
                .expectException(violates("retiredOn", RuleViolation.REQUIRED));
    }

    @Test
    void retiringARetiredNormIsAConflict() {
        fixture.given(adopted(), new NormRetired(NORM, 1, REVISED_ON))
                .when(new RetireNorm(NORM, TODAY))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    private static NormAdopted adopted() {
        return new NormAdopted(NORM, 1, CODE, TITLE, DESCRIPTION, ADOPTED_ON);
    }

    /** A refusal naming exactly these broken rules, in this order. */
    private static Matcher<RuleViolationException> violations(RuleViolation... expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException refusal) {
                return refusal.violations().equals(List.of(expected));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("RuleViolationException with violations ").appendValue(List.of(expected));
            }
        };
    }
}
