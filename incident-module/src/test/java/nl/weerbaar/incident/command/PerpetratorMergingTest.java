package nl.weerbaar.incident.command;

import static nl.weerbaar.incident.command.PerpetratorLinkingTest.counted;
import static nl.weerbaar.incident.command.PerpetratorLinkingTest.created;
import static nl.weerbaar.incident.command.PerpetratorLinkingTest.incident;
import static nl.weerbaar.incident.command.PerpetratorLinkingTest.profile;
import static nl.weerbaar.incident.command.PerpetratorLinkingTest.reported;
import static nl.weerbaar.incident.command.TwoSidedFixture.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.LinkPerpetrator;
import nl.weerbaar.incident.api.MergePerpetrators;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.PerpetratorLinked;
import nl.weerbaar.incident.api.PerpetratorPersonalDataErased;
import nl.weerbaar.incident.api.PerpetratorProfileMergedInto;
import nl.weerbaar.incident.api.PerpetratorProfilesMerged;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Two profiles turn out to be one person: the first takes over the other. */
class PerpetratorMergingTest {

    private static final Instant EARLIER = Instant.parse("2026-03-10T09:15:00Z");
    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final PerpetratorId SURVIVOR = profile(1);
    private static final PerpetratorId OTHER = profile(2);
    private static final PerpetratorId THIRD = profile(3);
    private static final IncidentId SURVIVORS_INCIDENT = incident(1);
    private static final IncidentId OTHERS_INCIDENT = incident(2);

    private TwoSidedFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new TwoSidedFixture(Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam")));
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void theSurvivorTakesOverTheOthersIncidentsAndTheOtherPointsToIt() {
        givenTwoProfilesWithAnIncidentEach();

        assertThat(fixture.when(new MergePerpetrators(SURVIVOR, OTHER, Role.CLERK))).isNull();

        assertThat(fixture.newEvents(SURVIVOR))
                .containsExactly(new PerpetratorProfilesMerged(SURVIVOR, OTHER, List.of(OTHERS_INCIDENT), NOW));
        assertThat(fixture.newEvents(OTHER)).containsExactly(new PerpetratorProfileMergedInto(OTHER, SURVIVOR, NOW));
    }

    @Test
    void afterAMergeALinkCountsTheIncidentsOfBoth() {
        IncidentId next = incident(3);
        fixture.given(Incident.class, next, reported(next, 3))
                .given(Perpetrator.class, SURVIVOR, created(SURVIVOR),
                        counted(SURVIVOR, SURVIVORS_INCIDENT),
                        new PerpetratorProfilesMerged(SURVIVOR, OTHER, List.of(OTHERS_INCIDENT), EARLIER));

        fixture.when(new LinkPerpetrator(next, SURVIVOR, Role.CLERK));

        assertThat(fixture.newEvents(next)).containsExactly(new PerpetratorLinked(next, SURVIVOR, true,
                List.of(SURVIVORS_INCIDENT, OTHERS_INCIDENT), NOW));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OFFICIAL", "COUNCIL_REVIEWER", "ADMINISTRATOR"})
    void onlyCaseHandlersMerge(Role other) {
        givenTwoProfilesWithAnIncidentEach();

        assertThat(fixture.when(new MergePerpetrators(SURVIVOR, OTHER, other)))
                .isInstanceOf(NotPermittedException.class);
        assertNothingStored();
    }

    @Test
    void aProfileIsNotMergedWithItself() {
        givenTwoProfilesWithAnIncidentEach();

        assertThat(fixture.when(new MergePerpetrators(SURVIVOR, SURVIVOR, Role.CLERK)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("zichzelf");
        assertNothingStored();
    }

    @Test
    void anUnknownOrMissingProfileIsRefusedAtItsField() {
        givenTwoProfilesWithAnIncidentEach();

        assertViolates(fixture.when(new MergePerpetrators(SURVIVOR, profile(9), Role.CLERK)), "otherPerpetratorId",
                RuleViolation.UNKNOWN);
        assertViolates(fixture.when(new MergePerpetrators(SURVIVOR, null, Role.CLERK)), "otherPerpetratorId",
                RuleViolation.REQUIRED);
        assertViolates(fixture.when(new MergePerpetrators(profile(9), OTHER, Role.CLERK)), "perpetratorId",
                RuleViolation.UNKNOWN);
        assertNothingStored();
    }

    @Test
    void aProfileMergedAlreadyIsNotMergedAgain() {
        fixture.given(Perpetrator.class, SURVIVOR, created(SURVIVOR))
                .given(Perpetrator.class, OTHER, created(OTHER),
                        new PerpetratorProfileMergedInto(OTHER, THIRD, EARLIER))
                .given(Perpetrator.class, THIRD, created(THIRD),
                        new PerpetratorProfilesMerged(THIRD, OTHER, List.of(), EARLIER));

        assertThat(fixture.when(new MergePerpetrators(SURVIVOR, OTHER, Role.CLERK)))
                .isInstanceOf(ConflictException.class);
        assertThat(fixture.when(new MergePerpetrators(OTHER, SURVIVOR, Role.CLERK)))
                .as("nor takes another over").isInstanceOf(ConflictException.class);
        assertNothingStored();
        assertThat(fixture.newEvents(THIRD)).isEmpty();
    }

    @Test
    void anErasedProfileIsNotMerged() {
        fixture.given(Perpetrator.class, SURVIVOR, created(SURVIVOR))
                .given(Perpetrator.class, OTHER, created(OTHER),
                        new PerpetratorPersonalDataErased(OTHER, "Verzoek van betrokkene", EARLIER));

        assertThat(fixture.when(new MergePerpetrators(SURVIVOR, OTHER, Role.CLERK)))
                .isInstanceOf(ConflictException.class);
        assertThat(fixture.when(new MergePerpetrators(OTHER, SURVIVOR, Role.CLERK)))
                .isInstanceOf(ConflictException.class);
        assertNothingStored();
    }

    private void givenTwoProfilesWithAnIncidentEach() {
        fixture.given(Perpetrator.class, SURVIVOR, created(SURVIVOR),
                        counted(SURVIVOR, SURVIVORS_INCIDENT))
                .given(Perpetrator.class, OTHER, created(OTHER),
                        counted(OTHER, OTHERS_INCIDENT));
    }

    private void assertNothingStored() {
        assertThat(fixture.newEvents(SURVIVOR)).isEmpty();
        assertThat(fixture.newEvents(OTHER)).isEmpty();
    }
}
