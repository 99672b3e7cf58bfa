package nl.weerbaar.incident.command;

import static nl.weerbaar.incident.api.ReportIncidentBuilder.BEHAVIOUR;
import static nl.weerbaar.incident.api.ReportIncidentBuilder.CHANNEL;
import static nl.weerbaar.incident.api.ReportIncidentBuilder.DESCRIPTION;
import static nl.weerbaar.incident.api.ReportIncidentBuilder.INCIDENT;
import static nl.weerbaar.incident.api.ReportIncidentBuilder.LOCATION;
import static nl.weerbaar.incident.api.ReportIncidentBuilder.OCCURRED_AT;
import static nl.weerbaar.testing.RuleViolations.violates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incident.api.AssessIncident;
import nl.weerbaar.incident.api.BehaviourType;
import nl.weerbaar.incident.api.CloseIncident;
import nl.weerbaar.incident.api.ClosingOutcome;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.DiscussionParty;
import nl.weerbaar.incident.api.IncidentAssessed;
import nl.weerbaar.incident.api.IncidentClosed;
import nl.weerbaar.incident.api.IncidentDiscussed;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentReopened;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NormVersion;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.RecordDiscussion;
import nl.weerbaar.incident.api.ReopenIncident;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.incident.api.Severity;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decisions that bring an incident into the Incident Register and judge it: the discussion with
 * the clerk, the secretary and/or the mayor (REPORTED to REGISTERED) and the assessment against the
 * norms framework (to ASSESSED), with every refusal.
 */
class IncidentRegisterDecisionsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant REPORTED_AT = Instant.parse("2026-03-10T09:15:00Z");
    private static final Instant DISCUSSED_AT = Instant.parse("2026-03-11T14:00:00Z");
    private static final Instant RECORDED_AT = Instant.parse("2026-03-11T15:30:00Z");
    private static final Instant ASSESSED_AT = Instant.parse("2026-03-12T10:00:00Z");
    private static final Instant CLOSED_AT = Instant.parse("2026-04-02T13:45:00Z");
    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");

    private static final OfficialId COUNCIL_MEMBER = new OfficialId(UUID.fromString("c0000000-0000-4000-8000-000000000001"));
    private static final OfficialId ALDERMAN = new OfficialId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));

    private static final String NEXT_STEP = "De burgemeester voert een stopgesprek met de bezoeker.";
    private static final String RATIONALE = "Herhaalde, gerichte dreiging om het raadslid te laten zwijgen.";

    /** Norm ids whose natural (UUID) order differs from the order a test names them in. */
    private static final NormId INSULTS = norm("00000000-0000-4000-8000-00000000000a");
    private static final NormId THREATS = norm("00000000-0000-4000-8000-00000000000b");
    private static final NormId DOXXING = norm("00000000-0000-4000-8000-00000000000c");
    private static final NormId RETIRED = norm("00000000-0000-4000-8000-0000000000ff");
    private static final NormId UNKNOWN = norm("00000000-0000-4000-8000-0000000000ee");

    /** What the framework says applies now: each norm in its current version; retired and unknown are absent. */
    private static final Map<NormId, NormVersion> CATALOGUE = Map.of(
            INSULTS, new NormVersion(INSULTS, 1),
            THREATS, new NormVersion(THREATS, 3),
            DOXXING, new NormVersion(DOXXING, 2));

    private AggregateTestFixture<Incident> fixture;
    private final List<NormId> asked = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = fixture(NOW, CATALOGUE);
    }

    /** The aggregate is handed the clock and the norm catalogue (plus what reporting needs). */
    private AggregateTestFixture<Incident> fixture(Instant now, Map<NormId, NormVersion> catalogue) {
        AggregateTestFixture<Incident> fixture = new AggregateTestFixture<>(Incident.class);
        fixture.registerInjectableResource((OfficialDirectory) official -> Optional.empty());
        fixture.registerInjectableResource(new CountingReferenceSequence(AMSTERDAM, 0));
        fixture.registerInjectableResource((NormCatalogue) normId -> {
            asked.add(normId);
            return Optional.ofNullable(catalogue.get(normId));
        });
        fixture.registerInjectableResource(Clock.fixed(now, AMSTERDAM));
        return fixture;
    }

    // ================================================================ Discussion

    @Test
    void firstDiscussionByTheRoutedHandlerEntersTheIncidentInTheRegister() {
        fixture.given(reported())
                .when(discussion(Role.CLERK))
                .expectEvents(new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK), DISCUSSED_AT, NEXT_STEP,
                        true, NOW));
    }

    @Test
    void secretaryRecordsTheDiscussionOfAnAldermansIncident() {
        fixture.given(reportedForAlderman())
                .when(discussion(Role.MUNICIPAL_SECRETARY))
                .expectEvents(new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK), DISCUSSED_AT, NEXT_STEP,
                        true, NOW));
    }

    @Test
    void mayorRecordsADiscussionOfAnIncidentRoutedToTheClerk() {
        fixture.given(reported())
                .when(discussion(Role.MAYOR))
                .expectEvents(new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK), DISCUSSED_AT, NEXT_STEP,
                        true, NOW));
    }

    @Test
    void mayorRecordsADiscussionOfAnIncidentRoutedToTheSecretary() {
        fixture.given(reportedForAlderman())
                .when(discussion(Role.MAYOR))
                .expectEvents(new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK), DISCUSSED_AT, NEXT_STEP,
                        true, NOW));
    }

    @Test
    void partiesAreRecordedInTheirFixedOrder() {
        fixture.given(reported())
                .when(new RecordDiscussion(INCIDENT, Set.of(DiscussionParty.MAYOR, DiscussionParty.MUNICIPAL_SECRETARY,
                        DiscussionParty.CLERK), DISCUSSED_AT, NEXT_STEP, Role.CLERK))
                .expectEvents(new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK,
                        DiscussionParty.MUNICIPAL_SECRETARY, DiscussionParty.MAYOR), DISCUSSED_AT, NEXT_STEP, true,
                        NOW));
    }

    @Test
    void agreedNextStepIsTrimmed() {
        fixture.given(reported())
                .when(new RecordDiscussion(INCIDENT, Set.of(DiscussionParty.CLERK), DISCUSSED_AT,
                        " \n" + NEXT_STEP + "\t ", Role.CLERK))
                .expectEvents(new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK), DISCUSSED_AT, NEXT_STEP,
                        true, NOW));
    }

    @Test
    void recordedAtIsTheMomentOfTheClock() {
        Instant later = Instant.parse("2026-11-30T16:00:00Z");
        fixture = fixture(later, CATALOGUE);

        fixture.given(reported())
                .when(discussion(Role.CLERK))
                .expectEvents(new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK), DISCUSSED_AT, NEXT_STEP,
                        true, later));
    }

    @Test
    void aDiscussionHeldThisVeryMomentIsAccepted() {
        fixture.given(reported())
                .when(new RecordDiscussion(INCIDENT, Set.of(DiscussionParty.CLERK), NOW, NEXT_STEP, Role.CLERK))
                .expectEvents(new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK), NOW, NEXT_STEP, true,
                        NOW));
    }

    @Test
    void secondDiscussionDoesNotRegisterAgain() {
        fixture.given(reported(), discussed())
                .when(discussion(Role.CLERK))
                .expectEvents(new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK), DISCUSSED_AT, NEXT_STEP,
                        false, NOW));
    }

    @Test
    void discussionOfAnAssessedIncidentDoesNotRegisterAgain() {
        fixture.given(reported(), discussed(), assessed(1))
                .when(discussion(Role.MAYOR))
                .expectEvents(new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK), DISCUSSED_AT, NEXT_STEP,
                        false, NOW));
    }

    @Test
    void anIncidentClosedBeforeItsDiscussionAndReopenedIsRegisteredByItsFirstDiscussion() {
        fixture.given(reported(), closed(), reopened(IncidentStatus.REPORTED))
                .when(discussion(Role.CLERK))
                .expectEvents(new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK), DISCUSSED_AT, NEXT_STEP,
                        true, NOW));
    }

    @Test
    void aRegisteredIncidentClosedAndReopenedIsNotRegisteredAgain() {
        fixture.given(reported(), discussed(), closed(), reopened(IncidentStatus.REGISTERED))
                .when(discussion(Role.CLERK))
                .expectEvents(new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK), DISCUSSED_AT, NEXT_STEP,
                        false, NOW));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CLERK", "MAYOR"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyTheRoutedHandlerOrTheMayorRecordsADiscussion(Role other) {
        fixture.given(reported())
                .when(discussion(other))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    @Test
    void clerkMayNotRecordADiscussionOfAnIncidentRoutedToTheSecretary() {
        fixture.given(reportedForAlderman())
                .when(discussion(Role.CLERK))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    @Test
    void discussionWithoutRoleIsNotPermitted() {
        fixture.given(reported())
                .when(discussion(null))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    /** Permission is checked first: someone who may not act learns nothing about the input rules. */
    @Test
    void notPermittedComesBeforeTheRules() {
        fixture.given(reported())
                .when(new RecordDiscussion(INCIDENT, Set.of(), null, null, Role.OFFICIAL))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void discussionWithNobodyIsRefused(Set<DiscussionParty> parties) {
        fixture.given(reported())
                .when(new RecordDiscussion(INCIDENT, parties, DISCUSSED_AT, NEXT_STEP, Role.CLERK))
                .expectNoEvents()
                .expectException(violates("discussedWith", RuleViolation.REQUIRED));
    }

    @Test
    void discussionWithoutMomentIsRefused() {
        fixture.given(reported())
                .when(new RecordDiscussion(INCIDENT, Set.of(DiscussionParty.CLERK), null, NEXT_STEP, Role.CLERK))
                .expectNoEvents()
                .expectException(violates("discussedAt", RuleViolation.REQUIRED));
    }

    @Test
    void discussionInTheFutureIsRefused() {
        fixture.given(reported())
                .when(new RecordDiscussion(INCIDENT, Set.of(DiscussionParty.CLERK), NOW.plusSeconds(1), NEXT_STEP,
                        Role.CLERK))
                .expectNoEvents()
                .expectException(violates("discussedAt", RuleViolation.IN_FUTURE));
    }

    @Test
    void discussionBeforeTheIncidentHappenedIsRefused() {
        fixture.given(reported())
                .when(new RecordDiscussion(INCIDENT, Set.of(DiscussionParty.CLERK), OCCURRED_AT.minusSeconds(1),
                        NEXT_STEP, Role.CLERK))
                .expectNoEvents()
                .expectException(violates("discussedAt", RuleViolation.BEFORE_INCIDENT));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " \n\t ")
    void discussionWithoutAgreedNextStepIsRefused(String nextStep) {
        fixture.given(reported())
                .when(new RecordDiscussion(INCIDENT, Set.of(DiscussionParty.CLERK), DISCUSSED_AT, nextStep,
                        Role.CLERK))
                .expectNoEvents()
                .expectException(violates("agreedNextStep", RuleViolation.REQUIRED));
    }

    @Test
    void agreedNextStepOverTheMaximumIsRefused() {
        fixture.given(reported())
                .when(new RecordDiscussion(INCIDENT, Set.of(DiscussionParty.CLERK), DISCUSSED_AT,
                        "x".repeat(RecordDiscussion.MAX_NEXT_STEP + 1), Role.CLERK))
                .expectNoEvents()
                .expectException(violates("agreedNextStep", RuleViolation.TOO_LONG));
    }

    @Test
    void agreedNextStepOfExactlyTheMaximumIsAccepted() {
        String nextStep = "x".repeat(RecordDiscussion.MAX_NEXT_STEP);

        fixture.given(reported())
                .when(new RecordDiscussion(INCIDENT, Set.of(DiscussionParty.CLERK), DISCUSSED_AT, "  " + nextStep + " ",
                        Role.CLERK))
                .expectEvents(new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK), DISCUSSED_AT, nextStep,
                        true, NOW));
    }

    @Test
    void everyBrokenRuleOfADiscussionIsNamedAtOnce() {
        fixture.given(reported())
                .when(new RecordDiscussion(INCIDENT, Set.of(), NOW.plusSeconds(3_600), " ", Role.CLERK))
                .expectNoEvents()
                .expectException(violatesAll(
                        new RuleViolation("discussedWith", RuleViolation.REQUIRED),
                        new RuleViolation("discussedAt", RuleViolation.IN_FUTURE),
                        new RuleViolation("agreedNextStep", RuleViolation.REQUIRED)));
    }

    @Test
    void discussionOfAClosedIncidentIsAConflict() {
        fixture.given(reported(), discussed(), closed())
                .when(discussion(Role.CLERK))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void discussionOfAWithdrawnIncidentIsAConflict() {
        fixture.given(reported(), withdrawn())
                .when(discussion(Role.MAYOR))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void aClosedIncidentIsAConflictBeforeTheRulesAreChecked() {
        fixture.given(reported(), closed())
                .when(new RecordDiscussion(INCIDENT, Set.of(), null, null, Role.CLERK))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void aReopenedIncidentMayBeDiscussedAgain() {
        fixture.given(reported(), discussed(), closed(), reopened(IncidentStatus.REGISTERED))
                .when(discussion(Role.MAYOR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK), DISCUSSED_AT, NEXT_STEP,
                        false, NOW));
    }

    // ================================================================ Assessment

    @Test
    void registeredIncidentIsAssessedWithTheCurrentVersionsOfItsNorms() {
        fixture.given(reported(), discussed())
                .when(assessment(Role.CLERK, THREATS, INSULTS))
                .expectEvents(new IncidentAssessed(INCIDENT, 1, BehaviourType.INSTRUMENTAL, Severity.HIGH,
                        List.of(new NormVersion(INSULTS, 1), new NormVersion(THREATS, 3)), RATIONALE, NOW));
    }

    @Test
    void theExactVersionTheCatalogueGivesIsRecorded() {
        fixture = fixture(NOW, Map.of(THREATS, new NormVersion(THREATS, 7)));

        fixture.given(reported(), discussed())
                .when(assessment(Role.CLERK, THREATS))
                .expectEvents(new IncidentAssessed(INCIDENT, 1, BehaviourType.INSTRUMENTAL, Severity.HIGH,
                        List.of(new NormVersion(THREATS, 7)), RATIONALE, NOW));
    }

    @Test
    void normsAreRecordedSortedByTheirId() {
        fixture.given(reported(), discussed())
                .when(assessment(Role.CLERK, DOXXING, INSULTS, THREATS))
                .expectEvents(new IncidentAssessed(INCIDENT, 1, BehaviourType.INSTRUMENTAL, Severity.HIGH,
                        List.of(new NormVersion(INSULTS, 1), new NormVersion(THREATS, 3), new NormVersion(DOXXING, 2)),
                        RATIONALE, NOW));
    }

    @Test
    void assessmentWithoutNormsIsAccepted() {
        fixture.given(reported(), discussed())
                .when(new AssessIncident(INCIDENT, BehaviourType.FRUSTRATION, Severity.LOW, Set.of(), RATIONALE,
                        Role.CLERK))
                .expectEvents(new IncidentAssessed(INCIDENT, 1, BehaviourType.FRUSTRATION, Severity.LOW, List.of(),
                        RATIONALE, NOW));
    }

    @Test
    void missingNormIdsAreNoNorms() {
        fixture.given(reported(), discussed())
                .when(new AssessIncident(INCIDENT, BehaviourType.FRUSTRATION, Severity.MEDIUM, null, RATIONALE,
                        Role.CLERK))
                .expectEvents(new IncidentAssessed(INCIDENT, 1, BehaviourType.FRUSTRATION, Severity.MEDIUM, List.of(),
                        RATIONALE, NOW));
    }

    @ParameterizedTest
    @EnumSource(Severity.class)
    void everySeverityMayBeRecorded(Severity severity) {
        fixture.given(reported(), discussed())
                .when(new AssessIncident(INCIDENT, BehaviourType.FRUSTRATION, severity, Set.of(), RATIONALE,
                        Role.CLERK))
                .expectEvents(new IncidentAssessed(INCIDENT, 1, BehaviourType.FRUSTRATION, severity, List.of(),
                        RATIONALE, NOW));
    }

    @Test
    void rationaleIsTrimmed() {
        fixture.given(reported(), discussed())
                .when(new AssessIncident(INCIDENT, BehaviourType.INSTRUMENTAL, Severity.HIGH, Set.of(),
                        "\n " + RATIONALE + "  ", Role.CLERK))
                .expectEvents(new IncidentAssessed(INCIDENT, 1, BehaviourType.INSTRUMENTAL, Severity.HIGH, List.of(),
                        RATIONALE, NOW));
    }

    @Test
    void assessedAtIsTheMomentOfTheClock() {
        Instant later = Instant.parse("2026-12-01T09:00:00Z");
        fixture = fixture(later, CATALOGUE);

        fixture.given(reported(), discussed())
                .when(assessment(Role.CLERK))
                .expectEvents(new IncidentAssessed(INCIDENT, 1, BehaviourType.INSTRUMENTAL, Severity.HIGH, List.of(),
                        RATIONALE, later));
    }

    @Test
    void mayorAssessesAnIncidentRoutedToTheClerk() {
        fixture.given(reported(), discussed())
                .when(assessment(Role.MAYOR))
                .expectEvents(new IncidentAssessed(INCIDENT, 1, BehaviourType.INSTRUMENTAL, Severity.HIGH, List.of(),
                        RATIONALE, NOW));
    }

    @Test
    void secretaryAssessesAnAldermansIncident() {
        fixture.given(reportedForAlderman(), discussed())
                .when(assessment(Role.MUNICIPAL_SECRETARY))
                .expectEvents(new IncidentAssessed(INCIDENT, 1, BehaviourType.INSTRUMENTAL, Severity.HIGH, List.of(),
                        RATIONALE, NOW));
    }

    @Test
    void reassessmentIsTheSecondAssessment() {
        fixture.given(reported(), discussed(), assessed(1))
                .when(new AssessIncident(INCIDENT, BehaviourType.FRUSTRATION, Severity.MEDIUM, Set.of(INSULTS),
                        "Bij nader inzien: frustratie over een besluit.", Role.CLERK))
                .expectEvents(new IncidentAssessed(INCIDENT, 2, BehaviourType.FRUSTRATION, Severity.MEDIUM,
                        List.of(new NormVersion(INSULTS, 1)), "Bij nader inzien: frustratie over een besluit.", NOW));
    }

    @Test
    void everyRevisionCountsOn() {
        fixture.given(reported(), discussed(), assessed(1), assessed(2), discussed())
                .when(assessment(Role.MAYOR))
                .expectEvents(new IncidentAssessed(INCIDENT, 3, BehaviourType.INSTRUMENTAL, Severity.HIGH, List.of(),
                        RATIONALE, NOW));
    }

    @Test
    void assessmentBeforeTheDiscussionIsAConflict() {
        fixture.given(reported())
                .when(assessment(Role.CLERK))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void assessmentOfAnIncidentReopenedBeforeItsDiscussionIsAConflict() {
        fixture.given(reported(), closed(), reopened(IncidentStatus.REPORTED))
                .when(assessment(Role.CLERK))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    /** Registration comes first: bad input on an unregistered incident is still answered with the conflict. */
    @Test
    void assessmentBeforeTheDiscussionIsAConflictWhateverTheInput() {
        fixture.given(reported())
                .when(new AssessIncident(INCIDENT, null, null, Set.of(UNKNOWN), null, Role.CLERK))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CLERK", "MAYOR"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyTheRoutedHandlerOrTheMayorAssesses(Role other) {
        fixture.given(reported(), discussed())
                .when(assessment(other))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    @Test
    void clerkMayNotAssessAnIncidentRoutedToTheSecretary() {
        fixture.given(reportedForAlderman(), discussed())
                .when(assessment(Role.CLERK))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    @Test
    void assessmentWithoutRoleIsNotPermitted() {
        fixture.given(reported(), discussed())
                .when(assessment(null))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    @Test
    void notPermittedComesBeforeTheConflictOfAnUnregisteredIncident() {
        fixture.given(reported())
                .when(assessment(Role.OFFICIAL))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    @Test
    void assessmentWithoutBehaviourTypeIsRefused() {
        fixture.given(reported(), discussed())
                .when(new AssessIncident(INCIDENT, null, Severity.HIGH, Set.of(), RATIONALE, Role.CLERK))
                .expectNoEvents()
                .expectException(violates("behaviourType", RuleViolation.REQUIRED));
    }

    @Test
    void assessmentWithoutSeverityIsRefused() {
        fixture.given(reported(), discussed())
                .when(new AssessIncident(INCIDENT, BehaviourType.FRUSTRATION, null, Set.of(), RATIONALE, Role.CLERK))
                .expectNoEvents()
                .expectException(violates("severity", RuleViolation.REQUIRED));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  \n ")
    void assessmentWithoutRationaleIsRefused(String rationale) {
        fixture.given(reported(), discussed())
                .when(new AssessIncident(INCIDENT, BehaviourType.FRUSTRATION, Severity.LOW, Set.of(), rationale,
                        Role.CLERK))
                .expectNoEvents()
                .expectException(violates("rationale", RuleViolation.REQUIRED));
    }

    @Test
    void rationaleOverTheMaximumIsRefused() {
        fixture.given(reported(), discussed())
                .when(new AssessIncident(INCIDENT, BehaviourType.FRUSTRATION, Severity.LOW, Set.of(),
                        "x".repeat(AssessIncident.MAX_RATIONALE + 1), Role.CLERK))
                .expectNoEvents()
                .expectException(violates("rationale", RuleViolation.TOO_LONG));
    }

    @Test
    void rationaleOfExactlyTheMaximumIsAccepted() {
        String rationale = "x".repeat(AssessIncident.MAX_RATIONALE);

        fixture.given(reported(), discussed())
                .when(new AssessIncident(INCIDENT, BehaviourType.FRUSTRATION, Severity.LOW, Set.of(),
                        rationale + "\n", Role.CLERK))
                .expectEvents(new IncidentAssessed(INCIDENT, 1, BehaviourType.FRUSTRATION, Severity.LOW, List.of(),
                        rationale, NOW));
    }

    @Test
    void unknownNormIsRefused() {
        fixture.given(reported(), discussed())
                .when(assessment(Role.CLERK, THREATS, UNKNOWN))
                .expectNoEvents()
                .expectException(violates("normIds", RuleViolation.UNKNOWN));
    }

    @Test
    void retiredNormIsRefused() {
        fixture.given(reported(), discussed())
                .when(assessment(Role.CLERK, RETIRED))
                .expectNoEvents()
                .expectException(violates("normIds", RuleViolation.UNKNOWN));
    }

    @Test
    void theCatalogueIsAskedForEveryNormNamed() {
        fixture.given(reported(), discussed())
                .when(assessment(Role.CLERK, THREATS, DOXXING))
                .expectSuccessfulHandlerExecution();

        assertThat(asked).containsExactlyInAnyOrder(THREATS, DOXXING);
    }

    @Test
    void everyBrokenRuleOfAnAssessmentIsNamedAtOnce() {
        fixture.given(reported(), discussed())
                .when(new AssessIncident(INCIDENT, null, null, Set.of(UNKNOWN), " ", Role.CLERK))
                .expectNoEvents()
                .expectException(violatesAll(
                        new RuleViolation("behaviourType", RuleViolation.REQUIRED),
                        new RuleViolation("severity", RuleViolation.REQUIRED),
                        new RuleViolation("rationale", RuleViolation.REQUIRED),
                        new RuleViolation("normIds", RuleViolation.UNKNOWN)));
    }

    @Test
    void assessmentOfAClosedIncidentIsAConflict() {
        fixture.given(reported(), discussed(), assessed(1), closed())
                .when(assessment(Role.CLERK))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void assessmentOfAWithdrawnIncidentIsAConflict() {
        fixture.given(reported(), discussed(), withdrawn())
                .when(assessment(Role.MAYOR))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    // ================================================================ Closing and reopening an assessed incident

    @Test
    void aReopenedAssessedIncidentReturnsToAssessed() {
        fixture.given(reported(), discussed(), assessed(1), closed())
                .when(new ReopenIncident(INCIDENT, "Nieuwe feiten.", Role.CLERK))
                .expectEvents(new IncidentReopened(INCIDENT, "Nieuwe feiten.", IncidentStatus.ASSESSED, NOW));
    }

    @Test
    void aReopenedRegisteredIncidentReturnsToRegistered() {
        fixture.given(reported(), discussed(), closed())
                .when(new ReopenIncident(INCIDENT, "Nieuwe feiten.", Role.MAYOR))
                .expectEvents(new IncidentReopened(INCIDENT, "Nieuwe feiten.", IncidentStatus.REGISTERED, NOW));
    }

    @Test
    void aReopenedAssessedIncidentIsReassessedAsTheNextRevision() {
        fixture.given(reported(), discussed(), assessed(1), closed(), reopened(IncidentStatus.ASSESSED))
                .when(assessment(Role.CLERK, THREATS))
                .expectEvents(new IncidentAssessed(INCIDENT, 2, BehaviourType.INSTRUMENTAL, Severity.HIGH,
                        List.of(new NormVersion(THREATS, 3)), RATIONALE, NOW));
    }

    @Test
    void aReopenedRegisteredIncidentIsAssessedForTheFirstTime() {
        fixture.given(reported(), discussed(), closed(), reopened(IncidentStatus.REGISTERED))
                .when(assessment(Role.CLERK))
                .expectEvents(new IncidentAssessed(INCIDENT, 1, BehaviourType.INSTRUMENTAL, Severity.HIGH, List.of(),
                        RATIONALE, NOW));
    }

    @Test
    void anAssessedIncidentIsClosedWithItsStatusRemembered() {
        fixture.given(reported(), discussed(), assessed(1))
                .when(new CloseIncident(INCIDENT, ClosingOutcome.RESOLVED, "Stopgesprek gevoerd.", Role.CLERK))
                .expectEvents(new IncidentClosed(INCIDENT, ClosingOutcome.RESOLVED, "Stopgesprek gevoerd.",
                        IncidentStatus.CLOSED, NOW));
    }

    // ================================================================ Commands and events

    private static RecordDiscussion discussion(Role recordedBy) {
        return new RecordDiscussion(INCIDENT, Set.of(DiscussionParty.CLERK), DISCUSSED_AT, NEXT_STEP, recordedBy);
    }

    private static AssessIncident assessment(Role assessedBy, NormId... norms) {
        return new AssessIncident(INCIDENT, BehaviourType.INSTRUMENTAL, Severity.HIGH, new HashSet<>(List.of(norms)),
                RATIONALE, assessedBy);
    }

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

    private static IncidentDiscussed discussed() {
        return new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK, DiscussionParty.MAYOR), DISCUSSED_AT,
                NEXT_STEP, true, RECORDED_AT);
    }

    private static IncidentAssessed assessed(int number) {
        return new IncidentAssessed(INCIDENT, number, BehaviourType.FRUSTRATION, Severity.MEDIUM,
                List.of(new NormVersion(INSULTS, 1)), "Eerste beoordeling.", ASSESSED_AT.plusSeconds(number));
    }

    private static IncidentClosed closed() {
        return new IncidentClosed(INCIDENT, ClosingOutcome.RESOLVED, "Afgehandeld.", IncidentStatus.CLOSED, CLOSED_AT);
    }

    private static IncidentClosed withdrawn() {
        return new IncidentClosed(INCIDENT, ClosingOutcome.WITHDRAWN_BY_OFFICIAL, "Ingetrokken.",
                IncidentStatus.WITHDRAWN, CLOSED_AT);
    }

    private static IncidentReopened reopened(IncidentStatus returnsTo) {
        return new IncidentReopened(INCIDENT, "Nieuwe feiten.", returnsTo, CLOSED_AT.plusSeconds(3_600));
    }

    private static NormId norm(String uuid) {
        return new NormId(UUID.fromString(uuid));
    }

    /** A refusal naming exactly these broken rules, in any order. */
    private static Matcher<RuleViolationException> violatesAll(RuleViolation... expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException refusal) {
                return refusal.violations().size() == expected.length
                        && refusal.violations().containsAll(List.of(expected));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("RuleViolationException with violations ").appendValueList("[", ", ", "]",
                        expected);
            }

            @Override
            protected void describeMismatchSafely(RuleViolationException refusal, Description description) {
                description.appendText("had ").appendValue(refusal.violations());
            }
        };
    }
}
