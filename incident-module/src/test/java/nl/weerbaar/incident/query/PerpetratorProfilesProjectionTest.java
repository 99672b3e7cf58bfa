package nl.weerbaar.incident.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.BehaviourType;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.PerpetratorsDueForErasure;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.PerpetratorDetails;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.PerpetratorLinked;
import nl.weerbaar.incident.api.PerpetratorPersonalDataErased;
import nl.weerbaar.incident.api.PerpetratorProfileCreated;
import nl.weerbaar.incident.api.PerpetratorProfileMergedInto;
import nl.weerbaar.incident.api.PerpetratorUnlinked;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.Severity;
import nl.weerbaar.testing.ModuleDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/** The perpetrator-profiles projection and what {@link PerpetratorProfiles} reads from it. */
@ExtendWith(ModuleDatabase.class)
class PerpetratorProfilesProjectionTest {

    private static final Caller CLERK = new Caller("griffier", Role.CLERK, null);
    private static final Caller SECRETARY = new Caller("secretaris", Role.MUNICIPAL_SECRETARY, null);
    private static final Caller MAYOR = new Caller("burgemeester", Role.MAYOR, null);
    private static final OfficialId ANNA = new OfficialId(UUID.fromString("c0000000-0000-4000-8000-000000000001"));
    private static final OfficialId CARLA = new OfficialId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));
    private static final PerpetratorId JOSE = profile(1);
    private static final PerpetratorId PIET = profile(2);
    private static final PerpetratorId KEES = profile(3);
    private static final IncidentId FIRST = incident(1);
    private static final IncidentId SECOND = incident(2);
    private static final IncidentId THIRD = incident(3);
    private static final Instant CREATED_AT = Instant.parse("2026-03-10T09:00:00Z");
    private static final Instant LINKED_AT = Instant.parse("2026-03-11T10:00:00Z");
    private static final String ERASED = "[gewist]";

    private final JdbcTemplate jdbc;
    private final PerpetratorProfilesProjection projection;
    private final IncidentRegisterProjection register;
    private final PerpetratorProfiles profiles;

    PerpetratorProfilesProjectionTest(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.projection = new PerpetratorProfilesProjection(jdbc);
        this.register = new IncidentRegisterProjection(jdbc);
        this.profiles = new PerpetratorProfiles(jdbc);
    }

    @BeforeEach
    void clearTables() {
        projection.reset();
        register.reset();
        register.on(reported(FIRST, 1, ANNA, OfficialKind.COUNCIL_MEMBER, Role.CLERK, "jose jansen", null));
        register.on(reported(SECOND, 2, ANNA, OfficialKind.COUNCIL_MEMBER, Role.CLERK, null, "@JoseJ"));
        register.on(reported(THIRD, 3, CARLA, OfficialKind.ALDERMAN, Role.MUNICIPAL_SECRETARY, "Jansen", null));
    }

    @Test
    void createdProfileReadsBackWithEverythingItSays() {
        projection.on(created(JOSE, "Jósé Jansen", "@JoseJ", "jose_j@example.org"));

        PerpetratorProfileView view = profiles.find(JOSE, CLERK).orElseThrow();

        assertThat(view).isEqualTo(new PerpetratorProfileView(JOSE, "Jósé Jansen",
                List.of("@JoseJ", "jose_j@example.org"), "Man met pet", CREATED_AT, null, null, List.of(), List.of(),
                0));
        assertThat(profiles.find(PIET, CLERK)).isEmpty();
    }

    @Test
    void handlingTheSameEventsAgainChangesNothing() {
        projection.on(created(JOSE, "Jósé Jansen"));
        projection.on(linked(FIRST, JOSE));
        List<PerpetratorProfileView> once = List.of(profiles.find(JOSE, MAYOR).orElseThrow());

        projection.on(created(JOSE, "Jósé Jansen"));
        projection.on(linked(FIRST, JOSE));

        assertThat(List.of(profiles.find(JOSE, MAYOR).orElseThrow())).isEqualTo(once);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM perpetrator_link", Integer.class)).isOne();
    }

    @Test
    void searchIgnoresCaseAccentsAndALeadingAt() {
        projection.on(created(JOSE, "Jósé Jansen", "@JoseJ"));
        projection.on(created(PIET, "Piet Pietersen"));

        assertThat(ids(profiles.search("jose"))).containsExactly(JOSE);
        assertThat(ids(profiles.search("JANSEN"))).containsExactly(JOSE);
        assertThat(ids(profiles.search("@josej"))).containsExactly(JOSE);
        assertThat(ids(profiles.search("Pièt"))).containsExactly(PIET);
        assertThat(ids(profiles.search("kees"))).isEmpty();
        assertThat(ids(profiles.search("%"))).as("a wildcard is just a character").isEmpty();
        assertThat(ids(profiles.search(" "))).as("no text: the newest profiles").containsExactlyInAnyOrder(JOSE, PIET);
    }

    @Test
    void candidatesAreProfilesWhoseNameOrHandleEqualsWhatTheReporterGave() {
        projection.on(created(JOSE, "Jósé Jansen", "@JoseJ"));
        projection.on(created(PIET, "Piet Pietersen", "@pjansen"));

        assertThat(ids(profiles.candidatesFor(FIRST))).as("'jose jansen' in the report").containsExactly(JOSE);
        assertThat(ids(profiles.candidatesFor(SECOND))).as("'@JoseJ' in the report").containsExactly(JOSE);
        assertThat(ids(profiles.candidatesFor(THIRD))).as("'Jansen' is only part of a name").isEmpty();
        assertThat(profiles.candidatesFor(incident(99))).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM perpetrator_link", Integer.class))
                .as("a suggestion links nothing").isZero();
    }

    @Test
    void aProfileShowsItsIncidentsWithTheirCurrentAssessment() {
        projection.on(created(JOSE, "Jósé Jansen"));
        projection.on(linked(FIRST, JOSE));
        projection.on(linked(SECOND, JOSE, FIRST));
        jdbc.update("UPDATE incident_register SET status = 'ASSESSED', behaviour_type = 'INSTRUMENTAL', "
                + "severity = 'HIGH' WHERE incident_id = ?", SECOND.value());

        assertThat(profiles.find(JOSE, CLERK).orElseThrow().incidents()).containsExactly(
                new ProfileIncident(FIRST, new IncidentReference(2026, 1), reportedAt(1), IncidentStatus.REPORTED,
                        null, null),
                new ProfileIncident(SECOND, new IncidentReference(2026, 2), reportedAt(2), IncidentStatus.ASSESSED,
                        BehaviourType.INSTRUMENTAL, Severity.HIGH));
    }

    @Test
    void incidentsAnotherHandlerHandlesAreCountedNotShown() {
        projection.on(created(JOSE, "Jósé Jansen"));
        projection.on(linked(FIRST, JOSE));
        projection.on(linked(THIRD, JOSE, FIRST));

        PerpetratorProfileView clerk = profiles.find(JOSE, CLERK).orElseThrow();
        PerpetratorProfileView secretary = profiles.find(JOSE, SECRETARY).orElseThrow();
        PerpetratorProfileView mayor = profiles.find(JOSE, MAYOR).orElseThrow();

        assertThat(ids(clerk.incidents())).containsExactly(FIRST);
        assertThat(clerk.otherIncidents()).isOne();
        assertThat(ids(secretary.incidents())).containsExactly(THIRD);
        assertThat(ids(mayor.incidents())).containsExactly(FIRST, THIRD);
        assertThat(mayor.otherIncidents()).isZero();
        assertThat(profiles.search("jose").get(0).incidentCount()).isEqualTo(2);
    }

    @Test
    void theLinkOfAnIncidentTellsTheRepeatAndTheEarlierIncidentsTheCallerMaySee() {
        projection.on(created(JOSE, "Jósé Jansen"));
        projection.on(linked(THIRD, JOSE));
        projection.on(linked(FIRST, JOSE, THIRD));
        projection.on(linked(SECOND, JOSE, THIRD, FIRST));

        PerpetratorLinkView first = profiles.linkOf(THIRD, MAYOR).orElseThrow();
        PerpetratorLinkView third = profiles.linkOf(SECOND, CLERK).orElseThrow();

        assertThat(first.repeat()).isFalse();
        assertThat(first.previousIncidents()).isEmpty();
        assertThat(third.repeat()).isTrue();
        assertThat(third.profile().perpetratorId()).isEqualTo(JOSE);
        assertThat(third.previousIncidentCount()).isEqualTo(2);
        assertThat(ids(third.previousIncidents())).containsExactly(FIRST);
        assertThat(third.otherPreviousIncidents()).as("the alderman's incident, the secretary's").isOne();
        assertThat(profiles.linkOf(incident(99), MAYOR)).isEmpty();
    }

    @Test
    void anUnlinkedIncidentLeavesTheProfileAndMayBeLinkedElsewhere() {
        projection.on(created(JOSE, "Jósé Jansen"));
        projection.on(created(PIET, "Piet Pietersen"));
        projection.on(linked(FIRST, JOSE));

        projection.on(new PerpetratorUnlinked(FIRST, JOSE, "Verkeerde persoon", LINKED_AT.plusSeconds(60)));
        projection.on(linked(FIRST, PIET));

        assertThat(profiles.find(JOSE, MAYOR).orElseThrow().incidents()).isEmpty();
        assertThat(ids(profiles.find(PIET, MAYOR).orElseThrow().incidents())).containsExactly(FIRST);
        assertThat(profiles.linkOf(FIRST, MAYOR).orElseThrow().profile().perpetratorId()).isEqualTo(PIET);
    }

    @Test
    void aMergedProfilesIncidentsAndNamesLeadToTheProfileItWasMergedInto() {
        projection.on(created(JOSE, "Jósé Jansen", "@JoseJ"));
        projection.on(created(PIET, "Piet Pietersen"));
        projection.on(linked(FIRST, JOSE));
        projection.on(linked(SECOND, PIET));

        projection.on(new PerpetratorProfileMergedInto(JOSE, PIET, LINKED_AT.plusSeconds(60)));

        PerpetratorProfileView survivor = profiles.find(PIET, MAYOR).orElseThrow();
        assertThat(ids(survivor.incidents())).containsExactly(FIRST, SECOND);
        assertThat(survivor.mergedProfiles()).extracting(PerpetratorProfileSummary::name)
                .containsExactly("Jósé Jansen");
        PerpetratorProfileView merged = profiles.find(JOSE, MAYOR).orElseThrow();
        assertThat(merged.mergedInto()).isEqualTo(PIET);
        assertThat(merged.incidentCount()).as("its incidents count where it was merged into").isZero();
        assertThat(ids(profiles.search("jose"))).containsExactly(PIET);
        assertThat(ids(profiles.search(""))).containsExactly(PIET);
        assertThat(ids(profiles.candidatesFor(FIRST))).containsExactly(PIET);
        assertThat(profiles.linkOf(FIRST, MAYOR).orElseThrow().profile().perpetratorId()).isEqualTo(PIET);
        assertThat(profiles.facts(PIET).orElseThrow().mergedProfiles()).containsExactly(JOSE);
    }

    @Test
    void mergesAreFollowedThroughAChain() {
        projection.on(created(JOSE, "Jósé Jansen"));
        projection.on(created(PIET, "Piet Pietersen"));
        projection.on(created(KEES, "Kees"));
        projection.on(linked(FIRST, JOSE));
        projection.on(new PerpetratorProfileMergedInto(JOSE, PIET, LINKED_AT));
        projection.on(new PerpetratorProfileMergedInto(PIET, KEES, LINKED_AT.plusSeconds(1)));

        assertThat(ids(profiles.find(KEES, MAYOR).orElseThrow().incidents())).containsExactly(FIRST);
        assertThat(ids(profiles.search("jose"))).containsExactly(KEES);
        assertThat(profiles.facts(KEES).orElseThrow().incidentCount()).isOne();
    }

    @Test
    void erasureScrubsTheProfileAndItIsNoLongerFoundOrSuggested() {
        projection.on(created(JOSE, "Jósé Jansen", "@JoseJ", "jose_j@example.org"));
        projection.on(linked(FIRST, JOSE));

        projection.on(new PerpetratorPersonalDataErased(JOSE, "Verzoek van betrokkene", LINKED_AT));

        PerpetratorProfileView view = profiles.find(JOSE, MAYOR).orElseThrow();
        assertThat(view.name()).isEqualTo(ERASED);
        assertThat(view.handles()).containsExactly(ERASED, ERASED);
        assertThat(view.description()).isEqualTo(ERASED);
        assertThat(view.erasedAt()).isEqualTo(LINKED_AT);
        assertThat(ids(view.incidents())).as("the links stay").containsExactly(FIRST);
        assertThat(profiles.search("jose")).isEmpty();
        assertThat(profiles.candidatesFor(FIRST)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM perpetrator_profile_search_key", Integer.class)).isZero();
        PerpetratorProfileFacts facts = profiles.facts(JOSE).orElseThrow();
        assertThat(facts.erasedAt()).isEqualTo(LINKED_AT);
        assertThat(facts.incidentCount()).isOne();
    }

    @Test
    void aReplayedErasedProfileMakesNoSearchKeys() {
        projection.on(new PerpetratorProfileCreated(JOSE, ERASED, List.of(ERASED), null, CREATED_AT));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM perpetrator_profile_search_key", Integer.class)).isZero();
    }

    /** Segments and replays handle different aggregates' events in any order; the outcome is the same. */
    @Test
    void theOutcomeDoesNotDependOnTheOrderOfDifferentStreams() {
        List<Runnable> josesStream = List.of(() -> projection.on(created(JOSE, "Jósé Jansen")),
                () -> projection.on(new PerpetratorProfileMergedInto(JOSE, PIET, LINKED_AT)));
        List<Runnable> pietsStream = List.of(() -> projection.on(created(PIET, "Piet Pietersen")));
        List<Runnable> firstIncidentsStream = List.of(() -> projection.on(linked(FIRST, JOSE)),
                () -> projection.on(new PerpetratorUnlinked(FIRST, JOSE, "Vergissing", LINKED_AT)),
                () -> projection.on(linked(FIRST, PIET)));
        List<Runnable> secondIncidentsStream = List.of(() -> projection.on(linked(SECOND, JOSE)));
        List<List<Runnable>> streams = List.of(josesStream, pietsStream, firstIncidentsStream, secondIncidentsStream);

        List<Object> outcomes = new ArrayList<>();
        Random random = new Random(4);
        for (int run = 0; run < 10; run++) {
            projection.reset();
            interleave(streams, random).forEach(Runnable::run);
            outcomes.add(List.of(profiles.find(PIET, MAYOR).orElseThrow(), profiles.find(JOSE, MAYOR).orElseThrow()));
        }

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isEqualTo(outcomes.get(0)));
        assertThat(ids(profiles.find(PIET, MAYOR).orElseThrow().incidents())).containsExactly(FIRST, SECOND);
    }

    @Test
    void aProfileIsDueForErasureOnceEveryIncidentItServesIsErased() {
        projection.on(created(JOSE, "Jósé Jansen"));
        projection.on(created(PIET, "Piet Pietersen"));
        projection.on(linked(FIRST, JOSE));
        projection.on(linked(SECOND, PIET));
        projection.on(linked(THIRD, PIET, SECOND));
        Instant longAfter = CREATED_AT.plusSeconds(10 * 365 * 86_400L);

        register.on(new IncidentPersonalDataErased(FIRST, "Bewaartermijn verstreken", true, longAfter));
        register.on(new IncidentPersonalDataErased(SECOND, "Bewaartermijn verstreken", true, longAfter));

        assertThat(profiles.dueForErasure(new PerpetratorsDueForErasure(CREATED_AT.minusSeconds(1))))
                .as("Piet still serves the third incident").containsExactly(JOSE);
    }

    @Test
    void aMergedProfileCountsTheIncidentsOfWhatWasMergedIntoIt() {
        projection.on(created(JOSE, "Jósé Jansen"));
        projection.on(created(PIET, "Piet Pietersen"));
        projection.on(linked(FIRST, JOSE));
        projection.on(linked(SECOND, PIET));
        projection.on(new PerpetratorProfileMergedInto(JOSE, PIET, LINKED_AT.plusSeconds(60)));
        register.on(new IncidentPersonalDataErased(SECOND, "Verzoek", false, LINKED_AT.plusSeconds(120)));

        assertThat(profiles.dueForErasure(new PerpetratorsDueForErasure(CREATED_AT)))
                .as("the merged profile's incident is kept, so the survivor serves it").isEmpty();

        register.on(new IncidentPersonalDataErased(FIRST, "Verzoek", false, LINKED_AT.plusSeconds(180)));
        assertThat(profiles.dueForErasure(new PerpetratorsDueForErasure(CREATED_AT))).containsExactly(PIET);
    }

    @Test
    void aProfileNeverLinkedIsDueOnlyWhenOlderThanTheRetentionPeriod() {
        projection.on(created(KEES, "Kees Kwaad"));

        assertThat(profiles.dueForErasure(new PerpetratorsDueForErasure(CREATED_AT.minusSeconds(1)))).isEmpty();
        assertThat(profiles.dueForErasure(new PerpetratorsDueForErasure(CREATED_AT))).containsExactly(KEES);
    }

    @Test
    void resetEmptiesTheTables() {
        projection.on(created(JOSE, "Jósé Jansen"));
        projection.on(linked(FIRST, JOSE));

        projection.reset();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM perpetrator_profile", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM perpetrator_link", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM perpetrator_profile_search_key", Integer.class)).isZero();
    }

    /** Each stream's events in their own order, the streams shuffled into each other. */
    private static List<Runnable> interleave(List<List<Runnable>> streams, Random random) {
        List<Integer> turns = new ArrayList<>();
        for (int stream = 0; stream < streams.size(); stream++) {
            turns.addAll(Collections.nCopies(streams.get(stream).size(), stream));
        }
        Collections.shuffle(turns, random);
        int[] next = new int[streams.size()];
        return turns.stream().map(stream -> streams.get(stream).get(next[stream]++)).toList();
    }

    private static PerpetratorProfileCreated created(PerpetratorId perpetratorId, String name, String... handles) {
        return new PerpetratorProfileCreated(perpetratorId, name, List.of(handles), "Man met pet", CREATED_AT);
    }

    private static PerpetratorLinked linked(IncidentId incidentId, PerpetratorId perpetratorId,
            IncidentId... previous) {
        return new PerpetratorLinked(incidentId, perpetratorId, previous.length > 0, List.of(previous), LINKED_AT);
    }

    private static IncidentReported reported(IncidentId incidentId, int number, OfficialId official, OfficialKind kind,
            Role handler, String perpetratorName, String perpetratorHandle) {
        return new IncidentReported(incidentId, new IncidentReference(2026, number), official, kind, handler,
                Role.OFFICIAL, reportedAt(number), reportedAt(number).minusSeconds(3600), "Raadzaal", Channel.EMAIL,
                List.of(Behaviour.THREAT), "Bedreigd.",
                perpetratorName == null && perpetratorHandle == null ? null
                        : new PerpetratorDetails(perpetratorName, perpetratorHandle, null),
                null);
    }

    private static Instant reportedAt(int number) {
        return Instant.parse("2026-03-0" + number + "T10:00:00Z");
    }

    private static List<Object> ids(List<?> items) {
        return items.stream().<Object>map(item -> item instanceof PerpetratorProfileSummary summary
                ? summary.perpetratorId() : ((ProfileIncident) item).incidentId()).toList();
    }

    private static PerpetratorId profile(int number) {
        return new PerpetratorId(UUID.fromString("9e000000-0000-4000-8000-00000000000" + number));
    }

    private static IncidentId incident(int number) {
        return new IncidentId(UUID.fromString(String.format("6f1c2d3e-0000-4000-8000-%012d", number)));
    }
}
