package nl.weerbaar.incident.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.BehaviourType;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.ClosingOutcome;
import nl.weerbaar.incident.api.DiscussionParty;
import nl.weerbaar.incident.api.IncidentAssessed;
import nl.weerbaar.incident.api.IncidentClosed;
import nl.weerbaar.incident.api.IncidentDiscussed;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.PerpetratorLinked;
import nl.weerbaar.incident.api.PerpetratorUnlinked;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.Severity;
import nl.weerbaar.testing.ModuleDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The register's filters: each narrows the list (and its total) on its own and together, and never
 * widens what the caller may see. Days are days in Amsterdam.
 */
@ExtendWith(ModuleDatabase.class)
class IncidentRegisterFilterTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Caller MAYOR = new Caller("burgemeester", Role.MAYOR, null);
    private static final Caller CLERK = new Caller("griffier", Role.CLERK, null);
    private static final Caller SECRETARY = new Caller("secretaris", Role.MUNICIPAL_SECRETARY, null);

    private static final OfficialId ANNA = official(1);
    private static final OfficialId BRAM = official(2);
    private static final OfficialId CARLA = official(3);
    private static final PerpetratorId PIET = new PerpetratorId(UUID.fromString("dd000000-0000-4000-8000-000000000001"));

    /** 00:30 on 10 March in Amsterdam (CET, UTC+1), but still 9 March in UTC. */
    private static final Instant JUST_AFTER_MIDNIGHT_10_MARCH = Instant.parse("2026-03-09T23:30:00Z");
    /** 23:59:59 on 9 March in Amsterdam. */
    private static final Instant LAST_SECOND_OF_9_MARCH = Instant.parse("2026-03-09T22:59:59Z");
    /** 00:00 on 2 July in Amsterdam (CEST, UTC+2). */
    private static final Instant MIDNIGHT_2_JULY = Instant.parse("2026-07-01T22:00:00Z");

    /** Anna's, by e-mail, a threat; discussed and assessed; a repeat of Piet. */
    private static final IncidentId A = incident(1);
    /** Anna's, in a meeting, intimidation and verbal aggression; discussed. */
    private static final IncidentId B = incident(2);
    /** Bram's, on social media, doxxing; only reported. */
    private static final IncidentId C = incident(3);
    /** Carla's (alderman), by e-mail, a threat; discussed, assessed; Piet's first. */
    private static final IncidentId D = incident(4);
    /** Anna's, at home, a threat; closed. */
    private static final IncidentId E = incident(5);

    private final IncidentRegisterProjection projection;
    private final IncidentRegister register;

    IncidentRegisterFilterTest(JdbcTemplate jdbc) {
        this.projection = new IncidentRegisterProjection(jdbc);
        this.register = new IncidentRegister(jdbc, Clock.system(AMSTERDAM));
    }

    @BeforeEach
    void recordTheIncidents() {
        projection.reset();
        projection.on(reported(A, 1, ANNA, OfficialKind.COUNCIL_MEMBER, LAST_SECOND_OF_9_MARCH, Channel.EMAIL,
                Behaviour.THREAT));
        projection.on(reported(B, 2, ANNA, OfficialKind.COUNCIL_MEMBER, JUST_AFTER_MIDNIGHT_10_MARCH,
                Channel.DURING_MEETING, Behaviour.INTIMIDATION, Behaviour.VERBAL_AGGRESSION));
        projection.on(reported(C, 3, BRAM, OfficialKind.COUNCIL_MEMBER, Instant.parse("2026-03-12T09:00:00Z"),
                Channel.SOCIAL_MEDIA, Behaviour.DOXXING));
        projection.on(reported(D, 4, CARLA, OfficialKind.ALDERMAN, MIDNIGHT_2_JULY, Channel.EMAIL, Behaviour.THREAT));
        projection.on(reported(E, 5, ANNA, OfficialKind.COUNCIL_MEMBER, Instant.parse("2026-07-01T21:59:59Z"),
                Channel.AT_HOME, Behaviour.THREAT));

        discussed(A);
        assessed(A);
        linked(A, true);
        discussed(B);
        discussed(D);
        assessed(D);
        linked(D, false);
        projection.on(new IncidentClosed(E, ClosingOutcome.RESOLVED, "Afgehandeld.", IncidentStatus.CLOSED,
                Instant.parse("2026-07-05T10:00:00Z")));
    }

    @Test
    void withoutFilterTheMayorSeesAllNewestFirst() {
        assertThat(ids(MAYOR, IncidentFilter.NONE)).containsExactly(D, E, C, B, A);
        assertThat(register.list(MAYOR, IncidentFilter.NONE, 0, 10).total()).isEqualTo(5);
    }

    // One filter at a time

    @Test
    void statusFilter() {
        assertThat(ids(MAYOR, status(IncidentStatus.ASSESSED))).containsExactly(D, A);
        assertThat(ids(MAYOR, status(IncidentStatus.REGISTERED))).containsExactly(B);
        assertThat(ids(MAYOR, status(IncidentStatus.REPORTED))).containsExactly(C);
        assertThat(ids(MAYOR, status(IncidentStatus.CLOSED))).containsExactly(E);
        assertThat(ids(MAYOR, status(IncidentStatus.WITHDRAWN))).isEmpty();
    }

    @Test
    void fromIsTheStartOfTheDayInAmsterdam() {
        assertThat(ids(MAYOR, between(LocalDate.parse("2026-03-10"), null))).containsExactly(D, E, C, B);
        assertThat(ids(MAYOR, between(LocalDate.parse("2026-03-09"), null))).containsExactly(D, E, C, B, A);
    }

    @Test
    void toIncludesTheWholeDayInAmsterdam() {
        assertThat(ids(MAYOR, between(null, LocalDate.parse("2026-03-09")))).containsExactly(A);
        assertThat(ids(MAYOR, between(null, LocalDate.parse("2026-03-10")))).containsExactly(B, A);
    }

    @Test
    void fromAndToOnOneDayGiveThatDay() {
        assertThat(ids(MAYOR, between(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-10"))))
                .containsExactly(B);
        assertThat(ids(MAYOR, between(LocalDate.parse("2026-03-11"), LocalDate.parse("2026-03-11")))).isEmpty();
    }

    /** In summer Amsterdam is UTC+2: 22:00 UTC on 1 July is already 2 July. */
    @Test
    void dayBoundariesFollowSummerTime() {
        assertThat(ids(MAYOR, between(LocalDate.parse("2026-07-02"), LocalDate.parse("2026-07-02"))))
                .containsExactly(D);
        assertThat(ids(MAYOR, between(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-01"))))
                .containsExactly(E);
    }

    @Test
    void officialKindFilter() {
        assertThat(ids(MAYOR, kind(OfficialKind.ALDERMAN))).containsExactly(D);
        assertThat(ids(MAYOR, kind(OfficialKind.COUNCIL_MEMBER))).containsExactly(E, C, B, A);
        assertThat(ids(MAYOR, kind(OfficialKind.MAYOR))).isEmpty();
    }

    @Test
    void behaviourFilterMatchesAnyOfAnIncidentsBehaviours() {
        assertThat(ids(MAYOR, behaviour(Behaviour.THREAT))).containsExactly(D, E, A);
        assertThat(ids(MAYOR, behaviour(Behaviour.INTIMIDATION))).containsExactly(B);
        assertThat(ids(MAYOR, behaviour(Behaviour.VERBAL_AGGRESSION))).containsExactly(B);
        assertThat(ids(MAYOR, behaviour(Behaviour.DOXXING))).containsExactly(C);
    }

    /** No behaviour name matches part of another: SEXUAL_INTIMIDATION is not INTIMIDATION. */
    @Test
    void behaviourFilterMatchesWholeNamesOnly() {
        projection.on(reported(incident(6), 6, ANNA, OfficialKind.COUNCIL_MEMBER,
                Instant.parse("2026-03-13T09:00:00Z"), Channel.EMAIL, Behaviour.SEXUAL_INTIMIDATION));

        assertThat(ids(MAYOR, behaviour(Behaviour.INTIMIDATION))).containsExactly(B);
        assertThat(ids(MAYOR, behaviour(Behaviour.SEXUAL_INTIMIDATION))).containsExactly(incident(6));
    }

    @ParameterizedTest
    @EnumSource(value = Behaviour.class, names = {"PHYSICAL_VIOLENCE", "STALKING", "OTHER"})
    void behaviourNoIncidentShowsMatchesNothing(Behaviour behaviour) {
        assertThat(ids(MAYOR, behaviour(behaviour))).isEmpty();
        assertThat(register.list(MAYOR, behaviour(behaviour), 0, 10).total()).isZero();
    }

    @Test
    void channelFilter() {
        assertThat(ids(MAYOR, channel(Channel.EMAIL))).containsExactly(D, A);
        assertThat(ids(MAYOR, channel(Channel.DURING_MEETING))).containsExactly(B);
        assertThat(ids(MAYOR, channel(Channel.LETTER))).isEmpty();
    }

    @Test
    void repeatFilter() {
        assertThat(ids(MAYOR, repeat(true))).containsExactly(A);
        assertThat(ids(MAYOR, repeat(false))).containsExactly(D, E, C, B);
    }

    @Test
    void anUnlinkedIncidentIsNoRepeatAnyMore() {
        projection.on(new PerpetratorUnlinked(A, PIET, "Verkeerde persoon.", Instant.parse("2026-08-01T10:00:00Z")));

        assertThat(ids(MAYOR, repeat(true))).isEmpty();
        assertThat(ids(MAYOR, repeat(false))).containsExactly(D, E, C, B, A);
    }

    @Test
    void totalCountsOnlyWhatPassesTheFilter() {
        IncidentPage page = register.list(MAYOR, behaviour(Behaviour.THREAT), 0, 2);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.pageCount()).isEqualTo(2);
        assertThat(page.items()).extracting(IncidentView::incidentId).containsExactly(D, E);
        assertThat(register.list(MAYOR, behaviour(Behaviour.THREAT), 1, 2).items())
                .extracting(IncidentView::incidentId).containsExactly(A);
    }

    // Together

    @Test
    void filtersCombine() {
        IncidentFilter emailThreatsAssessed = new IncidentFilter(IncidentStatus.ASSESSED, null, null, null,
                Behaviour.THREAT, Channel.EMAIL, null);
        assertThat(ids(MAYOR, emailThreatsAssessed)).containsExactly(D, A);

        IncidentFilter councilMembersInMarch = new IncidentFilter(IncidentStatus.ASSESSED, LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-31"), OfficialKind.COUNCIL_MEMBER, Behaviour.THREAT, Channel.EMAIL, true);
        assertThat(ids(MAYOR, councilMembersInMarch)).containsExactly(A);
        assertThat(register.list(MAYOR, councilMembersInMarch, 0, 10).total()).isOne();

        IncidentFilter contradiction = new IncidentFilter(IncidentStatus.REPORTED, null, null, null, Behaviour.THREAT,
                null, null);
        assertThat(ids(MAYOR, contradiction)).isEmpty();
    }

    // Need-to-know still applies

    @Test
    void theClerkSeesOnlyCouncilMembersIncidentsWhateverTheFilter() {
        assertThat(ids(CLERK, IncidentFilter.NONE)).containsExactly(E, C, B, A);
        assertThat(ids(CLERK, status(IncidentStatus.ASSESSED))).containsExactly(A);
        assertThat(ids(CLERK, kind(OfficialKind.ALDERMAN))).isEmpty();
        assertThat(register.list(CLERK, kind(OfficialKind.ALDERMAN), 0, 10).total()).isZero();
        assertThat(ids(CLERK, channel(Channel.EMAIL))).containsExactly(A);
        assertThat(ids(CLERK, repeat(false))).containsExactly(E, C, B);
    }

    @Test
    void theSecretarySeesOnlyTheAldermansIncidentWhateverTheFilter() {
        assertThat(ids(SECRETARY, IncidentFilter.NONE)).containsExactly(D);
        assertThat(ids(SECRETARY, behaviour(Behaviour.THREAT))).containsExactly(D);
        assertThat(ids(SECRETARY, kind(OfficialKind.COUNCIL_MEMBER))).isEmpty();
        assertThat(ids(SECRETARY, status(IncidentStatus.REPORTED))).isEmpty();
    }

    @Test
    void anOfficialSeesOnlyOwnIncidentsWhateverTheFilter() {
        Caller anna = new Caller("raadslid", Role.OFFICIAL, ANNA);
        Caller bram = new Caller("raadslid2", Role.OFFICIAL, BRAM);

        assertThat(ids(anna, behaviour(Behaviour.THREAT))).containsExactly(E, A);
        assertThat(ids(anna, channel(Channel.SOCIAL_MEDIA))).isEmpty();
        assertThat(ids(bram, channel(Channel.SOCIAL_MEDIA))).containsExactly(C);
        assertThat(ids(bram, behaviour(Behaviour.THREAT))).isEmpty();
        assertThat(register.list(bram, status(IncidentStatus.ASSESSED), 0, 10).total()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COUNCIL_REVIEWER", "ADMINISTRATOR"})
    void staffWithoutCaseHandlingSeeNothingWhateverTheFilter(Role staff) {
        Caller caller = new Caller("medewerker", staff, null);

        assertThat(ids(caller, behaviour(Behaviour.THREAT))).isEmpty();
        assertThat(ids(caller, status(IncidentStatus.ASSESSED))).isEmpty();
        assertThat(register.list(caller, repeat(false), 0, 10).total()).isZero();
    }

    // Helpers

    private List<IncidentId> ids(Caller caller, IncidentFilter filter) {
        return register.list(caller, filter, 0, 100).items().stream().map(IncidentView::incidentId).toList();
    }

    private static IncidentFilter status(IncidentStatus status) {
        return new IncidentFilter(status, null, null, null, null, null, null);
    }

    private static IncidentFilter between(LocalDate from, LocalDate to) {
        return new IncidentFilter(null, from, to, null, null, null, null);
    }

    private static IncidentFilter kind(OfficialKind kind) {
        return new IncidentFilter(null, null, null, kind, null, null, null);
    }

    private static IncidentFilter behaviour(Behaviour behaviour) {
        return new IncidentFilter(null, null, null, null, behaviour, null, null);
    }

    private static IncidentFilter channel(Channel channel) {
        return new IncidentFilter(null, null, null, null, null, channel, null);
    }

    private static IncidentFilter repeat(boolean repeat) {
        return new IncidentFilter(null, null, null, null, null, null, repeat);
    }

    private void discussed(IncidentId incident) {
        projection.on(new IncidentDiscussed(incident, List.of(DiscussionParty.CLERK), Instant.parse("2026-07-03T10:00:00Z"),
                "Gesprek.", true, Instant.parse("2026-07-03T11:00:00Z")));
    }

    private void assessed(IncidentId incident) {
        projection.on(new IncidentAssessed(incident, 1, BehaviourType.INSTRUMENTAL, Severity.HIGH, List.of(),
                "Beoordeeld.", Instant.parse("2026-07-04T10:00:00Z")));
    }

    private void linked(IncidentId incident, boolean repeat) {
        projection.on(new PerpetratorLinked(incident, PIET, repeat, repeat ? List.of(incident(99)) : List.of(),
                Instant.parse("2026-07-04T11:00:00Z")));
    }

    private static IncidentReported reported(IncidentId incident, int number, OfficialId official, OfficialKind kind,
            Instant reportedAt, Channel channel, Behaviour... behaviours) {
        return new IncidentReported(incident, new IncidentReference(2026, number), official, kind, kind.caseHandler(),
                Role.OFFICIAL, reportedAt, reportedAt.minusSeconds(3_600), "Raadzaal", channel, List.of(behaviours),
                "Voorval.", null, null);
    }

    private static OfficialId official(int n) {
        return new OfficialId(UUID.fromString("c0000000-0000-4000-8000-%012d".formatted(n)));
    }

    private static IncidentId incident(int n) {
        return new IncidentId(UUID.fromString("6f1c2d3e-0000-4000-8000-%012d".formatted(n)));
    }
}
