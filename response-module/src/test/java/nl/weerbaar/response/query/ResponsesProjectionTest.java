package nl.weerbaar.response.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.response.api.AccessBanExpired;
import nl.weerbaar.response.api.AccessBanLifted;
import nl.weerbaar.response.api.AccessBansDueForExpiry;
import nl.weerbaar.response.api.AccessBanTerms;
import nl.weerbaar.response.api.BanScope;
import nl.weerbaar.response.api.Consultation;
import nl.weerbaar.response.api.DecisionId;
import nl.weerbaar.response.api.InterventionCancelled;
import nl.weerbaar.response.api.InterventionChosen;
import nl.weerbaar.response.api.InterventionCompleted;
import nl.weerbaar.response.api.InterventionId;
import nl.weerbaar.response.api.InterventionType;
import nl.weerbaar.response.api.InvolvedActor;
import nl.weerbaar.response.api.LetterContent;
import nl.weerbaar.response.api.NoResponseDecided;
import nl.weerbaar.response.api.ResponseOutline;
import nl.weerbaar.response.api.ResponsesOfIncidents;
import nl.weerbaar.testing.ModuleDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/** The responses of an incident and the access bans as handlers read them, in force by the clock's day. */
@ExtendWith(ModuleDatabase.class)
class ResponsesProjectionTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final IncidentId INCIDENT = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));
    private static final IncidentId OTHER = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000002"));
    private static final Consultation CONSULTED = new Consultation(true, "Anna wil dat het stopt.");

    private final ResponsesProjection projection;
    private final Responses responses;

    ResponsesProjectionTest(JdbcTemplate jdbc) {
        this.projection = new ResponsesProjection(jdbc);
        this.responses = new Responses(jdbc, Clock.fixed(NOW, AMSTERDAM));
    }

    @BeforeEach
    void empty() {
        projection.reset();
    }

    @Test
    void anIncidentsResponsesAreListedOldestFirstWithTheirDetails() {
        InterventionChosen letter = letter(intervention(1), INCIDENT, NOW);
        projection.on(new NoResponseDecided(new DecisionId(UUID.fromString("c0000000-0000-4000-8000-000000000001")),
                INCIDENT, CONSULTED, "Eerst afwachten.", List.of(), Role.CLERK, NOW.minusSeconds(3600)));
        projection.on(letter);
        projection.on(letter); // redelivered: stored once
        projection.on(new InterventionCompleted(intervention(1), INCIDENT, "Verstuurd.", NOW.plusSeconds(60)));

        List<ResponseView> views = responses.ofIncident(INCIDENT);

        assertThat(views).extracting(ResponseView::kind).containsExactly("NO_RESPONSE", "CORRECTIVE_LETTER");
        ResponseView chosen = views.get(1);
        assertThat(chosen.status()).isEqualTo("COMPLETED");
        assertThat(chosen.outcome()).isEqualTo("Verstuurd.");
        assertThat(chosen.letter()).isEqualTo(letter.letter());
        assertThat(chosen.involvedActors()).containsExactly(InvolvedActor.POLICE);
        assertThat(chosen.officialView()).isEqualTo("Anna wil dat het stopt.");
        assertThat(responses.incidentOf(intervention(1))).contains(INCIDENT);
    }

    @Test
    void aBanIsInForceFromItsFirstToItsLastDayUntilLifted() {
        projection.on(ban(intervention(1), TODAY, TODAY));
        projection.on(ban(intervention(2), TODAY.plusDays(1), TODAY.plusDays(5)));
        projection.on(ban(intervention(3), TODAY.minusDays(5), TODAY.minusDays(1)));
        projection.on(ban(intervention(4), TODAY.minusDays(5), TODAY.plusDays(5)));
        projection.on(new AccessBanLifted(intervention(4), INCIDENT, "Excuses aanvaard.", NOW));

        assertThat(responses.accessBans(true)).extracting(AccessBanView::interventionId)
                .containsExactly(intervention(1).value());
        assertThat(responses.accessBans(false)).extracting(AccessBanView::active)
                .containsExactly(false, true, false, false);
    }

    @Test
    void onlyBansPastTheirLastDayNotLiftedCancelledOrExpiredAreDueAndAnExpiredBanIsNotInForce() {
        projection.on(ban(intervention(1), TODAY.minusDays(5), TODAY.minusDays(1)));
        projection.on(ban(intervention(2), TODAY.minusDays(5), TODAY));
        projection.on(ban(intervention(3), TODAY.minusDays(5), TODAY.minusDays(1)));
        projection.on(new AccessBanLifted(intervention(3), INCIDENT, "Excuses aanvaard.", NOW));
        projection.on(ban(intervention(4), TODAY.minusDays(5), TODAY.minusDays(1)));
        projection.on(new InterventionCancelled(intervention(4), INCIDENT, "Niet opgelegd.", NOW));
        projection.on(ban(intervention(5), TODAY.minusDays(5), TODAY.minusDays(2)));
        Instant ended = TODAY.minusDays(1).atStartOfDay(AMSTERDAM).toInstant();
        projection.on(new AccessBanExpired(intervention(5), INCIDENT, ended));
        projection.on(new AccessBanExpired(intervention(5), INCIDENT, ended)); // redelivered: harmless

        assertThat(responses.dueForExpiry(new AccessBansDueForExpiry(TODAY))).containsExactly(intervention(1));
        AccessBanView expired = responses.accessBans(false).stream()
                .filter(view -> view.interventionId().equals(intervention(5).value())).findFirst().orElseThrow();
        assertThat(expired.expiredAt()).isEqualTo(ended);
        assertThat(expired.active()).isFalse();
        assertThat(responses.accessBans(true)).extracting(AccessBanView::interventionId)
                .containsExactly(intervention(2).value());
    }

    @Test
    void anErasureScrubsTheIncidentsTextsAndKeepsTheRest() {
        projection.on(letter(intervention(1), INCIDENT, NOW));
        projection.on(letter(intervention(2), OTHER, NOW));

        projection.on(new IncidentPersonalDataErased(INCIDENT, "Verzoek van de bestuurder", false, NOW));

        ResponseView erased = responses.ofIncident(INCIDENT).get(0);
        assertThat(erased.personalDataErased()).isTrue();
        assertThat(List.of(erased.officialView(), erased.rationale(), erased.letter().behaviour(),
                erased.letter().recipientName())).containsOnly(PersonalData.ERASED);
        assertThat(erased.letter().recipientAddress()).isNull();
        assertThat(erased.kind()).isEqualTo("CORRECTIVE_LETTER");
        assertThat(responses.ofIncident(OTHER).get(0).officialView()).isEqualTo("Anna wil dat het stopt.");
    }

    @Test
    void aDecisionMetAfterItsIncidentsErasureIsErasedToo() {
        projection.on(new IncidentPersonalDataErased(INCIDENT, "Verzoek van de bestuurder", false, NOW));
        projection.on(new NoResponseDecided(new DecisionId(UUID.fromString("c0000000-0000-4000-8000-000000000009")),
                INCIDENT, new Consultation(true, PersonalData.ERASED), PersonalData.ERASED, List.of(), Role.CLERK, NOW));

        assertThat(responses.ofIncident(INCIDENT).get(0).personalDataErased()).isTrue();
    }

    /** The outline other modules get for anonymised overviews: kinds and statuses, per incident oldest first. */
    @Test
    void theOutlinesOfIncidentsHoldOnlyKindsAndStatuses() {
        projection.on(letter(intervention(1), INCIDENT, NOW));
        projection.on(new NoResponseDecided(new DecisionId(UUID.fromString("c0000000-0000-4000-8000-000000000001")),
                INCIDENT, CONSULTED, "Eerst afwachten.", List.of(), Role.CLERK, NOW.minusSeconds(3600)));
        projection.on(new InterventionCancelled(intervention(1), INCIDENT, "Niet nodig.", NOW.plusSeconds(60)));
        projection.on(letter(intervention(2), OTHER, NOW));

        assertThat(responses.outlines(new ResponsesOfIncidents(List.of(INCIDENT))))
                .extracting(ResponseOutline::kind, ResponseOutline::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NO_RESPONSE", "DECIDED"),
                        org.assertj.core.groups.Tuple.tuple("CORRECTIVE_LETTER", "CANCELLED"));
        assertThat(responses.outlines(new ResponsesOfIncidents(List.of()))).isEmpty();
    }

    private static InterventionId intervention(int number) {
        return new InterventionId(UUID.fromString("b0000000-0000-4000-8000-00000000000" + number));
    }

    private static InterventionChosen letter(InterventionId id, IncidentId incident, Instant at) {
        return new InterventionChosen(id, incident, InterventionType.CORRECTIVE_LETTER, CONSULTED,
                "Een duidelijk signaal.", List.of(InvolvedActor.POLICE), null,
                new LetterContent("U schreeuwde.", "Angst.", "Een toegangsverbod.", "J. Jansen", null), null, null,
                Role.CLERK, at);
    }

    private static InterventionChosen ban(InterventionId id, LocalDate from, LocalDate until) {
        return new InterventionChosen(id, INCIDENT, InterventionType.ACCESS_BAN, CONSULTED, "Herhaling.", List.of(),
                null, null, null, new AccessBanTerms(BanScope.TOWN_HALL, null, from, until, "Art. 174 Gemeentewet"),
                Role.CLERK, NOW);
    }
}
