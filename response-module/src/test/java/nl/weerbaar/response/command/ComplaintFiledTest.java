package nl.weerbaar.response.command;

import static nl.weerbaar.testing.RuleViolations.violates;
import static nl.weerbaar.testing.RuleViolations.violatesAll;

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
import nl.weerbaar.response.api.CriminalComplaintFiled;
import nl.weerbaar.response.api.InterventionCancelled;
import nl.weerbaar.response.api.InterventionChosen;
import nl.weerbaar.response.api.InterventionCompleted;
import nl.weerbaar.response.api.InterventionId;
import nl.weerbaar.response.api.InterventionType;
import nl.weerbaar.response.api.InvolvedActor;
import nl.weerbaar.response.api.PoliceInvolvement;
import nl.weerbaar.response.api.RecordComplaintFiled;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recording that the municipality filed a criminal complaint: who, on which day, the police's number; once. */
class ComplaintFiledTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    // 23:30 UTC on the 16th is the 17th in Assen: the day of choosing is the municipality's day
    private static final Instant CHOSEN_AT = Instant.parse("2026-05-16T23:30:00Z");
    private static final IncidentId INCIDENT = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));
    private static final InterventionId INTERVENTION =
            new InterventionId(UUID.fromString("b0000000-0000-4000-8000-000000000002"));

    private AggregateTestFixture<Intervention> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Intervention.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, AMSTERDAM));
    }

    @Test
    void whoFiledItWhenAndThePolicesNumberAreRecorded() {
        fixture.given(chosen(InterventionType.CRIMINAL_COMPLAINT))
                .when(new RecordComplaintFiled(INTERVENTION, "  M. de Vries, griffier ", LocalDate.of(2026, 5, 17),
                        " PL0100-2026-77 ", Role.CLERK))
                .expectEvents(new CriminalComplaintFiled(INTERVENTION, INCIDENT, "M. de Vries, griffier",
                        LocalDate.of(2026, 5, 17), "PL0100-2026-77", NOW));
    }

    @Test
    void thePolicesNumberMayFollowLater() {
        fixture.given(chosen(InterventionType.CRIMINAL_COMPLAINT))
                .when(new RecordComplaintFiled(INTERVENTION, "M. de Vries", TODAY, "  ", Role.MAYOR))
                .expectEvents(new CriminalComplaintFiled(INTERVENTION, INCIDENT, "M. de Vries", TODAY, null, NOW));
    }

    @Test
    void aComplaintCarriedOutAlreadyMayStillGetItsFilingRecorded() {
        fixture.given(chosen(InterventionType.CRIMINAL_COMPLAINT),
                        new InterventionCompleted(INTERVENTION, INCIDENT, "Aangifte gedaan.", NOW))
                .when(new RecordComplaintFiled(INTERVENTION, "M. de Vries", TODAY, null, Role.MUNICIPAL_SECRETARY))
                .expectEvents(new CriminalComplaintFiled(INTERVENTION, INCIDENT, "M. de Vries", TODAY, null, NOW));
    }

    @Test
    void aComplaintIsFiledOnce() {
        fixture.given(chosen(InterventionType.CRIMINAL_COMPLAINT),
                        new CriminalComplaintFiled(INTERVENTION, INCIDENT, "M. de Vries", TODAY, null, NOW))
                .when(new RecordComplaintFiled(INTERVENTION, "M. de Vries", TODAY, null, Role.CLERK))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aCancelledComplaintIsNotFiled() {
        fixture.given(chosen(InterventionType.CRIMINAL_COMPLAINT),
                        new InterventionCancelled(INTERVENTION, INCIDENT, "Toch niet.", NOW))
                .when(new RecordComplaintFiled(INTERVENTION, "M. de Vries", TODAY, null, Role.CLERK))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    /** A police report (melding) is made, not filed as a complaint by the municipality. */
    @Test
    void onlyACriminalComplaintIsFiled() {
        fixture.given(chosen(InterventionType.POLICE_REPORT))
                .when(new RecordComplaintFiled(INTERVENTION, "M. de Vries", TODAY, null, Role.CLERK))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void notInTheFuture() {
        fixture.given(chosen(InterventionType.CRIMINAL_COMPLAINT))
                .when(new RecordComplaintFiled(INTERVENTION, "M. de Vries", TODAY.plusDays(1), null, Role.CLERK))
                .expectException(violates("filedOn", RuleViolation.IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void notBeforeTheComplaintWasChosenInTheMunicipalitysTime() {
        fixture.given(chosen(InterventionType.CRIMINAL_COMPLAINT))
                .when(new RecordComplaintFiled(INTERVENTION, "M. de Vries", LocalDate.of(2026, 5, 16), null,
                        Role.CLERK))
                .expectException(violates("filedOn", RecordComplaintFiled.BEFORE_CHOICE))
                .expectNoEvents();
    }

    @Test
    void whoAndWhenAreRequired() {
        fixture.given(chosen(InterventionType.CRIMINAL_COMPLAINT))
                .when(new RecordComplaintFiled(INTERVENTION, " ", null, null, Role.CLERK))
                .expectException(violatesAll(List.of(new RuleViolation("filedBy", RuleViolation.REQUIRED),
                        new RuleViolation("filedOn", RuleViolation.REQUIRED))))
                .expectNoEvents();
    }

    @Test
    void onlyACaseHandlerRecordsIt() {
        fixture.given(chosen(InterventionType.CRIMINAL_COMPLAINT))
                .when(new RecordComplaintFiled(INTERVENTION, "M. de Vries", TODAY, null, Role.OFFICIAL))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    private static InterventionChosen chosen(InterventionType type) {
        return new InterventionChosen(INTERVENTION, INCIDENT, type, new Consultation(true, "Anna wil aangifte."),
                "Bedreiging met geweld.", List.of(InvolvedActor.POLICE), null, null,
                new PoliceInvolvement(true, null), null, Role.MAYOR, CHOSEN_AT);
    }
}
