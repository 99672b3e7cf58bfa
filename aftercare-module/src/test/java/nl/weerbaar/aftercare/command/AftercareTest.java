package nl.weerbaar.aftercare.command;

import static nl.weerbaar.testing.RuleViolations.violates;
import static nl.weerbaar.testing.RuleViolations.violatesAll;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.aftercare.api.AftercareArranged;
import nl.weerbaar.aftercare.api.AftercareCompleted;
import nl.weerbaar.aftercare.api.AftercareId;
import nl.weerbaar.aftercare.api.AftercareKind;
import nl.weerbaar.aftercare.api.AftercareRequested;
import nl.weerbaar.aftercare.api.ArrangeAftercare;
import nl.weerbaar.aftercare.api.CompleteAftercare;
import nl.weerbaar.aftercare.api.RequestAftercare;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Aftercare the official asks for: requested, arranged by whom and with whom, completed, in that order. */
class AftercareTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final IncidentId INCIDENT = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));
    private static final AftercareId AFTERCARE = new AftercareId(UUID.fromString("d0000000-0000-4000-8000-000000000001"));
    private static final AftercareRequested REQUESTED = new AftercareRequested(AFTERCARE, INCIDENT,
            AftercareKind.CONFIDANT, "Wil praten met iemand buiten de fractie", TODAY.minusDays(5), Role.CLERK,
            NOW.minusSeconds(86_400));
    private static final AftercareArranged ARRANGED = new AftercareArranged(AFTERCARE, INCIDENT, "Griffier",
            "Vertrouwenspersoon mw. De Boer", TODAY.minusDays(3), Role.CLERK, NOW.minusSeconds(3_600));

    private AggregateTestFixture<Aftercare> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Aftercare.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, AMSTERDAM));
    }

    @Test
    void aCaseHandlerRecordsTheRequestedAftercare() {
        fixture.givenNoPriorActivity()
                .when(new RequestAftercare(AFTERCARE, INCIDENT, AftercareKind.CONFIDANT,
                        "  Wil praten met iemand buiten de fractie ", TODAY.minusDays(5), Role.CLERK))
                .expectEvents(new AftercareRequested(AFTERCARE, INCIDENT, AftercareKind.CONFIDANT,
                        "Wil praten met iemand buiten de fractie", TODAY.minusDays(5), Role.CLERK, NOW));
    }

    @Test
    void otherAftercareSaysWhatIsAskedFor() {
        fixture.givenNoPriorActivity()
                .when(new RequestAftercare(AFTERCARE, INCIDENT, AftercareKind.OTHER, " ", TODAY, Role.MAYOR))
                .expectException(violates("description", RuleViolation.REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aRequestNamesKindAndADayNotInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new RequestAftercare(AFTERCARE, INCIDENT, null, null, TODAY.plusDays(1), Role.CLERK))
                .expectException(violatesAll(List.of(new RuleViolation("kind", RuleViolation.REQUIRED),
                        new RuleViolation("requestedOn", RuleViolation.IN_FUTURE))));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OFFICIAL", "COUNCIL_REVIEWER", "ADMINISTRATOR"})
    void onlyCaseHandlersRecordAftercare(Role role) {
        fixture.givenNoPriorActivity()
                .when(new RequestAftercare(AFTERCARE, INCIDENT, AftercareKind.VICTIM_SUPPORT, null, TODAY, role))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void requestedAftercareIsArrangedByWhomAndWithWhom() {
        fixture.given(REQUESTED)
                .when(new ArrangeAftercare(AFTERCARE, "Griffier", "Vertrouwenspersoon mw. De Boer", TODAY.minusDays(3),
                        Role.CLERK))
                .expectEvents(new AftercareArranged(AFTERCARE, INCIDENT, "Griffier", "Vertrouwenspersoon mw. De Boer",
                        TODAY.minusDays(3), Role.CLERK, NOW));
    }

    @Test
    void anArrangementNeedsWhoAndWithWhomAndCannotPrecedeTheRequest() {
        fixture.given(REQUESTED)
                .when(new ArrangeAftercare(AFTERCARE, null, "", TODAY, Role.CLERK))
                .expectException(violatesAll(List.of(new RuleViolation("arrangedBy", RuleViolation.REQUIRED),
                        new RuleViolation("arrangedWith", RuleViolation.REQUIRED))));
        fixture.given(REQUESTED)
                .when(new ArrangeAftercare(AFTERCARE, "Griffier", "Slachtofferhulp", TODAY.minusDays(6), Role.CLERK))
                .expectException(violates("arrangedOn", ArrangeAftercare.BEFORE_REQUEST))
                .expectNoEvents();
    }

    @Test
    void aftercareIsArrangedOnce() {
        fixture.given(REQUESTED, ARRANGED)
                .when(new ArrangeAftercare(AFTERCARE, "Griffier", "Slachtofferhulp", TODAY, Role.CLERK))
                .expectException(ConflictException.class);
    }

    @Test
    void arrangedAftercareIsCompletedOnce() {
        fixture.given(REQUESTED, ARRANGED)
                .when(new CompleteAftercare(AFTERCARE, TODAY, " Twee gesprekken gehad ", Role.MAYOR))
                .expectEvents(new AftercareCompleted(AFTERCARE, INCIDENT, TODAY, "Twee gesprekken gehad", Role.MAYOR,
                        NOW));
        fixture.given(REQUESTED, ARRANGED, new AftercareCompleted(AFTERCARE, INCIDENT, TODAY, null, Role.MAYOR, NOW))
                .when(new CompleteAftercare(AFTERCARE, TODAY, null, Role.MAYOR))
                .expectException(ConflictException.class);
    }

    @Test
    void aftercareNotArrangedCannotBeCompleted() {
        fixture.given(REQUESTED)
                .when(new CompleteAftercare(AFTERCARE, TODAY, null, Role.CLERK))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void completionCannotPrecedeTheArrangement() {
        fixture.given(REQUESTED, ARRANGED)
                .when(new CompleteAftercare(AFTERCARE, TODAY.minusDays(4), null, Role.CLERK))
                .expectException(violates("completedOn", CompleteAftercare.BEFORE_ARRANGEMENT));
    }
}
