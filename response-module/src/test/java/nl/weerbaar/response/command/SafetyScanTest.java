package nl.weerbaar.response.command;

import static nl.weerbaar.testing.RuleViolations.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.response.api.FollowUpActionDone;
import nl.weerbaar.response.api.MarkFollowUpActionDone;
import nl.weerbaar.response.api.RecordSafetyScanCarriedOut;
import nl.weerbaar.response.api.RequestSafetyScan;
import nl.weerbaar.response.api.SafetyScanCarriedOut;
import nl.weerbaar.response.api.SafetyScanId;
import nl.weerbaar.response.api.SafetyScanRequested;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A CCV safety scan: requested for an official, carried out once, never before it was requested. */
class SafetyScanTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final SafetyScanId SCAN = new SafetyScanId(UUID.fromString("d0000000-0000-4000-8000-000000000001"));
    private static final OfficialId ANNA = new OfficialId(UUID.fromString("e0000000-0000-4000-8000-000000000001"));
    private static final IncidentId INCIDENT = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));
    private static final SafetyScanRequested REQUESTED =
            new SafetyScanRequested(SCAN, ANNA, INCIDENT, TODAY.minusDays(10), Role.CLERK, NOW.minusSeconds(864_000));

    private AggregateTestFixture<SafetyScan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SafetyScan.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, AMSTERDAM));
    }

    @Test
    void aCaseHandlerRequestsAScan() {
        fixture.givenNoPriorActivity()
                .when(new RequestSafetyScan(SCAN, ANNA, TODAY.minusDays(10), INCIDENT, Role.CLERK))
                .expectEvents(new SafetyScanRequested(SCAN, ANNA, INCIDENT, TODAY.minusDays(10), Role.CLERK, NOW));
    }

    @Test
    void aScanNeedsNoIncident() {
        fixture.givenNoPriorActivity()
                .when(new RequestSafetyScan(SCAN, ANNA, TODAY, null, Role.MAYOR))
                .expectEvents(new SafetyScanRequested(SCAN, ANNA, null, TODAY, Role.MAYOR, NOW));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OFFICIAL", "COUNCIL_REVIEWER", "ADMINISTRATOR"})
    void onlyCaseHandlersRequestAScan(Role role) {
        fixture.givenNoPriorActivity()
                .when(new RequestSafetyScan(SCAN, ANNA, TODAY, null, role))
                .expectException(NotPermittedException.class);
    }

    @Test
    void theOfficialAndTheDayAreRequired() {
        fixture.givenNoPriorActivity()
                .when(new RequestSafetyScan(SCAN, null, TODAY, null, Role.CLERK))
                .expectException(violates("officialId", RuleViolation.REQUIRED));
        fixture.givenNoPriorActivity()
                .when(new RequestSafetyScan(SCAN, ANNA, null, null, Role.CLERK))
                .expectException(violates("requestedOn", RuleViolation.REQUIRED));
    }

    @Test
    void aRequestCannotLieInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new RequestSafetyScan(SCAN, ANNA, TODAY.plusDays(1), null, Role.CLERK))
                .expectException(violates("requestedOn", RuleViolation.IN_FUTURE));
    }

    @Test
    void theScanIsCarriedOutWithAdviceAndFollowUpActions() {
        fixture.given(REQUESTED)
                .when(new RecordSafetyScanCarriedOut(SCAN, TODAY, " Camera bij de voordeur. ",
                        List.of(" Camera plaatsen ", "Route variëren"), Role.CLERK))
                .expectEvents(new SafetyScanCarriedOut(SCAN, ANNA, TODAY, "Camera bij de voordeur.",
                        List.of("Camera plaatsen", "Route variëren"), NOW));
    }

    @Test
    void theAdviceIsRequired() {
        fixture.given(REQUESTED)
                .when(new RecordSafetyScanCarriedOut(SCAN, TODAY, " ", List.of(), Role.CLERK))
                .expectException(violates("adviceSummary", RuleViolation.REQUIRED));
    }

    @Test
    void aBlankFollowUpActionIsNamedByPosition() {
        fixture.given(REQUESTED)
                .when(new RecordSafetyScanCarriedOut(SCAN, TODAY, "Advies.", Arrays.asList("Camera", null),
                        Role.CLERK))
                .expectException(violates("followUpActions[1]", RuleViolation.REQUIRED));
    }

    @Test
    void theScanCannotBeCarriedOutInTheFutureOrBeforeItWasRequested() {
        fixture.given(REQUESTED)
                .when(new RecordSafetyScanCarriedOut(SCAN, TODAY.plusDays(1), "Advies.", List.of(), Role.CLERK))
                .expectException(violates("carriedOutOn", RuleViolation.IN_FUTURE));
        fixture.given(REQUESTED)
                .when(new RecordSafetyScanCarriedOut(SCAN, TODAY.minusDays(11), "Advies.", List.of(), Role.CLERK))
                .expectException(violates("carriedOutOn", RecordSafetyScanCarriedOut.BEFORE_REQUEST));
    }

    @Test
    void aScanIsCarriedOutOnce() {
        fixture.given(REQUESTED, new SafetyScanCarriedOut(SCAN, ANNA, TODAY, "Advies.", List.of(), NOW))
                .when(new RecordSafetyScanCarriedOut(SCAN, TODAY, "Nog eens.", List.of(), Role.CLERK))
                .expectException(ConflictException.class);
    }

    @Test
    void aFollowUpActionIsDoneOnce() {
        SafetyScanCarriedOut carriedOut =
                new SafetyScanCarriedOut(SCAN, ANNA, TODAY.minusDays(2), "Advies.", List.of("Camera", "Route"), NOW);
        fixture.given(REQUESTED, carriedOut)
                .when(new MarkFollowUpActionDone(SCAN, 1, TODAY, Role.CLERK))
                .expectEvents(new FollowUpActionDone(SCAN, ANNA, 1, TODAY, NOW));
        fixture.given(REQUESTED, carriedOut, new FollowUpActionDone(SCAN, ANNA, 1, TODAY, NOW))
                .when(new MarkFollowUpActionDone(SCAN, 1, TODAY, Role.CLERK))
                .expectException(ConflictException.class);
    }

    @Test
    void onlyAnAdvisedActionIsDoneAfterTheScanAndNotInTheFuture() {
        SafetyScanCarriedOut carriedOut =
                new SafetyScanCarriedOut(SCAN, ANNA, TODAY.minusDays(2), "Advies.", List.of("Camera"), NOW);
        fixture.given(REQUESTED, carriedOut)
                .when(new MarkFollowUpActionDone(SCAN, 1, TODAY, Role.CLERK))
                .expectException(violates("position", RuleViolation.UNKNOWN));
        fixture.given(REQUESTED)
                .when(new MarkFollowUpActionDone(SCAN, 0, TODAY, Role.CLERK))
                .expectException(violates("position", RuleViolation.UNKNOWN));
        fixture.given(REQUESTED, carriedOut)
                .when(new MarkFollowUpActionDone(SCAN, 0, TODAY.minusDays(3), Role.CLERK))
                .expectException(violates("doneOn", MarkFollowUpActionDone.BEFORE_SCAN));
        fixture.given(REQUESTED, carriedOut)
                .when(new MarkFollowUpActionDone(SCAN, 0, TODAY.plusDays(1), Role.CLERK))
                .expectException(violates("doneOn", RuleViolation.IN_FUTURE));
        fixture.given(REQUESTED, carriedOut)
                .when(new MarkFollowUpActionDone(SCAN, 0, null, Role.CLERK))
                .expectException(violates("doneOn", RuleViolation.REQUIRED));
        fixture.given(REQUESTED, carriedOut)
                .when(new MarkFollowUpActionDone(SCAN, 0, TODAY, Role.OFFICIAL))
                .expectException(NotPermittedException.class);
    }

    @Test
    void onlyCaseHandlersRecordTheScan() {
        fixture.given(REQUESTED)
                .when(new RecordSafetyScanCarriedOut(SCAN, TODAY, "Advies.", List.of(), Role.OFFICIAL))
                .expectException(NotPermittedException.class);
    }
}
