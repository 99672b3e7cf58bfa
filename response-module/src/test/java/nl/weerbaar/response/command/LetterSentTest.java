package nl.weerbaar.response.command;

import static nl.weerbaar.testing.RuleViolations.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.response.api.Consultation;
import nl.weerbaar.response.api.ConversationConductor;
import nl.weerbaar.response.api.CorrectiveLetterSent;
import nl.weerbaar.response.api.InterventionCancelled;
import nl.weerbaar.response.api.InterventionChosen;
import nl.weerbaar.response.api.InterventionCompleted;
import nl.weerbaar.response.api.InterventionId;
import nl.weerbaar.response.api.InterventionType;
import nl.weerbaar.response.api.LetterContent;
import nl.weerbaar.response.api.RecordLetterSent;
import nl.weerbaar.response.api.StopConversationPlan;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recording the day a corrective letter was sent: once, for a letter that is not cancelled, on a possible day. */
class LetterSentTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    // 23:30 UTC on the 16th is the 17th in Assen: the day of choosing is the municipality's day
    private static final Instant CHOSEN_AT = Instant.parse("2026-05-16T23:30:00Z");
    private static final IncidentId INCIDENT = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));
    private static final InterventionId INTERVENTION =
            new InterventionId(UUID.fromString("b0000000-0000-4000-8000-000000000001"));
    private static final LetterContent LETTER = new LetterContent("U schreeuwde.", "Het raadslid voelde zich bedreigd.",
            "Bij herhaling volgt een toegangsverbod.", "J. Jansen", "Dorpsstraat 1, Assen");

    private AggregateTestFixture<Intervention> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Intervention.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, AMSTERDAM));
    }

    @Test
    void theDayALetterWasSentIsRecorded() {
        fixture.given(letterChosen())
                .when(new RecordLetterSent(INTERVENTION, LocalDate.of(2026, 5, 17), Role.CLERK))
                .expectEvents(new CorrectiveLetterSent(INTERVENTION, INCIDENT, LocalDate.of(2026, 5, 17), NOW));
    }

    @Test
    void aLetterCarriedOutAlreadyMayStillGetItsDayOfSending() {
        fixture.given(letterChosen(), new InterventionCompleted(INTERVENTION, INCIDENT, "Verstuurd.", NOW))
                .when(new RecordLetterSent(INTERVENTION, TODAY, Role.MAYOR))
                .expectEvents(new CorrectiveLetterSent(INTERVENTION, INCIDENT, TODAY, NOW));
    }

    @Test
    void aLetterIsSentOnce() {
        fixture.given(letterChosen(), new CorrectiveLetterSent(INTERVENTION, INCIDENT, TODAY, NOW))
                .when(new RecordLetterSent(INTERVENTION, TODAY, Role.CLERK))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aCancelledLetterIsNotSent() {
        fixture.given(letterChosen(), new InterventionCancelled(INTERVENTION, INCIDENT, "Toch niet.", NOW))
                .when(new RecordLetterSent(INTERVENTION, TODAY, Role.CLERK))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void onlyALetterIsSent() {
        fixture.given(new InterventionChosen(INTERVENTION, INCIDENT, InterventionType.STOP_CONVERSATION,
                        new Consultation(true, "Goed."), "Gesprek.", List.of(),
                        new StopConversationPlan(ConversationConductor.MAYOR, null, TODAY, null), null, null, null,
                        Role.CLERK, CHOSEN_AT))
                .when(new RecordLetterSent(INTERVENTION, TODAY, Role.CLERK))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void notInTheFuture() {
        fixture.given(letterChosen())
                .when(new RecordLetterSent(INTERVENTION, TODAY.plusDays(1), Role.CLERK))
                .expectException(violates("sentOn", RuleViolation.IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void notBeforeTheLetterWasChosenInTheMunicipalitysTime() {
        fixture.given(letterChosen())
                .when(new RecordLetterSent(INTERVENTION, LocalDate.of(2026, 5, 16), Role.CLERK))
                .expectException(violates("sentOn", RecordLetterSent.BEFORE_CHOICE))
                .expectNoEvents();
    }

    @Test
    void theDayIsRequired() {
        fixture.given(letterChosen())
                .when(new RecordLetterSent(INTERVENTION, null, Role.CLERK))
                .expectException(violates("sentOn", RuleViolation.REQUIRED))
                .expectNoEvents();
    }

    @Test
    void onlyACaseHandlerRecordsIt() {
        fixture.given(letterChosen())
                .when(new RecordLetterSent(INTERVENTION, TODAY, Role.OFFICIAL))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    private static InterventionChosen letterChosen() {
        return new InterventionChosen(INTERVENTION, INCIDENT, InterventionType.CORRECTIVE_LETTER,
                new Consultation(true, "Anna wil een brief."), "Duidelijk signaal.", List.of(), null, LETTER, null,
                null, Role.CLERK, CHOSEN_AT);
    }
}
