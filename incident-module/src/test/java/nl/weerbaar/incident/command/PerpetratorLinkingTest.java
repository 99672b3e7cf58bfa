package nl.weerbaar.incident.command;

import static nl.weerbaar.incident.command.TwoSidedFixture.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.ClosingOutcome;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentClosed;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentLinkedToProfile;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.IncidentUnlinkedFromProfile;
import nl.weerbaar.incident.api.LinkPerpetrator;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.PerpetratorLinked;
import nl.weerbaar.incident.api.PerpetratorPersonalDataErased;
import nl.weerbaar.incident.api.PerpetratorProfileCreated;
import nl.weerbaar.incident.api.PerpetratorProfileMergedInto;
import nl.weerbaar.incident.api.PerpetratorProfilesMerged;
import nl.weerbaar.incident.api.PerpetratorUnlinked;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.UnlinkPerpetrator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Linking an incident to a profile and undoing it: the incident and the profile change together,
 * and a link to a profile with earlier incidents is a repeat.
 */
class PerpetratorLinkingTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant EARLIER = Instant.parse("2026-03-10T09:15:00Z");
    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final OfficialId COUNCIL_MEMBER =
            new OfficialId(UUID.fromString("c0000000-0000-4000-8000-000000000001"));
    private static final IncidentId FIRST = incident(1);
    private static final IncidentId SECOND = incident(2);
    private static final PerpetratorId PROFILE = profile(1);
    private static final PerpetratorId SURVIVOR = profile(2);
    private static final String REASON = "Een andere persoon met dezelfde naam.";

    private TwoSidedFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new TwoSidedFixture(Clock.fixed(NOW, AMSTERDAM));
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    // Linking and repeats

    @Test
    void aFirstLinkIsNoRepeatAndTheProfileCountsTheIncident() {
        fixture.given(Incident.class, FIRST, reported(FIRST, 1))
                .given(Perpetrator.class, PROFILE, created(PROFILE));

        assertThat(fixture.when(new LinkPerpetrator(FIRST, PROFILE, Role.CLERK))).isNull();

        assertThat(fixture.newEvents(FIRST))
                .containsExactly(new PerpetratorLinked(FIRST, PROFILE, false, List.of(), NOW));
        assertThat(fixture.newEvents(PROFILE)).containsExactly(new IncidentLinkedToProfile(PROFILE, FIRST, NOW));
    }

    @Test
    void aSecondLinkToTheSameProfileIsARepeatNamingTheFirst() {
        fixture.given(Incident.class, FIRST, reported(FIRST, 1), linked(FIRST, PROFILE))
                .given(Incident.class, SECOND, reported(SECOND, 2))
                .given(Perpetrator.class, PROFILE, created(PROFILE), counted(PROFILE, FIRST));

        assertThat(fixture.when(new LinkPerpetrator(SECOND, PROFILE, Role.CLERK))).isNull();

        assertThat(fixture.newEvents(SECOND))
                .containsExactly(new PerpetratorLinked(SECOND, PROFILE, true, List.of(FIRST), NOW));
        assertThat(fixture.newEvents(PROFILE)).containsExactly(new IncidentLinkedToProfile(PROFILE, SECOND, NOW));
    }

    @Test
    void anUnlinkedIncidentNoLongerMakesARepeat() {
        fixture.given(Incident.class, FIRST, reported(FIRST, 1), linked(FIRST, PROFILE),
                        new PerpetratorUnlinked(FIRST, PROFILE, REASON, EARLIER))
                .given(Incident.class, SECOND, reported(SECOND, 2))
                .given(Perpetrator.class, PROFILE, created(PROFILE), counted(PROFILE, FIRST),
                        new IncidentUnlinkedFromProfile(PROFILE, FIRST, EARLIER));

        fixture.when(new LinkPerpetrator(SECOND, PROFILE, Role.CLERK));

        assertThat(fixture.newEvents(SECOND)).containsExactly(new PerpetratorLinked(SECOND, PROFILE, false, List.of(),
                NOW));
    }

    @Test
    void theMayorLinksAnyIncident() {
        fixture.given(Incident.class, FIRST, reported(FIRST, 1))
                .given(Perpetrator.class, PROFILE, created(PROFILE));

        assertThat(fixture.when(new LinkPerpetrator(FIRST, PROFILE, Role.MAYOR))).isNull();
        assertThat(fixture.newEvents(FIRST)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CLERK", "MAYOR"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyTheIncidentsHandlerOrTheMayorLinks(Role other) {
        fixture.given(Incident.class, FIRST, reported(FIRST, 1))
                .given(Perpetrator.class, PROFILE, created(PROFILE));

        assertThat(fixture.when(new LinkPerpetrator(FIRST, PROFILE, other)))
                .isInstanceOf(NotPermittedException.class);
        assertNothingStored();
    }

    @Test
    void anUnknownProfileIsRefusedAtItsField() {
        fixture.given(Incident.class, FIRST, reported(FIRST, 1));

        assertViolates(fixture.when(new LinkPerpetrator(FIRST, profile(9), Role.CLERK)), "perpetratorId",
                RuleViolation.UNKNOWN);
        assertViolates(fixture.when(new LinkPerpetrator(FIRST, null, Role.CLERK)), "perpetratorId",
                RuleViolation.REQUIRED);
        assertThat(fixture.newEvents(FIRST)).isEmpty();
    }

    @Test
    void anUnknownIncidentIsRefused() {
        fixture.given(Perpetrator.class, PROFILE, created(PROFILE));

        assertViolates(fixture.when(new LinkPerpetrator(incident(9), PROFILE, Role.MAYOR)), "incidentId",
                RuleViolation.UNKNOWN);
        assertThat(fixture.newEvents(PROFILE)).isEmpty();
    }

    @Test
    void anIncidentLinkedAlreadyIsRefusedAndNeitherSideChanges() {
        fixture.given(Incident.class, FIRST, reported(FIRST, 1), linked(FIRST, SURVIVOR))
                .given(Perpetrator.class, PROFILE, created(PROFILE));

        assertThat(fixture.when(new LinkPerpetrator(FIRST, PROFILE, Role.CLERK)))
                .isInstanceOf(ConflictException.class);
        assertNothingStored();
    }

    @Test
    void aClosedIncidentIsNotLinked() {
        fixture.given(Incident.class, FIRST, reported(FIRST, 1),
                        new IncidentClosed(FIRST, ClosingOutcome.RESOLVED, "Afgehandeld.", IncidentStatus.CLOSED,
                                EARLIER))
                .given(Perpetrator.class, PROFILE, created(PROFILE));

        assertThat(fixture.when(new LinkPerpetrator(FIRST, PROFILE, Role.CLERK)))
                .isInstanceOf(ConflictException.class);
        assertNothingStored();
    }

    @Test
    void aLinkToAMergedProfileGoesToTheProfileItWasMergedInto() {
        fixture.given(Incident.class, FIRST, reported(FIRST, 1))
                .given(Incident.class, SECOND, reported(SECOND, 2), linked(SECOND, SURVIVOR))
                .given(Perpetrator.class, PROFILE, created(PROFILE), new PerpetratorProfileMergedInto(PROFILE, SURVIVOR,
                        EARLIER))
                .given(Perpetrator.class, SURVIVOR, created(SURVIVOR),
                        counted(SURVIVOR, SECOND),
                        new PerpetratorProfilesMerged(SURVIVOR, PROFILE, List.of(), EARLIER));

        assertThat(fixture.when(new LinkPerpetrator(FIRST, PROFILE, Role.CLERK))).isNull();

        assertThat(fixture.newEvents(FIRST))
                .containsExactly(new PerpetratorLinked(FIRST, SURVIVOR, true, List.of(SECOND), NOW));
        assertThat(fixture.newEvents(SURVIVOR)).containsExactly(new IncidentLinkedToProfile(SURVIVOR, FIRST, NOW));
        assertThat(fixture.newEvents(PROFILE)).isEmpty();
    }

    @Test
    void anErasedProfileTakesNoNewLinks() {
        fixture.given(Incident.class, FIRST, reported(FIRST, 1))
                .given(Perpetrator.class, PROFILE, created(PROFILE),
                        new PerpetratorPersonalDataErased(PROFILE, "Verzoek van betrokkene", EARLIER));

        assertThat(fixture.when(new LinkPerpetrator(FIRST, PROFILE, Role.CLERK)))
                .isInstanceOf(ConflictException.class);
        assertNothingStored();
    }

    // Unlinking

    @Test
    void unlinkingRecordsBothSides() {
        fixture.given(Incident.class, FIRST, reported(FIRST, 1), linked(FIRST, PROFILE))
                .given(Perpetrator.class, PROFILE, created(PROFILE), counted(PROFILE, FIRST));

        assertThat(fixture.when(new UnlinkPerpetrator(FIRST, "  " + REASON + "\n", Role.CLERK))).isNull();

        assertThat(fixture.newEvents(FIRST)).containsExactly(new PerpetratorUnlinked(FIRST, PROFILE, REASON, NOW));
        assertThat(fixture.newEvents(PROFILE)).containsExactly(new IncidentUnlinkedFromProfile(PROFILE, FIRST, NOW));
    }

    @Test
    void unlinkingAfterAMergeReachesTheProfileThatCountsTheIncident() {
        fixture.given(Incident.class, FIRST, reported(FIRST, 1), linked(FIRST, PROFILE))
                .given(Perpetrator.class, PROFILE, created(PROFILE), counted(PROFILE, FIRST),
                        new PerpetratorProfileMergedInto(PROFILE, SURVIVOR, EARLIER))
                .given(Perpetrator.class, SURVIVOR, created(SURVIVOR),
                        new PerpetratorProfilesMerged(SURVIVOR, PROFILE, List.of(FIRST), EARLIER));

        assertThat(fixture.when(new UnlinkPerpetrator(FIRST, REASON, Role.CLERK))).isNull();

        assertThat(fixture.newEvents(FIRST)).containsExactly(new PerpetratorUnlinked(FIRST, PROFILE, REASON, NOW));
        assertThat(fixture.newEvents(SURVIVOR)).containsExactly(new IncidentUnlinkedFromProfile(SURVIVOR, FIRST, NOW));
        assertThat(fixture.newEvents(PROFILE)).isEmpty();
    }

    @Test
    void anErasedProfileMayStillBeUnlinked() {
        fixture.given(Incident.class, FIRST, reported(FIRST, 1), linked(FIRST, PROFILE))
                .given(Perpetrator.class, PROFILE, created(PROFILE), counted(PROFILE, FIRST),
                        new PerpetratorPersonalDataErased(PROFILE, "Verzoek van betrokkene", EARLIER));

        assertThat(fixture.when(new UnlinkPerpetrator(FIRST, REASON, Role.CLERK))).isNull();
        assertThat(fixture.newEvents(PROFILE)).containsExactly(new IncidentUnlinkedFromProfile(PROFILE, FIRST, NOW));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " \n ")
    void unlinkingNeedsAReason(String reason) {
        fixture.given(Incident.class, FIRST, reported(FIRST, 1), linked(FIRST, PROFILE))
                .given(Perpetrator.class, PROFILE, created(PROFILE), counted(PROFILE, FIRST));

        assertViolates(fixture.when(new UnlinkPerpetrator(FIRST, reason, Role.CLERK)), "reason",
                RuleViolation.REQUIRED);
        assertNothingStored();
    }

    @Test
    void anIncidentWithoutLinkCannotBeUnlinked() {
        fixture.given(Incident.class, FIRST, reported(FIRST, 1));

        assertThat(fixture.when(new UnlinkPerpetrator(FIRST, REASON, Role.CLERK)))
                .isInstanceOf(ConflictException.class);
        assertThat(fixture.newEvents(FIRST)).isEmpty();
    }

    @Test
    void onlyTheIncidentsHandlerOrTheMayorUnlinks() {
        fixture.given(Incident.class, FIRST, reported(FIRST, 1), linked(FIRST, PROFILE))
                .given(Perpetrator.class, PROFILE, created(PROFILE), counted(PROFILE, FIRST));

        assertThat(fixture.when(new UnlinkPerpetrator(FIRST, REASON, Role.MUNICIPAL_SECRETARY)))
                .isInstanceOf(NotPermittedException.class);
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(fixture.newEvents(FIRST)).isEmpty();
        assertThat(fixture.newEvents(PROFILE)).isEmpty();
        assertThat(fixture.newEvents(SURVIVOR)).isEmpty();
    }

    /** A council member's incident, routed to the clerk. */
    static IncidentReported reported(IncidentId incidentId, int number) {
        return new IncidentReported(incidentId, new IncidentReference(2026, number), COUNCIL_MEMBER,
                OfficialKind.COUNCIL_MEMBER, Role.CLERK, Role.OFFICIAL, EARLIER, EARLIER.minusSeconds(3_600),
                "Raadzaal", Channel.DURING_MEETING, List.of(Behaviour.THREAT), "Bedreigd vanaf de tribune.", null,
                null);
    }

    static PerpetratorProfileCreated created(PerpetratorId perpetratorId) {
        return new PerpetratorProfileCreated(perpetratorId, "Piet Jansen", List.of("@pietj"), null, EARLIER);
    }

    /** The profile's side of an earlier link. */
    static IncidentLinkedToProfile counted(PerpetratorId perpetratorId, IncidentId incidentId) {
        return new IncidentLinkedToProfile(perpetratorId, incidentId, EARLIER);
    }

    private static PerpetratorLinked linked(IncidentId incidentId, PerpetratorId perpetratorId) {
        return new PerpetratorLinked(incidentId, perpetratorId, false, List.of(), EARLIER);
    }

    static IncidentId incident(int number) {
        return new IncidentId(UUID.fromString(String.format("6f1c2d3e-0000-4000-8000-%012d", number)));
    }

    static PerpetratorId profile(int number) {
        return new PerpetratorId(UUID.fromString(String.format("9e000000-0000-4000-8000-%012d", number)));
    }
}
