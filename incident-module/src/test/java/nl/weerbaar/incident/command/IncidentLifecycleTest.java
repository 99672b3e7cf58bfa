package nl.weerbaar.incident.command;

import static nl.weerbaar.incident.api.ReportIncidentBuilder.BEHAVIOUR;
import static nl.weerbaar.incident.api.ReportIncidentBuilder.CHANNEL;
import static nl.weerbaar.incident.api.ReportIncidentBuilder.DESCRIPTION;
import static nl.weerbaar.incident.api.ReportIncidentBuilder.INCIDENT;
import static nl.weerbaar.incident.api.ReportIncidentBuilder.LOCATION;
import static nl.weerbaar.incident.api.ReportIncidentBuilder.OCCURRED_AT;
import static nl.weerbaar.testing.RuleViolations.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.incident.api.ApplyRetention;
import nl.weerbaar.incident.api.CloseIncident;
import nl.weerbaar.incident.api.ClosingOutcome;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.EraseIncidentPersonalData;
import nl.weerbaar.incident.api.IncidentClosed;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentReopened;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.LegalHoldLifted;
import nl.weerbaar.incident.api.LegalHoldPlaced;
import nl.weerbaar.incident.api.LiftLegalHold;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.PlaceLegalHold;
import nl.weerbaar.incident.api.ReopenIncident;
import nl.weerbaar.incident.api.RetentionPolicy;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What happens to an incident after its report: closing and reopening by its case handler, legal
 * holds, and the erasure of its personal data by the administrator or the retention job.
 */
class IncidentLifecycleTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant REPORTED_AT = Instant.parse("2026-03-10T09:15:00Z");
    private static final Instant CLOSED_AT = Instant.parse("2026-04-02T13:45:00Z");
    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final Period DEFAULT_RETENTION = Period.ofYears(5);
    /** The moment a closed incident has been closed for exactly the default five years. */
    private static final Instant RETENTION_ENDS = CLOSED_AT.atZone(AMSTERDAM).plus(DEFAULT_RETENTION).toInstant();

    private static final OfficialId COUNCIL_MEMBER = official("c0000000-0000-4000-8000-000000000001");
    private static final OfficialId ALDERMAN = official("a0000000-0000-4000-8000-000000000001");
    private static final String REASON = "Besproken met het raadslid; de maatregelen zijn genomen.";
    private static final String ADMIN_REASON = "Verzoek tot wissen, zaak 2026-17.";

    private AggregateTestFixture<Incident> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(NOW, DEFAULT_RETENTION);
    }

    /** The aggregate is handed what it cannot make itself: directory, sequence, retention policy and clock. */
    private static AggregateTestFixture<Incident> fixture(Instant now, Period retention) {
        AggregateTestFixture<Incident> fixture = new AggregateTestFixture<>(Incident.class);
        fixture.registerInjectableResource((OfficialDirectory) official -> Optional.empty());
        fixture.registerInjectableResource(new CountingReferenceSequence(AMSTERDAM, 0));
        fixture.registerInjectableResource(new RetentionPolicy(retention));
        fixture.registerInjectableResource(Clock.fixed(now, AMSTERDAM));
        return fixture;
    }

    // Closing

    @ParameterizedTest
    @EnumSource(value = ClosingOutcome.class, names = {"RESOLVED", "NO_FURTHER_ACTION"})
    void routedHandlerClosesTheIncident(ClosingOutcome outcome) {
        fixture.given(reported())
                .when(new CloseIncident(INCIDENT, outcome, REASON, Role.CLERK))
                .expectEvents(new IncidentClosed(INCIDENT, outcome, REASON, IncidentStatus.CLOSED, NOW));
    }

    @Test
    void mayorClosesAnIncidentRoutedToAnotherHandler() {
        fixture.given(reportedForAlderman())
                .when(new CloseIncident(INCIDENT, ClosingOutcome.RESOLVED, REASON, Role.MAYOR))
                .expectEvents(new IncidentClosed(INCIDENT, ClosingOutcome.RESOLVED, REASON, IncidentStatus.CLOSED,
                        NOW));
    }

    @Test
    void secretaryClosesAnIncidentRoutedToTheSecretary() {
        fixture.given(reportedForAlderman())
                .when(new CloseIncident(INCIDENT, ClosingOutcome.RESOLVED, REASON, Role.MUNICIPAL_SECRETARY))
                .expectEvents(new IncidentClosed(INCIDENT, ClosingOutcome.RESOLVED, REASON, IncidentStatus.CLOSED,
                        NOW));
    }

    @Test
    void withdrawalByTheOfficialMarksTheIncidentWithdrawn() {
        fixture.given(reported())
                .when(new CloseIncident(INCIDENT, ClosingOutcome.WITHDRAWN_BY_OFFICIAL, REASON, Role.CLERK))
                .expectEvents(new IncidentClosed(INCIDENT, ClosingOutcome.WITHDRAWN_BY_OFFICIAL, REASON,
                        IncidentStatus.WITHDRAWN, NOW));
    }

    @Test
    void closedAtIsTheMomentOfTheClock() {
        Instant later = Instant.parse("2026-11-30T16:00:00Z");
        fixture = fixture(later, DEFAULT_RETENTION);

        fixture.given(reported())
                .when(new CloseIncident(INCIDENT, ClosingOutcome.RESOLVED, REASON, Role.CLERK))
                .expectEvents(new IncidentClosed(INCIDENT, ClosingOutcome.RESOLVED, REASON, IncidentStatus.CLOSED,
                        later));
    }

    @Test
    void closingReasonIsTrimmed() {
        fixture.given(reported())
                .when(new CloseIncident(INCIDENT, ClosingOutcome.RESOLVED, "\n  " + REASON + " \t", Role.CLERK))
                .expectEvents(new IncidentClosed(INCIDENT, ClosingOutcome.RESOLVED, REASON, IncidentStatus.CLOSED,
                        NOW));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CLERK", "MAYOR"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyTheRoutedHandlerOrTheMayorMayClose(Role other) {
        fixture.given(reported())
                .when(new CloseIncident(INCIDENT, ClosingOutcome.RESOLVED, REASON, other))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    @Test
    void clerkMayNotCloseAnIncidentRoutedToTheSecretary() {
        fixture.given(reportedForAlderman())
                .when(new CloseIncident(INCIDENT, ClosingOutcome.RESOLVED, REASON, Role.CLERK))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    @Test
    void closingWithoutRoleIsNotPermitted() {
        fixture.given(reported())
                .when(new CloseIncident(INCIDENT, ClosingOutcome.RESOLVED, REASON, null))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    @Test
    void closingWithoutOutcomeIsRefused() {
        fixture.given(reported())
                .when(new CloseIncident(INCIDENT, null, REASON, Role.CLERK))
                .expectNoEvents()
                .expectException(violates("outcome", RuleViolation.REQUIRED));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " \n\t ")
    void closingWithoutReasonIsRefused(String reason) {
        fixture.given(reported())
                .when(new CloseIncident(INCIDENT, ClosingOutcome.RESOLVED, reason, Role.CLERK))
                .expectNoEvents()
                .expectException(violates("reason", RuleViolation.REQUIRED));
    }

    @Test
    void closingReasonOverTheMaximumIsRefused() {
        fixture.given(reported())
                .when(new CloseIncident(INCIDENT, ClosingOutcome.RESOLVED, "x".repeat(CloseIncident.MAX_REASON + 1),
                        Role.CLERK))
                .expectNoEvents()
                .expectException(violates("reason", RuleViolation.TOO_LONG));
    }

    @Test
    void closingReasonOfExactlyTheMaximumIsAccepted() {
        String reason = "x".repeat(CloseIncident.MAX_REASON);

        fixture.given(reported())
                .when(new CloseIncident(INCIDENT, ClosingOutcome.RESOLVED, reason + "  ", Role.CLERK))
                .expectEvents(new IncidentClosed(INCIDENT, ClosingOutcome.RESOLVED, reason, IncidentStatus.CLOSED,
                        NOW));
    }

    @Test
    void closingAClosedIncidentIsAConflict() {
        fixture.given(reported(), closed())
                .when(new CloseIncident(INCIDENT, ClosingOutcome.NO_FURTHER_ACTION, REASON, Role.CLERK))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void closingAWithdrawnIncidentIsAConflict() {
        fixture.given(reported(), withdrawn())
                .when(new CloseIncident(INCIDENT, ClosingOutcome.RESOLVED, REASON, Role.MAYOR))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void incidentUnderLegalHoldMayBeClosed() {
        fixture.given(reported(), holdPlaced())
                .when(new CloseIncident(INCIDENT, ClosingOutcome.RESOLVED, REASON, Role.CLERK))
                .expectEvents(new IncidentClosed(INCIDENT, ClosingOutcome.RESOLVED, REASON, IncidentStatus.CLOSED,
                        NOW));
    }

    // Reopening

    @Test
    void reopeningReturnsTheIncidentToItsStatusBeforeClosing() {
        fixture.given(reported(), closed())
                .when(new ReopenIncident(INCIDENT, "Nieuwe bedreiging van dezelfde persoon.", Role.CLERK))
                .expectEvents(new IncidentReopened(INCIDENT, "Nieuwe bedreiging van dezelfde persoon.",
                        IncidentStatus.REPORTED, NOW));
    }

    @Test
    void reopeningAWithdrawnIncidentReturnsItToReported() {
        fixture.given(reported(), withdrawn())
                .when(new ReopenIncident(INCIDENT, REASON, Role.MAYOR))
                .expectEvents(new IncidentReopened(INCIDENT, REASON, IncidentStatus.REPORTED, NOW));
    }

    @Test
    void reopeningReasonIsTrimmed() {
        fixture.given(reported(), closed())
                .when(new ReopenIncident(INCIDENT, "  " + REASON + "\n", Role.CLERK))
                .expectEvents(new IncidentReopened(INCIDENT, REASON, IncidentStatus.REPORTED, NOW));
    }

    @Test
    void reopenedIncidentMayBeClosedAgain() {
        fixture.given(reported(), closed(), reopened())
                .when(new CloseIncident(INCIDENT, ClosingOutcome.WITHDRAWN_BY_OFFICIAL, REASON, Role.CLERK))
                .expectEvents(new IncidentClosed(INCIDENT, ClosingOutcome.WITHDRAWN_BY_OFFICIAL, REASON,
                        IncidentStatus.WITHDRAWN, NOW));
    }

    @Test
    void reopenedIncidentReopensToReportedAgain() {
        fixture.given(reported(), closed(), reopened(), closed())
                .when(new ReopenIncident(INCIDENT, REASON, Role.CLERK))
                .expectEvents(new IncidentReopened(INCIDENT, REASON, IncidentStatus.REPORTED, NOW));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CLERK", "MAYOR"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyTheRoutedHandlerOrTheMayorMayReopen(Role other) {
        fixture.given(reported(), closed())
                .when(new ReopenIncident(INCIDENT, REASON, other))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void reopeningWithoutReasonIsRefused(String reason) {
        fixture.given(reported(), closed())
                .when(new ReopenIncident(INCIDENT, reason, Role.CLERK))
                .expectNoEvents()
                .expectException(violates("reason", RuleViolation.REQUIRED));
    }

    @Test
    void reopeningAnOpenIncidentIsAConflict() {
        fixture.given(reported())
                .when(new ReopenIncident(INCIDENT, REASON, Role.CLERK))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void reopeningAReopenedIncidentIsAConflict() {
        fixture.given(reported(), closed(), reopened())
                .when(new ReopenIncident(INCIDENT, REASON, Role.CLERK))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void reopeningAnErasedIncidentIsAConflict() {
        fixture.given(reported(), closed(), erasedByAdministrator())
                .when(new ReopenIncident(INCIDENT, REASON, Role.CLERK))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void reopeningAnIncidentErasedByRetentionIsAConflict() {
        fixture.given(reported(), closed(), erasedByRetention())
                .when(new ReopenIncident(INCIDENT, REASON, Role.MAYOR))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    /** Its reason is stored as "[gewist]" by the event store: no new personal data of an erased subject. */
    @Test
    void anIncidentErasedWhileOpenCanStillBeClosed() {
        fixture.given(reported(), erasedByAdministrator())
                .when(new CloseIncident(INCIDENT, ClosingOutcome.RESOLVED, REASON, Role.CLERK))
                .expectEvents(new IncidentClosed(INCIDENT, ClosingOutcome.RESOLVED, REASON, IncidentStatus.CLOSED, NOW));
    }

    // Erasure by the administrator

    @Test
    void administratorErasesAClosedIncident() {
        fixture.given(reported(), closed())
                .when(new EraseIncidentPersonalData(INCIDENT, ADMIN_REASON))
                .expectEvents(new IncidentPersonalDataErased(INCIDENT, ADMIN_REASON, false, NOW));
    }

    @Test
    void administratorErasesAnOpenIncident() {
        fixture.given(reported())
                .when(new EraseIncidentPersonalData(INCIDENT, ADMIN_REASON))
                .expectEvents(new IncidentPersonalDataErased(INCIDENT, ADMIN_REASON, false, NOW));
    }

    @Test
    void erasureReasonIsTrimmed() {
        fixture.given(reported(), closed())
                .when(new EraseIncidentPersonalData(INCIDENT, " " + ADMIN_REASON + "\n"))
                .expectEvents(new IncidentPersonalDataErased(INCIDENT, ADMIN_REASON, false, NOW));
    }

    @Test
    void erasingTwiceIsAConflict() {
        fixture.given(reported(), closed(), erasedByAdministrator())
                .when(new EraseIncidentPersonalData(INCIDENT, ADMIN_REASON))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void erasingAnIncidentErasedByRetentionIsAConflict() {
        fixture.given(reported(), closed(), erasedByRetention())
                .when(new EraseIncidentPersonalData(INCIDENT, ADMIN_REASON))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void erasingUnderLegalHoldIsAConflict() {
        fixture.given(reported(), closed(), holdPlaced())
                .when(new EraseIncidentPersonalData(INCIDENT, ADMIN_REASON))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void erasingAfterTheLegalHoldIsLiftedIsAllowed() {
        fixture.given(reported(), closed(), holdPlaced(), holdLifted())
                .when(new EraseIncidentPersonalData(INCIDENT, ADMIN_REASON))
                .expectEvents(new IncidentPersonalDataErased(INCIDENT, ADMIN_REASON, false, NOW));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "\t")
    void erasingWithoutReasonIsRefused(String reason) {
        fixture.given(reported(), closed())
                .when(new EraseIncidentPersonalData(INCIDENT, reason))
                .expectNoEvents()
                .expectException(violates("reason", RuleViolation.REQUIRED));
    }

    @Test
    void erasureReasonOverTheMaximumIsRefused() {
        fixture.given(reported(), closed())
                .when(new EraseIncidentPersonalData(INCIDENT, "x".repeat(EraseIncidentPersonalData.MAX_REASON + 1)))
                .expectNoEvents()
                .expectException(violates("reason", RuleViolation.TOO_LONG));
    }

    // Erasure by the retention job

    @Test
    void retentionErasesAnIncidentClosedForExactlyTheRetentionPeriod() {
        fixture = fixture(RETENTION_ENDS, DEFAULT_RETENTION);

        fixture.given(reported(), closed())
                .when(new ApplyRetention(INCIDENT))
                .expectEvents(new IncidentPersonalDataErased(INCIDENT, "Bewaartermijn verstreken", true,
                        RETENTION_ENDS));
    }

    @Test
    void retentionRefusesOneSecondBeforeTheRetentionPeriodEnds() {
        fixture = fixture(RETENTION_ENDS.minusSeconds(1), DEFAULT_RETENTION);

        fixture.given(reported(), closed())
                .when(new ApplyRetention(INCIDENT))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void retentionErasesAnIncidentClosedLongerThanTheRetentionPeriod() {
        Instant later = RETENTION_ENDS.plusSeconds(86_400 * 40L);
        fixture = fixture(later, DEFAULT_RETENTION);

        fixture.given(reported(), closed())
                .when(new ApplyRetention(INCIDENT))
                .expectEvents(new IncidentPersonalDataErased(INCIDENT, "Bewaartermijn verstreken", true, later));
    }

    @Test
    void retentionErasesAWithdrawnIncident() {
        fixture = fixture(RETENTION_ENDS, DEFAULT_RETENTION);

        fixture.given(reported(), withdrawn())
                .when(new ApplyRetention(INCIDENT))
                .expectEvents(new IncidentPersonalDataErased(INCIDENT, "Bewaartermijn verstreken", true,
                        RETENTION_ENDS));
    }

    @Test
    void retentionFollowsTheConfiguredPeriod() {
        Instant threeYearsLater = CLOSED_AT.atZone(AMSTERDAM).plusYears(3).toInstant();
        fixture = fixture(threeYearsLater, Period.ofYears(3));

        fixture.given(reported(), closed())
                .when(new ApplyRetention(INCIDENT))
                .expectEvents(new IncidentPersonalDataErased(INCIDENT, "Bewaartermijn verstreken", true,
                        threeYearsLater));
    }

    @Test
    void retentionRefusesAnOpenIncidentHoweverOld() {
        fixture = fixture(REPORTED_AT.atZone(AMSTERDAM).plusYears(20).toInstant(), DEFAULT_RETENTION);

        fixture.given(reported())
                .when(new ApplyRetention(INCIDENT))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void retentionRefusesAReopenedIncident() {
        fixture = fixture(RETENTION_ENDS.plusSeconds(3_600), DEFAULT_RETENTION);

        fixture.given(reported(), closed(), reopened())
                .when(new ApplyRetention(INCIDENT))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void closingAgainRestartsTheRetentionPeriod() {
        Instant closedAgain = CLOSED_AT.plusSeconds(86_400 * 30L);
        fixture = fixture(RETENTION_ENDS, DEFAULT_RETENTION);

        fixture.given(reported(), closed(), reopened(), closedAt(closedAgain))
                .when(new ApplyRetention(INCIDENT))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void retentionRefusesAnIncidentUnderLegalHold() {
        fixture = fixture(RETENTION_ENDS, DEFAULT_RETENTION);

        fixture.given(reported(), closed(), holdPlaced())
                .when(new ApplyRetention(INCIDENT))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void retentionRefusesAnAlreadyErasedIncident() {
        fixture = fixture(RETENTION_ENDS, DEFAULT_RETENTION);

        fixture.given(reported(), closed(), erasedByAdministrator())
                .when(new ApplyRetention(INCIDENT))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void retentionErasesOnceTheLegalHoldIsLifted() {
        fixture = fixture(RETENTION_ENDS, DEFAULT_RETENTION);

        fixture.given(reported(), closed(), holdPlaced(), holdLifted())
                .when(new ApplyRetention(INCIDENT))
                .expectEvents(new IncidentPersonalDataErased(INCIDENT, "Bewaartermijn verstreken", true,
                        RETENTION_ENDS));
    }

    // Legal hold

    @Test
    void legalHoldIsPlaced() {
        fixture.given(reported(), closed())
                .when(new PlaceLegalHold(INCIDENT, "  Rechtszaak aanhangig.  "))
                .expectEvents(new LegalHoldPlaced(INCIDENT, "Rechtszaak aanhangig.", NOW));
    }

    @Test
    void legalHoldMayBePlacedOnAnOpenIncident() {
        fixture.given(reported())
                .when(new PlaceLegalHold(INCIDENT, "Rechtszaak aanhangig."))
                .expectEvents(new LegalHoldPlaced(INCIDENT, "Rechtszaak aanhangig.", NOW));
    }

    @Test
    void placingASecondLegalHoldIsAConflict() {
        fixture.given(reported(), closed(), holdPlaced())
                .when(new PlaceLegalHold(INCIDENT, "Nog een rechtszaak."))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void legalHoldMayBePlacedAgainAfterItWasLifted() {
        fixture.given(reported(), closed(), holdPlaced(), holdLifted())
                .when(new PlaceLegalHold(INCIDENT, "Hoger beroep."))
                .expectEvents(new LegalHoldPlaced(INCIDENT, "Hoger beroep.", NOW));
    }

    @Test
    void placingALegalHoldOnAnErasedIncidentIsAConflict() {
        fixture.given(reported(), closed(), erasedByAdministrator())
                .when(new PlaceLegalHold(INCIDENT, "Rechtszaak aanhangig."))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void placingALegalHoldWithoutReasonIsRefused(String reason) {
        fixture.given(reported(), closed())
                .when(new PlaceLegalHold(INCIDENT, reason))
                .expectNoEvents()
                .expectException(violates("reason", RuleViolation.REQUIRED));
    }

    @Test
    void legalHoldReasonOverTheMaximumIsRefused() {
        fixture.given(reported(), closed())
                .when(new PlaceLegalHold(INCIDENT, "x".repeat(PlaceLegalHold.MAX_REASON + 1)))
                .expectNoEvents()
                .expectException(violates("reason", RuleViolation.TOO_LONG));
    }

    @Test
    void legalHoldIsLifted() {
        fixture.given(reported(), closed(), holdPlaced())
                .when(new LiftLegalHold(INCIDENT, " Rechtszaak afgerond. "))
                .expectEvents(new LegalHoldLifted(INCIDENT, "Rechtszaak afgerond.", NOW));
    }

    @Test
    void liftingWithoutLegalHoldIsAConflict() {
        fixture.given(reported(), closed())
                .when(new LiftLegalHold(INCIDENT, "Rechtszaak afgerond."))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void liftingALiftedLegalHoldIsAConflict() {
        fixture.given(reported(), closed(), holdPlaced(), holdLifted())
                .when(new LiftLegalHold(INCIDENT, "Rechtszaak afgerond."))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "\n")
    void liftingALegalHoldWithoutReasonIsRefused(String reason) {
        fixture.given(reported(), closed(), holdPlaced())
                .when(new LiftLegalHold(INCIDENT, reason))
                .expectNoEvents()
                .expectException(violates("reason", RuleViolation.REQUIRED));
    }

    // Given events

    /** A council member's incident, routed to the clerk. */
    private static IncidentReported reported() {
        return new IncidentReported(INCIDENT, new IncidentReference(2026, 1), COUNCIL_MEMBER,
                OfficialKind.COUNCIL_MEMBER, Role.CLERK, Role.OFFICIAL, REPORTED_AT, OCCURRED_AT, LOCATION, CHANNEL,
                List.of(BEHAVIOUR), DESCRIPTION, null, null);
    }

    /** An alderman's incident, routed to the municipal secretary. */
    private static IncidentReported reportedForAlderman() {
        return new IncidentReported(INCIDENT, new IncidentReference(2026, 1), ALDERMAN, OfficialKind.ALDERMAN,
                Role.MUNICIPAL_SECRETARY, Role.OFFICIAL, REPORTED_AT, OCCURRED_AT, LOCATION, CHANNEL,
                List.of(BEHAVIOUR), DESCRIPTION, null, null);
    }

    private static IncidentClosed closed() {
        return closedAt(CLOSED_AT);
    }

    private static IncidentClosed closedAt(Instant closedAt) {
        return new IncidentClosed(INCIDENT, ClosingOutcome.RESOLVED, REASON, IncidentStatus.CLOSED, closedAt);
    }

    private static IncidentClosed withdrawn() {
        return new IncidentClosed(INCIDENT, ClosingOutcome.WITHDRAWN_BY_OFFICIAL, "Het raadslid trekt de melding in.",
                IncidentStatus.WITHDRAWN, CLOSED_AT);
    }

    private static IncidentReopened reopened() {
        return new IncidentReopened(INCIDENT, "Nieuwe feiten.", IncidentStatus.REPORTED, CLOSED_AT.plusSeconds(3_600));
    }

    private static IncidentPersonalDataErased erasedByAdministrator() {
        return new IncidentPersonalDataErased(INCIDENT, ADMIN_REASON, false, CLOSED_AT.plusSeconds(7_200));
    }

    private static IncidentPersonalDataErased erasedByRetention() {
        return new IncidentPersonalDataErased(INCIDENT, "Bewaartermijn verstreken", true, RETENTION_ENDS);
    }

    private static LegalHoldPlaced holdPlaced() {
        return new LegalHoldPlaced(INCIDENT, "Rechtszaak aanhangig.", CLOSED_AT.plusSeconds(600));
    }

    private static LegalHoldLifted holdLifted() {
        return new LegalHoldLifted(INCIDENT, "Rechtszaak afgerond.", CLOSED_AT.plusSeconds(1_200));
    }

    private static OfficialId official(String uuid) {
        return new OfficialId(UUID.fromString(uuid));
    }
}
