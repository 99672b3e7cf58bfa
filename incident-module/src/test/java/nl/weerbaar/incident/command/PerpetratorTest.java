package nl.weerbaar.incident.command;

import static nl.weerbaar.testing.RuleViolations.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.CreatePerpetratorProfile;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.PerpetratorPersonalDataErased;
import nl.weerbaar.incident.api.PerpetratorProfileCreated;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Creating a perpetrator profile: who may, what it must say, and the same form sent twice. */
class PerpetratorTest {

    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final PerpetratorId PROFILE =
            new PerpetratorId(UUID.fromString("9e000000-0000-4000-8000-000000000001"));
    private static final String NAME = "Piet Jansen";
    private static final String DESCRIPTION = "Man van rond de vijftig, komt vaak naar raadsvergaderingen.";

    private AggregateTestFixture<Perpetrator> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Perpetrator.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam")));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CLERK", "MUNICIPAL_SECRETARY", "MAYOR"})
    void caseHandlersCreateAProfile(Role caseHandler) {
        fixture.givenNoPriorActivity()
                .when(new CreatePerpetratorProfile(PROFILE, NAME, List.of("@pietj", "piet@example.org"), DESCRIPTION,
                        caseHandler))
                .expectEvents(new PerpetratorProfileCreated(PROFILE, NAME, List.of("@pietj", "piet@example.org"),
                        DESCRIPTION, NOW));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OFFICIAL", "COUNCIL_REVIEWER", "ADMINISTRATOR"})
    void nobodyElseCreatesAProfile(Role other) {
        fixture.givenNoPriorActivity()
                .when(new CreatePerpetratorProfile(PROFILE, NAME, List.of(), null, other))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    @Test
    void aProfileWithoutRoleIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreatePerpetratorProfile(PROFILE, NAME, List.of(), null, null))
                .expectException(NotPermittedException.class);
    }

    @Test
    void textsAreStoredTrimmedWithBlanksAsAbsentAndEachHandleOnce() {
        fixture.givenNoPriorActivity()
                .when(new CreatePerpetratorProfile(PROFILE, "  " + NAME + "\n", Arrays.asList(" @pietj ", "", null,
                        "@pietj", "\t"), "   ", Role.CLERK))
                .expectEvents(new PerpetratorProfileCreated(PROFILE, NAME, List.of("@pietj"), null, NOW));
    }

    @Test
    void aHandleAloneIsEnough() {
        fixture.givenNoPriorActivity()
                .when(new CreatePerpetratorProfile(PROFILE, null, List.of("@pietj"), null, Role.CLERK))
                .expectEvents(new PerpetratorProfileCreated(PROFILE, null, List.of("@pietj"), null, NOW));
    }

    @Test
    void aDescriptionAloneIsEnough() {
        fixture.givenNoPriorActivity()
                .when(new CreatePerpetratorProfile(PROFILE, null, null, DESCRIPTION, Role.CLERK))
                .expectEvents(new PerpetratorProfileCreated(PROFILE, null, List.of(), DESCRIPTION, NOW));
    }

    @Test
    void aProfileThatSaysNothingIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreatePerpetratorProfile(PROFILE, " ", List.of(" "), "", Role.CLERK))
                .expectNoEvents()
                .expectException(violates("name", RuleViolation.REQUIRED));
    }

    @Test
    void aNameOfMoreThan200CharactersIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreatePerpetratorProfile(PROFILE, "x".repeat(201), List.of(), null, Role.CLERK))
                .expectNoEvents()
                .expectException(violates("name", RuleViolation.TOO_LONG));
    }

    @Test
    void aHandleOfMoreThan200CharactersIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreatePerpetratorProfile(PROFILE, NAME, List.of("@" + "x".repeat(200)), null, Role.CLERK))
                .expectNoEvents()
                .expectException(violates("handles", RuleViolation.TOO_LONG));
    }

    @Test
    void moreThan20HandlesAreRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreatePerpetratorProfile(PROFILE, NAME, Collections.nCopies(21, "@pietj"), null, Role.CLERK))
                .expectNoEvents()
                .expectException(violates("handles", RuleViolation.TOO_LONG));
    }

    @Test
    void aDescriptionOfMoreThan2000CharactersIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreatePerpetratorProfile(PROFILE, NAME, List.of(), "x".repeat(2_001), Role.CLERK))
                .expectNoEvents()
                .expectException(violates("description", RuleViolation.TOO_LONG));
    }

    @Test
    void theSameFormSentAgainStoresNothing() {
        fixture.given(new PerpetratorProfileCreated(PROFILE, NAME, List.of("@pietj"), null, NOW.minusSeconds(5)))
                .when(new CreatePerpetratorProfile(PROFILE, NAME + " ", List.of("@pietj"), "", Role.MAYOR))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void otherContentUnderTheSameIdIsAConflict() {
        fixture.given(new PerpetratorProfileCreated(PROFILE, NAME, List.of("@pietj"), null, NOW.minusSeconds(5)))
                .when(new CreatePerpetratorProfile(PROFILE, "Kees Jansen", List.of("@pietj"), null, Role.CLERK))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void anErasedProfileIsNotCreatedAgain() {
        fixture.given(new PerpetratorProfileCreated(PROFILE, NAME, List.of(), null, NOW.minusSeconds(5)),
                        new PerpetratorPersonalDataErased(PROFILE, "Verzoek van betrokkene", NOW.minusSeconds(1)))
                .when(new CreatePerpetratorProfile(PROFILE, NAME, List.of(), null, Role.CLERK))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }
}
