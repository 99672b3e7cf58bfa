package nl.weerbaar.incident.command;

import static nl.weerbaar.incident.api.ReportIncidentBuilder.BEHAVIOUR;
import static nl.weerbaar.incident.api.ReportIncidentBuilder.CHANNEL;
import static nl.weerbaar.incident.api.ReportIncidentBuilder.DESCRIPTION;
import static nl.weerbaar.incident.api.ReportIncidentBuilder.INCIDENT;
import static nl.weerbaar.incident.api.ReportIncidentBuilder.LOCATION;
import static nl.weerbaar.incident.api.ReportIncidentBuilder.OCCURRED_AT;
import static nl.weerbaar.incident.api.ReportIncidentBuilder.aReportBy;
import static nl.weerbaar.testing.RuleViolations.violates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentReportReceipt;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.PerpetratorDetails;
import nl.weerbaar.incident.api.ReportIncident;
import nl.weerbaar.incident.api.Reporter;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-03-10T09:15:00Z");

    private static final OfficialId COUNCIL_MEMBER = official("c0000000-0000-4000-8000-000000000001");
    private static final OfficialId ALDERMAN = official("a0000000-0000-4000-8000-000000000001");
    private static final OfficialId MAYOR = official("b0000000-0000-4000-8000-000000000001");
    private static final OfficialId UNREGISTERED = official("d0000000-0000-4000-8000-000000000001");

    private AggregateTestFixture<Incident> fixture;
    private CountingReferenceSequence references;

    @BeforeEach
    void setUp() {
        references = new CountingReferenceSequence(AMSTERDAM, 0);
        fixture = fixture(references, Clock.fixed(NOW, AMSTERDAM));
    }

    /** The aggregate is handed the official directory, the reference sequence and the clock. */
    private static AggregateTestFixture<Incident> fixture(ReferenceSequence references, Clock clock) {
        Map<OfficialId, OfficialKind> kinds = Map.of(
                COUNCIL_MEMBER, OfficialKind.COUNCIL_MEMBER,
                ALDERMAN, OfficialKind.ALDERMAN,
                MAYOR, OfficialKind.MAYOR);
        OfficialDirectory directory = official -> Optional.ofNullable(kinds.get(official));
        AggregateTestFixture<Incident> fixture = new AggregateTestFixture<>(Incident.class);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(references);
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    // Routing

    @Test
    void councilMemberIncidentIsRoutedToTheClerk() {
        fixture.givenNoPriorActivity()
                .when(aReportBy(COUNCIL_MEMBER).build())
                .expectEvents(reported(COUNCIL_MEMBER, OfficialKind.COUNCIL_MEMBER, Role.CLERK, Role.OFFICIAL));
    }

    @Test
    void aldermanIncidentIsRoutedToTheMunicipalSecretary() {
        fixture.givenNoPriorActivity()
                .when(aReportBy(ALDERMAN).build())
                .expectEvents(reported(ALDERMAN, OfficialKind.ALDERMAN, Role.MUNICIPAL_SECRETARY, Role.OFFICIAL));
    }

    @Test
    void mayorIncidentIsRoutedToTheMunicipalSecretary() {
        fixture.givenNoPriorActivity()
                .when(aReportBy(MAYOR).build())
                .expectEvents(reported(MAYOR, OfficialKind.MAYOR, Role.MUNICIPAL_SECRETARY, Role.OFFICIAL));
    }

    // What the command side hands the incident

    @Test
    void newReportIsAnsweredWithItsReference() {
        fixture.givenNoPriorActivity()
                .when(aReportBy(COUNCIL_MEMBER).build())
                .expectResultMessagePayload(new IncidentReportReceipt(INCIDENT, new IncidentReference(2026, 1), true));
    }

    @Test
    void referenceComesFromTheSequence() {
        fixture = fixture(new CountingReferenceSequence(AMSTERDAM, 41), Clock.fixed(NOW, AMSTERDAM));

        fixture.givenNoPriorActivity()
                .when(aReportBy(COUNCIL_MEMBER).build())
                .expectEvents(event(COUNCIL_MEMBER, OfficialKind.COUNCIL_MEMBER, Role.CLERK, Role.OFFICIAL,
                        new IncidentReference(2026, 42), NOW))
                .expectResultMessagePayload(new IncidentReportReceipt(INCIDENT, new IncidentReference(2026, 42), true));
    }

    @Test
    void reportedAtIsTheMomentOfTheClock() {
        Instant later = Instant.parse("2026-07-01T12:00:00Z");
        fixture = fixture(references, Clock.fixed(later, AMSTERDAM));

        fixture.givenNoPriorActivity()
                .when(aReportBy(COUNCIL_MEMBER).build())
                .expectEvents(event(COUNCIL_MEMBER, OfficialKind.COUNCIL_MEMBER, Role.CLERK, Role.OFFICIAL,
                        new IncidentReference(2026, 1), later));
    }

    // Normalisation

    @Test
    void reportedTextIsTrimmed() {
        ReportIncident report = aReportBy(COUNCIL_MEMBER)
                .location("  " + LOCATION + " \t")
                .description("\n" + DESCRIPTION + "  ")
                .witnesses("  Jan Jansen, bode ")
                .perpetrator(new PerpetratorDetails(" Piet ", " @piet ", " lange jas "))
                .build();

        fixture.givenNoPriorActivity()
                .when(report)
                .expectEvents(content(List.of(BEHAVIOUR), new PerpetratorDetails("Piet", "@piet", "lange jas"),
                        "Jan Jansen, bode"));
    }

    @Test
    void blankOptionalFieldsAreRecordedAsAbsent() {
        ReportIncident report = aReportBy(COUNCIL_MEMBER)
                .witnesses("   ")
                .perpetrator(new PerpetratorDetails("  ", "@trol", ""))
                .build();

        fixture.givenNoPriorActivity()
                .when(report)
                .expectEvents(content(List.of(BEHAVIOUR), new PerpetratorDetails(null, "@trol", null), null));
    }

    @Test
    void perpetratorWithoutAnyDetailIsRecordedAsAbsent() {
        ReportIncident report = aReportBy(COUNCIL_MEMBER)
                .perpetrator(new PerpetratorDetails(" ", null, "\n"))
                .build();

        fixture.givenNoPriorActivity()
                .when(report)
                .expectEvents(content(List.of(BEHAVIOUR), null, null));
    }

    @Test
    void behavioursAreRecordedInTheirFixedOrder() {
        ReportIncident report = aReportBy(COUNCIL_MEMBER)
                .behaviours(Behaviour.OTHER, Behaviour.DOXXING, Behaviour.VERBAL_AGGRESSION, Behaviour.THREAT)
                .build();

        fixture.givenNoPriorActivity()
                .when(report)
                .expectEvents(content(
                        List.of(Behaviour.VERBAL_AGGRESSION, Behaviour.THREAT, Behaviour.DOXXING, Behaviour.OTHER),
                        null, null));
    }

    // Rules

    @Test
    void reportWithoutBehaviourIsRefused() {
        refused(aReportBy(COUNCIL_MEMBER).behaviours().build(), "behaviours", RuleViolation.REQUIRED);
    }

    @Test
    void incidentInTheFutureIsRefused() {
        refused(aReportBy(COUNCIL_MEMBER).occurredAt(NOW.plusSeconds(60)).build(),
                "occurredAt", RuleViolation.IN_FUTURE);
    }

    @Test
    void incidentAtTheMomentOfReportingIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(aReportBy(COUNCIL_MEMBER).occurredAt(NOW).build())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void reportWithoutMomentIsRefused() {
        refused(aReportBy(COUNCIL_MEMBER).occurredAt(null).build(), "occurredAt", RuleViolation.REQUIRED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " \n\t ")
    void reportWithoutDescriptionIsRefused(String description) {
        refused(aReportBy(COUNCIL_MEMBER).description(description).build(), "description", RuleViolation.REQUIRED);
    }

    @Test
    void descriptionOverTenThousandCharactersIsRefused() {
        refused(aReportBy(COUNCIL_MEMBER).description("x".repeat(10_001)).build(),
                "description", RuleViolation.TOO_LONG);
    }

    @Test
    void descriptionOfExactlyTenThousandCharactersIsAccepted() {
        String description = "x".repeat(10_000);

        fixture.givenNoPriorActivity()
                .when(aReportBy(COUNCIL_MEMBER).description(description).build())
                .expectEvents(new IncidentReported(INCIDENT, new IncidentReference(2026, 1), COUNCIL_MEMBER,
                        OfficialKind.COUNCIL_MEMBER, Role.CLERK, Role.OFFICIAL, NOW, OCCURRED_AT, LOCATION, CHANNEL,
                        List.of(BEHAVIOUR), description, null, null));
    }

    @Test
    void reportWithoutLocationIsRefused() {
        refused(aReportBy(COUNCIL_MEMBER).location(null).build(), "location", RuleViolation.REQUIRED);
    }

    @Test
    void reportWithoutChannelIsRefused() {
        refused(aReportBy(COUNCIL_MEMBER).channel(null).build(), "channel", RuleViolation.REQUIRED);
    }

    @Test
    void reportWithoutOfficialIsRefused() {
        refused(aReportBy(COUNCIL_MEMBER).officialId(null).build(), "officialId", RuleViolation.REQUIRED);
    }

    @Test
    void reportAboutAnUnknownOfficialIsRefused() {
        refused(aReportBy(UNREGISTERED).build(), "officialId", RuleViolation.UNKNOWN);
    }

    @Test
    void refusedReportDoesNotConsumeAReferenceNumber() {
        refused(aReportBy(COUNCIL_MEMBER).behaviours().build(), "behaviours", RuleViolation.REQUIRED);

        assertThat(references.last()).isZero();
    }

    // Who may report

    @Test
    void officialMayNotReportForAnotherOfficial() {
        fixture.givenNoPriorActivity()
                .when(aReportBy(ALDERMAN).reportedBy(new Reporter(Role.OFFICIAL, COUNCIL_MEMBER)).build())
                .expectNoEvents()
                .expectException(NotPermittedException.class);

        assertThat(references.last()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CLERK", "MUNICIPAL_SECRETARY", "MAYOR"})
    void caseHandlerMayReportOnBehalfOfAnOfficial(Role caseHandler) {
        fixture.givenNoPriorActivity()
                .when(aReportBy(COUNCIL_MEMBER).reportedBy(new Reporter(caseHandler, null)).build())
                .expectEvents(reported(COUNCIL_MEMBER, OfficialKind.COUNCIL_MEMBER, Role.CLERK, caseHandler));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COUNCIL_REVIEWER", "ADMINISTRATOR"})
    void staffWhoAreNoCaseHandlerMayNotReportOnBehalfOfAnOfficial(Role staff) {
        fixture.givenNoPriorActivity()
                .when(aReportBy(COUNCIL_MEMBER).reportedBy(new Reporter(staff, null)).build())
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    // Re-submission

    @Test
    void identicalResubmissionIsAnsweredWithTheSameReference() {
        IncidentReference earlier = new IncidentReference(2026, 7);

        fixture.given(event(COUNCIL_MEMBER, OfficialKind.COUNCIL_MEMBER, Role.CLERK, Role.OFFICIAL, earlier, NOW))
                .when(aReportBy(COUNCIL_MEMBER).build())
                .expectNoEvents()
                .expectResultMessagePayload(new IncidentReportReceipt(INCIDENT, earlier, false));
    }

    @Test
    void resubmissionDifferingOnlyInBlanksIsTheSameReport() {
        IncidentReference earlier = new IncidentReference(2026, 7);

        fixture.given(event(COUNCIL_MEMBER, OfficialKind.COUNCIL_MEMBER, Role.CLERK, Role.OFFICIAL, earlier, NOW))
                .when(aReportBy(COUNCIL_MEMBER).location(" " + LOCATION + " ").witnesses("  ").build())
                .expectNoEvents()
                .expectResultMessagePayload(new IncidentReportReceipt(INCIDENT, earlier, false));
    }

    @Test
    void resubmissionDoesNotConsumeAReferenceNumber() {
        fixture.given(reported(COUNCIL_MEMBER, OfficialKind.COUNCIL_MEMBER, Role.CLERK, Role.OFFICIAL))
                .when(aReportBy(COUNCIL_MEMBER).build())
                .expectSuccessfulHandlerExecution();

        assertThat(references.last()).isZero();
    }

    @Test
    void resubmissionWithOtherContentIsRefusedAsConflict() {
        fixture.given(reported(COUNCIL_MEMBER, OfficialKind.COUNCIL_MEMBER, Role.CLERK, Role.OFFICIAL))
                .when(aReportBy(COUNCIL_MEMBER).description("Iets heel anders.").build())
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void reusingAnotherOfficialsIncidentIdRevealsNothing() {
        OfficialId other = official("c0000000-0000-4000-8000-000000000002");

        fixture.given(reported(COUNCIL_MEMBER, OfficialKind.COUNCIL_MEMBER, Role.CLERK, Role.OFFICIAL))
                .when(aReportBy(COUNCIL_MEMBER).reportedBy(new Reporter(Role.OFFICIAL, other)).build())
                .expectNoEvents()
                .expectException(ConflictException.class)
                .expectExceptionMessage("Dit incident-id is al in gebruik.");
    }

    @Test
    void lengthIsMeasuredWithoutSurroundingWhiteSpace() {
        fixture.givenNoPriorActivity()
                .when(aReportBy(COUNCIL_MEMBER).description("x".repeat(ReportIncident.MAX_DESCRIPTION) + "\n").build())
                .expectSuccessfulHandlerExecution();
    }

    private void refused(ReportIncident report, String field, String code) {
        fixture.givenNoPriorActivity()
                .when(report)
                .expectNoEvents()
                .expectException(violates(field, code));
    }

    /** The default report, reported first (2026-0001) at {@link #NOW}. */
    private static IncidentReported reported(OfficialId official, OfficialKind kind, Role handler, Role reportedBy) {
        return event(official, kind, handler, reportedBy, new IncidentReference(2026, 1), NOW);
    }

    private static IncidentReported event(OfficialId official, OfficialKind kind, Role handler, Role reportedBy,
            IncidentReference reference, Instant reportedAt) {
        return new IncidentReported(INCIDENT, reference, official, kind, handler, reportedBy, reportedAt,
                OCCURRED_AT, LOCATION, CHANNEL, List.of(BEHAVIOUR), DESCRIPTION, null, null);
    }

    /** A council member's own first report with the given normalised content. */
    private static IncidentReported content(List<Behaviour> behaviours, PerpetratorDetails perpetrator,
            String witnesses) {
        return new IncidentReported(INCIDENT, new IncidentReference(2026, 1), COUNCIL_MEMBER,
                OfficialKind.COUNCIL_MEMBER, Role.CLERK, Role.OFFICIAL, NOW, OCCURRED_AT, LOCATION, CHANNEL,
                behaviours, DESCRIPTION, perpetrator, witnesses);
    }

    private static OfficialId official(String uuid) {
        return new OfficialId(UUID.fromString(uuid));
    }
}
