package nl.weerbaar.communication.command;

import static nl.weerbaar.testing.RuleViolations.violates;
import static nl.weerbaar.testing.RuleViolations.violatesAll;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.communication.api.CommunicationDecided;
import nl.weerbaar.communication.api.CommunicationDecisionExecuted;
import nl.weerbaar.communication.api.CommunicationDecisionId;
import nl.weerbaar.communication.api.CommunicationId;
import nl.weerbaar.communication.api.CommunicationTexts;
import nl.weerbaar.communication.api.DecideCommunication;
import nl.weerbaar.communication.api.ExecuteCommunicationDecision;
import nl.weerbaar.communication.api.InternalAudience;
import nl.weerbaar.communication.api.Participant;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A communication decision is joint, needs the official's agreement, is revised by the next and carried out once. */
class IncidentCommunicationTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final IncidentId INCIDENT = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));
    private static final CommunicationId FILE = CommunicationId.of(INCIDENT);
    private static final CommunicationDecisionId FIRST = decision(1);
    private static final CommunicationDecisionId SECOND = decision(2);
    private static final Set<Participant> JOINT = Set.of(Participant.OFFICIAL, Participant.MAYOR, Participant.CLERK);

    private AggregateTestFixture<IncidentCommunication> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(IncidentCommunication.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, AMSTERDAM));
    }

    @Test
    void aJointDecisionWithTheOfficialsAgreementIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(decide(FIRST, Set.of(InternalAudience.PARTY_LEADERS, InternalAudience.COUNCIL), true,
                        " Persbericht: normen worden gesteld en gehandhaafd. "))
                .expectEvents(decided(FIRST, 1, null, List.of(InternalAudience.PARTY_LEADERS, InternalAudience.COUNCIL),
                        true, "Persbericht: normen worden gesteld en gehandhaafd.", NOW));
    }

    @Test
    void withoutTheOfficialsAgreementNothingIsDecided() {
        fixture.givenNoPriorActivity()
                .when(new DecideCommunication(FILE, FIRST, INCIDENT, JOINT, false, Set.of(InternalAudience.COUNCIL),
                        false, null, "Raad informeren.", Role.CLERK))
                .expectException(violates("officialAgreed", CommunicationTexts.AGREEMENT_REQUIRED))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new DecideCommunication(FILE, FIRST, INCIDENT, JOINT, null, Set.of(), false, null, "Niets.",
                        Role.CLERK))
                .expectException(violates("officialAgreed", CommunicationTexts.AGREEMENT_REQUIRED));
    }

    @Test
    void theDecisionIsTakenJointlyByMayorClerkOrSecretaryAndTheOfficial() {
        fixture.givenNoPriorActivity()
                .when(new DecideCommunication(FILE, FIRST, INCIDENT, Set.of(Participant.MAYOR, Participant.CLERK), true,
                        Set.of(), false, null, "Zonder de bestuurder.", Role.CLERK))
                .expectException(violates("participants", CommunicationTexts.OFFICIAL_MUST_TAKE_PART));
        fixture.givenNoPriorActivity()
                .when(new DecideCommunication(FILE, FIRST, INCIDENT, Set.of(Participant.OFFICIAL, Participant.CLERK),
                        true, Set.of(), false, null, "Zonder de burgemeester.", Role.CLERK))
                .expectException(violates("participants", CommunicationTexts.NOT_JOINT));
        fixture.givenNoPriorActivity()
                .when(new DecideCommunication(FILE, FIRST, INCIDENT, Set.of(Participant.OFFICIAL, Participant.MAYOR),
                        true, Set.of(), false, null, "Zonder griffier of secretaris.", Role.MAYOR))
                .expectException(violates("participants", CommunicationTexts.NOT_JOINT));
        fixture.givenNoPriorActivity()
                .when(new DecideCommunication(FILE, FIRST, INCIDENT,
                        Set.of(Participant.OFFICIAL, Participant.MAYOR, Participant.MUNICIPAL_SECRETARY), true, Set.of(),
                        false, null, "Met de secretaris.", Role.MUNICIPAL_SECRETARY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new DecideCommunication(FILE, FIRST, INCIDENT, Set.of(), null, Set.of(), true, " ", "",
                        Role.CLERK))
                .expectException(violatesAll(List.of(
                        new RuleViolation("participants", RuleViolation.REQUIRED),
                        new RuleViolation("officialAgreed", CommunicationTexts.AGREEMENT_REQUIRED),
                        new RuleViolation("externalForm", RuleViolation.REQUIRED),
                        new RuleViolation("rationale", RuleViolation.REQUIRED))))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new DecideCommunication(FILE, FIRST, INCIDENT, JOINT, true, Set.of(), null, null, "Waarom.",
                        Role.CLERK))
                .expectException(violates("external", RuleViolation.REQUIRED));
    }

    @Test
    void theOfficialDoesNotRecordTheDecision() {
        fixture.givenNoPriorActivity()
                .when(new DecideCommunication(FILE, FIRST, INCIDENT, JOINT, true, Set.of(), false, null, "Zelf vastgelegd.",
                        Role.OFFICIAL))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void anExternalFormIsOnlyKeptWhenCommunicatingExternally() {
        fixture.givenNoPriorActivity()
                .when(decide(FIRST, Set.of(InternalAudience.COLLEGE), false, "Persbericht"))
                .expectEvents(decided(FIRST, 1, null, List.of(InternalAudience.COLLEGE), false, null, NOW));
    }

    @Test
    void aLaterDecisionRevisesTheCurrentOneAndKeepsIt() {
        fixture.given(decided(FIRST, 1, null, List.of(InternalAudience.PARTY_LEADERS), false, null, NOW))
                .when(decide(SECOND, Set.of(), false, null))
                .expectEvents(decided(SECOND, 2, FIRST, List.of(), false, null, NOW));
    }

    @Test
    void theSameDecisionIsNotRecordedTwice() {
        fixture.given(decided(FIRST, 1, null, List.of(InternalAudience.PARTY_LEADERS), false, null, NOW))
                .when(decide(FIRST, Set.of(InternalAudience.PARTY_LEADERS), false, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void theCurrentDecisionIsCarriedOutOnce() {
        fixture.given(decided(FIRST, 1, null, List.of(InternalAudience.PARTY_LEADERS), false, null, NOW))
                .when(new ExecuteCommunicationDecision(FILE, FIRST, TODAY, " De burgemeester, in het overleg ",
                        Role.MAYOR))
                .expectEvents(new CommunicationDecisionExecuted(FILE, FIRST, INCIDENT, TODAY,
                        "De burgemeester, in het overleg", Role.MAYOR, NOW));
        fixture.given(decided(FIRST, 1, null, List.of(InternalAudience.PARTY_LEADERS), false, null, NOW),
                        new CommunicationDecisionExecuted(FILE, FIRST, INCIDENT, TODAY, "De burgemeester", Role.MAYOR,
                                NOW))
                .when(new ExecuteCommunicationDecision(FILE, FIRST, TODAY, "Nog eens", Role.MAYOR))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aRevisedDecisionIsNoLongerCarriedOut() {
        fixture.given(decided(FIRST, 1, null, List.of(InternalAudience.PARTY_LEADERS), false, null, NOW),
                        decided(SECOND, 2, FIRST, List.of(InternalAudience.COUNCIL), false, null, NOW))
                .when(new ExecuteCommunicationDecision(FILE, FIRST, TODAY, "De griffier", Role.CLERK))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aDecisionToCommunicateNothingHasNothingToCarryOut() {
        fixture.given(decided(FIRST, 1, null, List.of(), false, null, NOW))
                .when(new ExecuteCommunicationDecision(FILE, FIRST, TODAY, "De griffier", Role.CLERK))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void itIsCarriedOutNeitherInTheFutureNorBeforeItWasTaken() {
        fixture.given(decided(FIRST, 1, null, List.of(InternalAudience.COUNCIL), false, null, NOW))
                .when(new ExecuteCommunicationDecision(FILE, FIRST, TODAY.plusDays(1), "De griffier", Role.CLERK))
                .expectException(violates("executedOn", RuleViolation.IN_FUTURE));
        fixture.given(decided(FIRST, 1, null, List.of(InternalAudience.COUNCIL), false, null, NOW))
                .when(new ExecuteCommunicationDecision(FILE, FIRST, TODAY.minusDays(1), "De griffier", Role.CLERK))
                .expectException(violates("executedOn", CommunicationTexts.TOO_EARLY));
        fixture.given(decided(FIRST, 1, null, List.of(InternalAudience.COUNCIL), false, null, NOW))
                .when(new ExecuteCommunicationDecision(FILE, FIRST, null, " ", Role.CLERK))
                .expectException(violatesAll(List.of(new RuleViolation("executedOn", RuleViolation.REQUIRED),
                        new RuleViolation("executedBy", RuleViolation.REQUIRED))));
    }

    // ---------------------------------------------------------------- helpers

    private static DecideCommunication decide(CommunicationDecisionId id, Set<InternalAudience> audiences,
            boolean external, String form) {
        return new DecideCommunication(FILE, id, INCIDENT, JOINT, true, audiences, external, form,
                " Afgesproken met de bestuurder. ", Role.CLERK);
    }

    private static CommunicationDecided decided(CommunicationDecisionId id, int number, CommunicationDecisionId revises,
            List<InternalAudience> audiences, boolean external, String form, Instant at) {
        return new CommunicationDecided(FILE, id, INCIDENT, number, revises,
                List.of(Participant.MAYOR, Participant.CLERK, Participant.OFFICIAL), true, audiences, external, form,
                "Afgesproken met de bestuurder.", Role.CLERK, at);
    }

    private static CommunicationDecisionId decision(int n) {
        return new CommunicationDecisionId(UUID.fromString("d0000000-0000-4000-8000-00000000000" + n));
    }
}
