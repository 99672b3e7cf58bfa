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
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.response.api.AccessBanExpired;
import nl.weerbaar.response.api.AccessBanLifted;
import nl.weerbaar.response.api.AccessBanTerms;
import nl.weerbaar.response.api.BanScope;
import nl.weerbaar.response.api.CancelIntervention;
import nl.weerbaar.response.api.ChooseIntervention;
import nl.weerbaar.response.api.CompleteIntervention;
import nl.weerbaar.response.api.Consultation;
import nl.weerbaar.response.api.ConversationConductor;
import nl.weerbaar.response.api.ConversationSetting;
import nl.weerbaar.response.api.ExpireAccessBan;
import nl.weerbaar.response.api.InterventionCancelled;
import nl.weerbaar.response.api.InterventionChosen;
import nl.weerbaar.response.api.InterventionCompleted;
import nl.weerbaar.response.api.InterventionId;
import nl.weerbaar.response.api.InterventionType;
import nl.weerbaar.response.api.InvolvedActor;
import nl.weerbaar.response.api.LetterContent;
import nl.weerbaar.response.api.LiftAccessBan;
import nl.weerbaar.response.api.PoliceInvolvement;
import nl.weerbaar.response.api.StopConversationPlan;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Choosing an intervention with the official, and carrying it out, cancelling it or lifting a ban. */
class InterventionTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final IncidentId INCIDENT = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));
    private static final InterventionId INTERVENTION =
            new InterventionId(UUID.fromString("b0000000-0000-4000-8000-000000000001"));
    private static final Consultation CONSULTED = new Consultation(true, "Anna wil dat het stopt.");
    private static final String RATIONALE = "Eerste keer; een gesprek past.";
    private static final StopConversationPlan CONVERSATION = new StopConversationPlan(ConversationConductor.MAYOR,
            null, LocalDate.of(2026, 6, 1), new ConversationSetting("Gemeentehuis", "Spreekkamer 2", true));
    private static final LetterContent LETTER = new LetterContent("U schreeuwde.", "Het raadslid voelde zich bedreigd.",
            "Bij herhaling volgt een toegangsverbod.", "J. Jansen", "Dorpsstraat 1, Assen");
    private static final AccessBanTerms BAN = new AccessBanTerms(BanScope.TOWN_HALL, null, TODAY.minusDays(1),
            TODAY.plusMonths(3), "Art. 174 Gemeentewet");

    private AggregateTestFixture<Intervention> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Intervention.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, AMSTERDAM));
    }

    // ---------------------------------------------------------------- choosing

    @Test
    void aCaseHandlerChoosesAStopConversationWithTheOfficial() {
        fixture.givenNoPriorActivity()
                .when(choose(InterventionType.STOP_CONVERSATION, Role.CLERK))
                .expectEvents(new InterventionChosen(INTERVENTION, INCIDENT, InterventionType.STOP_CONVERSATION,
                        CONSULTED, RATIONALE, List.of(InvolvedActor.POLICE, InvolvedActor.COMMUNITY_TEAM),
                        CONVERSATION, null, null, null, Role.CLERK, NOW));
    }

    @Test
    void onlyTheDetailsOfTheChosenTypeAreStored() {
        fixture.givenNoPriorActivity()
                .when(choose(InterventionType.CORRECTIVE_LETTER, Role.MAYOR))
                .expectEvents(new InterventionChosen(INTERVENTION, INCIDENT, InterventionType.CORRECTIVE_LETTER,
                        CONSULTED, RATIONALE, List.of(InvolvedActor.POLICE, InvolvedActor.COMMUNITY_TEAM), null,
                        LETTER, null, null, Role.MAYOR, NOW));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(booleans = false)
    void theOfficialMustHaveBeenConsulted(Boolean consulted) {
        fixture.givenNoPriorActivity()
                .when(with(new Consultation(consulted, "Geen mening gevraagd.")))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("consultationRequired"))
                .expectNoEvents();
    }

    @Test
    void theOfficialsViewIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(with(new Consultation(true, " ")))
                .expectException(violates("officialView", RuleViolation.REQUIRED));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OFFICIAL", "COUNCIL_REVIEWER", "ADMINISTRATOR"})
    void onlyCaseHandlersDecide(Role role) {
        fixture.givenNoPriorActivity()
                .when(choose(InterventionType.STOP_CONVERSATION, role))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = InterventionType.class, names = {"POLICE_REPORT", "CRIMINAL_COMPLAINT"})
    void policeReportsAndComplaintsCarryVpt(InterventionType type) {
        fixture.givenNoPriorActivity()
                .when(choose(type, Role.CLERK, new PoliceInvolvement(false, "PL0100-2026"), null))
                .expectException(violates("vpt", PoliceInvolvement.VPT_REQUIRED));
        fixture.givenNoPriorActivity()
                .when(choose(type, Role.CLERK, new PoliceInvolvement(null, null), null))
                .expectException(violates("vpt", PoliceInvolvement.VPT_REQUIRED));
        fixture.givenNoPriorActivity()
                .when(choose(type, Role.CLERK, new PoliceInvolvement(true, " PL0100-2026 "), null))
                .expectEvents(new InterventionChosen(INTERVENTION, INCIDENT, type, CONSULTED, RATIONALE,
                        List.of(InvolvedActor.POLICE, InvolvedActor.COMMUNITY_TEAM), null, null,
                        new PoliceInvolvement(true, "PL0100-2026"), null, Role.CLERK, NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"behaviour", "impact", "consequences"})
    void theLetterStatesAllThreeElements(String missing) {
        LetterContent letter = new LetterContent(missing.equals("behaviour") ? null : LETTER.behaviour(),
                missing.equals("impact") ? "" : LETTER.impact(),
                missing.equals("consequences") ? " " : LETTER.consequences(), LETTER.recipientName(), null);
        fixture.givenNoPriorActivity()
                .when(new ChooseIntervention(INCIDENT, INTERVENTION, InterventionType.CORRECTIVE_LETTER, CONSULTED,
                        RATIONALE, Set.of(), null, letter, null, null, Role.CLERK))
                .expectException(violates(missing, RuleViolation.REQUIRED));
    }

    @Test
    void aBanCannotEndBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(choose(InterventionType.ACCESS_BAN, Role.CLERK, null,
                        new AccessBanTerms(BanScope.TOWN_HALL, null, TODAY, TODAY.minusDays(1), "Art. 174 Gemeentewet")))
                .expectException(violates("until", AccessBanTerms.BEFORE_START));
    }

    @Test
    void aOneDayBanEndsOnItsFirstDay() {
        AccessBanTerms oneDay = new AccessBanTerms(BanScope.TOWN_HALL, null, TODAY, TODAY, "Art. 174 Gemeentewet");
        fixture.givenNoPriorActivity()
                .when(choose(InterventionType.ACCESS_BAN, Role.CLERK, null, oneDay))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anAreaBanDescribesTheAreaAndEveryBanHasAScope() {
        fixture.givenNoPriorActivity()
                .when(choose(InterventionType.ACCESS_BAN, Role.CLERK, null,
                        new AccessBanTerms(BanScope.AREA, "", TODAY, TODAY, "APV art. 2:1")))
                .expectException(violates("area", RuleViolation.REQUIRED));
        fixture.givenNoPriorActivity()
                .when(choose(InterventionType.ACCESS_BAN, Role.CLERK, null,
                        new AccessBanTerms(null, null, TODAY, TODAY, "APV art. 2:1")))
                .expectException(violates("scope", RuleViolation.REQUIRED));
    }

    @Test
    void aStopConversationByAnotherActorNamesWhichActor() {
        fixture.givenNoPriorActivity()
                .when(new ChooseIntervention(INCIDENT, INTERVENTION, InterventionType.STOP_CONVERSATION, CONSULTED,
                        RATIONALE, Set.of(), new StopConversationPlan(ConversationConductor.OTHER_ACTOR, null,
                                TODAY, null), null, null, null, Role.CLERK))
                .expectException(violates("actorDescription", RuleViolation.REQUIRED));
    }

    // ---------------------------------------------------------------- transitions

    @Test
    void aChosenInterventionIsCarriedOutWithItsOutcome() {
        fixture.given(chosen(InterventionType.STOP_CONVERSATION))
                .when(new CompleteIntervention(INTERVENTION, " Hij bood excuses aan. ", Role.CLERK))
                .expectEvents(new InterventionCompleted(INTERVENTION, INCIDENT, "Hij bood excuses aan.", NOW));
    }

    @Test
    void aChosenInterventionIsCancelledWithAReason() {
        fixture.given(chosen(InterventionType.STOP_CONVERSATION))
                .when(new CancelIntervention(INTERVENTION, "De bestuurder ziet er toch van af.", Role.MAYOR))
                .expectEvents(new InterventionCancelled(INTERVENTION, INCIDENT, "De bestuurder ziet er toch van af.",
                        NOW));
    }

    @Test
    void aCarriedOutInterventionCannotBeCancelledOrCarriedOutAgain() {
        fixture.given(chosen(InterventionType.STOP_CONVERSATION),
                        new InterventionCompleted(INTERVENTION, INCIDENT, "Gehouden.", NOW))
                .when(new CancelIntervention(INTERVENTION, "Toch niet.", Role.CLERK))
                .expectException(ConflictException.class);
        fixture.given(chosen(InterventionType.STOP_CONVERSATION),
                        new InterventionCompleted(INTERVENTION, INCIDENT, "Gehouden.", NOW))
                .when(new CompleteIntervention(INTERVENTION, "Nog eens.", Role.CLERK))
                .expectException(ConflictException.class);
    }

    @Test
    void aCancelledInterventionCannotBeCarriedOut() {
        fixture.given(chosen(InterventionType.STOP_CONVERSATION),
                        new InterventionCancelled(INTERVENTION, INCIDENT, "Niet nodig.", NOW))
                .when(new CompleteIntervention(INTERVENTION, "Toch gedaan.", Role.CLERK))
                .expectException(ConflictException.class);
    }

    @Test
    void anOfficialCannotCarryOutOrCancel() {
        fixture.given(chosen(InterventionType.STOP_CONVERSATION))
                .when(new CompleteIntervention(INTERVENTION, "Gehouden.", Role.OFFICIAL))
                .expectException(NotPermittedException.class);
        fixture.given(chosen(InterventionType.STOP_CONVERSATION))
                .when(new CancelIntervention(INTERVENTION, "", Role.CLERK))
                .expectException(violates("reason", RuleViolation.REQUIRED));
    }

    // ---------------------------------------------------------------- lifting a ban

    @Test
    void aBanInForceIsLiftedWithAReason() {
        fixture.given(chosen(InterventionType.ACCESS_BAN))
                .when(new LiftAccessBan(INTERVENTION, "Excuses aangeboden en aanvaard.", Role.CLERK))
                .expectEvents(new AccessBanLifted(INTERVENTION, INCIDENT, "Excuses aangeboden en aanvaard.", NOW));
    }

    @Test
    void onlyABanInForceCanBeLifted() {
        fixture.given(chosen(InterventionType.ACCESS_BAN), new AccessBanLifted(INTERVENTION, INCIDENT, "Eerder.", NOW))
                .when(new LiftAccessBan(INTERVENTION, "Nog eens.", Role.CLERK))
                .expectException(ConflictException.class);
        fixture.given(chosen(InterventionType.ACCESS_BAN),
                        new InterventionCancelled(INTERVENTION, INCIDENT, "Niet opgelegd.", NOW))
                .when(new LiftAccessBan(INTERVENTION, "Opheffen.", Role.CLERK))
                .expectException(ConflictException.class);
        fixture.given(banChosen(new AccessBanTerms(BanScope.TOWN_HALL, null, TODAY.plusDays(1), TODAY.plusDays(9),
                        "Art. 174 Gemeentewet")))
                .when(new LiftAccessBan(INTERVENTION, "Nog niet begonnen.", Role.CLERK))
                .expectException(ConflictException.class);
        fixture.given(banChosen(new AccessBanTerms(BanScope.TOWN_HALL, null, TODAY.minusDays(9), TODAY.minusDays(1),
                        "Art. 174 Gemeentewet")))
                .when(new LiftAccessBan(INTERVENTION, "Al voorbij.", Role.CLERK))
                .expectException(ConflictException.class);
    }

    @Test
    void onlyAnAccessBanCanBeLifted() {
        fixture.given(chosen(InterventionType.STOP_CONVERSATION))
                .when(new LiftAccessBan(INTERVENTION, "Opheffen.", Role.CLERK))
                .expectException(ConflictException.class);
    }

    // ---------------------------------------------------------------- a ban ends by itself

    /** Midnight after 20 May, Amsterdam summer time (UTC+2): 2026-05-20T22:00Z. */
    private static final Instant END_OF_TODAY = Instant.parse("2026-05-20T22:00:00Z");
    private static final AccessBanTerms ENDS_TODAY = new AccessBanTerms(BanScope.TOWN_HALL, null, TODAY.minusDays(9),
            TODAY, "Art. 174 Gemeentewet");

    @Test
    void aBanExpiresAtTheStartOfTheDayAfterItsLastDayMunicipalityTime() {
        clockAt(END_OF_TODAY);
        fixture.given(banChosen(ENDS_TODAY))
                .when(new ExpireAccessBan(INTERVENTION))
                .expectEvents(new AccessBanExpired(INTERVENTION, INCIDENT, END_OF_TODAY));
    }

    @Test
    void onItsLastDayABanDoesNotExpireYet() {
        clockAt(END_OF_TODAY.minusNanos(1));
        fixture.given(banChosen(ENDS_TODAY))
                .when(new ExpireAccessBan(INTERVENTION))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aCarriedOutBanStillExpiresAndKeepsTheMomentItEndedWhenNoticedLater() {
        clockAt(END_OF_TODAY.plusSeconds(3 * 86_400));
        fixture.given(banChosen(ENDS_TODAY), new InterventionCompleted(INTERVENTION, INCIDENT, "Betekend.", NOW))
                .when(new ExpireAccessBan(INTERVENTION))
                .expectEvents(new AccessBanExpired(INTERVENTION, INCIDENT, END_OF_TODAY));
    }

    @Test
    void aLiftedCancelledOrExpiredBanDoesNotExpire() {
        clockAt(END_OF_TODAY);
        fixture.given(banChosen(ENDS_TODAY), new AccessBanLifted(INTERVENTION, INCIDENT, "Excuses aanvaard.", NOW))
                .when(new ExpireAccessBan(INTERVENTION))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(banChosen(ENDS_TODAY), new InterventionCancelled(INTERVENTION, INCIDENT, "Niet opgelegd.", NOW))
                .when(new ExpireAccessBan(INTERVENTION))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(banChosen(ENDS_TODAY), new AccessBanExpired(INTERVENTION, INCIDENT, END_OF_TODAY))
                .when(new ExpireAccessBan(INTERVENTION))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void onlyAnAccessBanExpires() {
        fixture.given(chosen(InterventionType.STOP_CONVERSATION))
                .when(new ExpireAccessBan(INTERVENTION))
                .expectException(ConflictException.class);
    }

    // ---------------------------------------------------------------- helpers

    /** A fixture whose clock reads this moment (the fixture keeps the first clock it was given). */
    private void clockAt(Instant now) {
        fixture = new AggregateTestFixture<>(Intervention.class);
        fixture.registerInjectableResource(Clock.fixed(now, AMSTERDAM));
    }

    private static ChooseIntervention choose(InterventionType type, Role role) {
        return choose(type, role, new PoliceInvolvement(true, null), BAN);
    }

    private static ChooseIntervention choose(InterventionType type, Role role, PoliceInvolvement police,
            AccessBanTerms ban) {
        return new ChooseIntervention(INCIDENT, INTERVENTION, type, CONSULTED, " " + RATIONALE + " ",
                Set.of(InvolvedActor.COMMUNITY_TEAM, InvolvedActor.POLICE), CONVERSATION, LETTER, police, ban, role);
    }

    private static ChooseIntervention with(Consultation consultation) {
        return new ChooseIntervention(INCIDENT, INTERVENTION, InterventionType.STOP_CONVERSATION, consultation,
                RATIONALE, Set.of(), CONVERSATION, null, null, null, Role.CLERK);
    }

    private static InterventionChosen chosen(InterventionType type) {
        return new InterventionChosen(INTERVENTION, INCIDENT, type, CONSULTED, RATIONALE, List.of(),
                type == InterventionType.STOP_CONVERSATION ? CONVERSATION : null, null, null,
                type == InterventionType.ACCESS_BAN ? BAN : null, Role.CLERK, NOW);
    }

    private static InterventionChosen banChosen(AccessBanTerms ban) {
        return new InterventionChosen(INTERVENTION, INCIDENT, InterventionType.ACCESS_BAN, CONSULTED, RATIONALE,
                List.of(), null, null, null, ban, Role.CLERK, NOW);
    }
}
