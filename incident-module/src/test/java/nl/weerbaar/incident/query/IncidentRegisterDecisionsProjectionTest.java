package nl.weerbaar.incident.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.BehaviourType;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.ClosingOutcome;
import nl.weerbaar.incident.api.DiscussionParty;
import nl.weerbaar.incident.api.IncidentAssessed;
import nl.weerbaar.incident.api.IncidentClosed;
import nl.weerbaar.incident.api.IncidentDiscussed;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentReopened;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NormVersion;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.PerpetratorLinked;
import nl.weerbaar.incident.api.PerpetratorUnlinked;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.Severity;
import nl.weerbaar.testing.ModuleDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Discussion, assessment and perpetrator links as the register shows them. */
@ExtendWith(ModuleDatabase.class)
class IncidentRegisterDecisionsProjectionTest {

    private static final Caller MAYOR = new Caller("burgemeester", Role.MAYOR, null);
    private static final OfficialId ANNA = new OfficialId(UUID.fromString("c0000000-0000-4000-8000-000000000001"));
    private static final IncidentId INCIDENT = incident(1);
    private static final Instant REPORTED_AT = Instant.parse("2026-03-10T09:15:00Z");
    private static final Instant OCCURRED_AT = Instant.parse("2026-03-09T19:30:00Z");
    private static final Instant DISCUSSED_AT = Instant.parse("2026-03-11T14:00:00Z");
    private static final Instant FIRST_RECORDED = Instant.parse("2026-03-11T15:30:00.123456Z");
    private static final Instant SECOND_RECORDED = Instant.parse("2026-03-20T08:00:00Z");
    private static final Instant ASSESSED_AT = Instant.parse("2026-03-12T10:00:00.654321Z");
    private static final NormId THREATS = new NormId(UUID.fromString("00000000-0000-4000-8000-00000000000b"));
    private static final NormId INSULTS = new NormId(UUID.fromString("00000000-0000-4000-8000-00000000000a"));
    private static final PerpetratorId PIET = new PerpetratorId(UUID.fromString("dd000000-0000-4000-8000-000000000001"));

    private final IncidentRegisterProjection projection;
    private final IncidentRegister register;

    IncidentRegisterDecisionsProjectionTest(JdbcTemplate jdbc) {
        this.projection = new IncidentRegisterProjection(jdbc);
        this.register = new IncidentRegister(jdbc, Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    @BeforeEach
    void reportTheIncident() {
        projection.reset();
        projection.on(reported(INCIDENT, 1));
    }

    // Discussion

    @Test
    void reportedIncidentIsNotYetRegistered() {
        IncidentView view = find(INCIDENT);

        assertThat(view.status()).isEqualTo(IncidentStatus.REPORTED);
        assertThat(view.registeredAt()).isNull();
        assertThat(view.assessment()).isNull();
        assertThat(view.perpetratorId()).isNull();
        assertThat(view.repeat()).isFalse();
        assertThat(view.previousIncidentCount()).isZero();
    }

    @Test
    void firstDiscussionRegistersTheIncident() {
        projection.on(discussed(true, FIRST_RECORDED));

        IncidentView view = find(INCIDENT);
        assertThat(view.status()).isEqualTo(IncidentStatus.REGISTERED);
        assertThat(view.registeredAt()).isEqualTo(FIRST_RECORDED);
    }

    @Test
    void laterDiscussionKeepsTheMomentOfRegistration() {
        projection.on(discussed(true, FIRST_RECORDED));
        projection.on(discussed(false, SECOND_RECORDED));

        IncidentView view = find(INCIDENT);
        assertThat(view.status()).isEqualTo(IncidentStatus.REGISTERED);
        assertThat(view.registeredAt()).isEqualTo(FIRST_RECORDED);
    }

    @Test
    void theSameDiscussionDeliveredTwiceChangesNothing() {
        projection.on(discussed(true, FIRST_RECORDED));
        IncidentView once = find(INCIDENT);

        projection.on(discussed(true, FIRST_RECORDED));

        assertThat(find(INCIDENT)).isEqualTo(once);
    }

    @Test
    void discussionOfAnAssessedIncidentKeepsItAssessed() {
        projection.on(discussed(true, FIRST_RECORDED));
        projection.on(assessed(1, BehaviourType.INSTRUMENTAL, Severity.HIGH));

        projection.on(discussed(false, SECOND_RECORDED));

        IncidentView view = find(INCIDENT);
        assertThat(view.status()).isEqualTo(IncidentStatus.ASSESSED);
        assertThat(view.registeredAt()).isEqualTo(FIRST_RECORDED);
        assertThat(view.assessment().number()).isOne();
    }

    @Test
    void discussionOfAnotherIncidentLeavesThisOneAlone() {
        IncidentId other = incident(2);
        projection.on(reported(other, 2));

        projection.on(new IncidentDiscussed(other, List.of(DiscussionParty.CLERK), DISCUSSED_AT, "Gesprek.", true,
                FIRST_RECORDED));

        assertThat(find(INCIDENT).status()).isEqualTo(IncidentStatus.REPORTED);
        assertThat(find(INCIDENT).registeredAt()).isNull();
        assertThat(find(other).status()).isEqualTo(IncidentStatus.REGISTERED);
    }

    // Assessment

    @Test
    void assessmentIsShownWithEveryField() {
        projection.on(discussed(true, FIRST_RECORDED));

        projection.on(new IncidentAssessed(INCIDENT, 1, BehaviourType.INSTRUMENTAL, Severity.HIGH,
                List.of(new NormVersion(INSULTS, 1), new NormVersion(THREATS, 3)), "Gerichte dreiging.", ASSESSED_AT));

        IncidentView view = find(INCIDENT);
        assertThat(view.status()).isEqualTo(IncidentStatus.ASSESSED);
        assertThat(view.registeredAt()).isEqualTo(FIRST_RECORDED);
        assertThat(view.assessment()).isEqualTo(new AssessmentView(1, BehaviourType.INSTRUMENTAL, Severity.HIGH,
                List.of(new NormVersion(INSULTS, 1), new NormVersion(THREATS, 3)), "Gerichte dreiging.", ASSESSED_AT,
                true));
    }

    @Test
    void assessmentWithoutNormsShowsNoNorms() {
        projection.on(discussed(true, FIRST_RECORDED));

        projection.on(new IncidentAssessed(INCIDENT, 1, BehaviourType.FRUSTRATION, Severity.LOW, List.of(),
                "Boosheid over een besluit.", ASSESSED_AT));

        assertThat(find(INCIDENT).assessment()).isEqualTo(new AssessmentView(1, BehaviourType.FRUSTRATION,
                Severity.LOW, List.of(), "Boosheid over een besluit.", ASSESSED_AT, false));
    }

    @Test
    void reassessmentReplacesTheCurrentAssessment() {
        projection.on(discussed(true, FIRST_RECORDED));
        projection.on(new IncidentAssessed(INCIDENT, 1, BehaviourType.INSTRUMENTAL, Severity.ACUTE,
                List.of(new NormVersion(THREATS, 3)), "Eerst.", ASSESSED_AT));

        Instant revisedAt = ASSESSED_AT.plusSeconds(86_400);
        projection.on(new IncidentAssessed(INCIDENT, 2, BehaviourType.FRUSTRATION, Severity.MEDIUM,
                List.of(new NormVersion(INSULTS, 2)), "Bij nader inzien.", revisedAt));

        assertThat(find(INCIDENT).assessment()).isEqualTo(new AssessmentView(2, BehaviourType.FRUSTRATION,
                Severity.MEDIUM, List.of(new NormVersion(INSULTS, 2)), "Bij nader inzien.", revisedAt, false));
        assertThat(find(INCIDENT).status()).isEqualTo(IncidentStatus.ASSESSED);
    }

    /** The protocol: instrumental behaviour or an acute threat needs a boundary as soon as possible. */
    @ParameterizedTest
    @CsvSource({
            "FRUSTRATION,LOW,false", "FRUSTRATION,MEDIUM,false", "FRUSTRATION,HIGH,false", "FRUSTRATION,ACUTE,true",
            "INSTRUMENTAL,LOW,true", "INSTRUMENTAL,MEDIUM,true", "INSTRUMENTAL,HIGH,true", "INSTRUMENTAL,ACUTE,true"})
    void promptResponseIsNeededForInstrumentalOrAcute(BehaviourType type, Severity severity, boolean prompt) {
        projection.on(discussed(true, FIRST_RECORDED));

        projection.on(assessed(1, type, severity));

        assertThat(find(INCIDENT).assessment().needsPromptResponse()).isEqualTo(prompt);
        assertThat(IncidentAssessed.needsPromptResponse(type, severity)).isEqualTo(prompt);
    }

    @Test
    void aReopenedAssessedIncidentShowsItsAssessmentAgain() {
        projection.on(discussed(true, FIRST_RECORDED));
        projection.on(assessed(1, BehaviourType.INSTRUMENTAL, Severity.HIGH));
        projection.on(new IncidentClosed(INCIDENT, ClosingOutcome.RESOLVED, "Afgehandeld.", IncidentStatus.CLOSED,
                ASSESSED_AT.plusSeconds(3_600)));
        assertThat(find(INCIDENT).status()).isEqualTo(IncidentStatus.CLOSED);

        projection.on(new IncidentReopened(INCIDENT, "Nieuwe feiten.", IncidentStatus.ASSESSED,
                ASSESSED_AT.plusSeconds(7_200)));

        IncidentView view = find(INCIDENT);
        assertThat(view.status()).isEqualTo(IncidentStatus.ASSESSED);
        assertThat(view.assessment().number()).isOne();
        assertThat(view.registeredAt()).isEqualTo(FIRST_RECORDED);
    }

    @Test
    void erasureScrubsTheRationaleAndKeepsTheJudgement() {
        projection.on(discussed(true, FIRST_RECORDED));
        projection.on(assessed(1, BehaviourType.INSTRUMENTAL, Severity.HIGH));

        projection.on(new IncidentPersonalDataErased(INCIDENT, "Verzoek.", false, ASSESSED_AT.plusSeconds(60)));

        AssessmentView assessment = find(INCIDENT).assessment();
        assertThat(assessment.rationale()).isEqualTo(PersonalData.ERASED);
        assertThat(assessment.behaviourType()).isEqualTo(BehaviourType.INSTRUMENTAL);
        assertThat(assessment.severity()).isEqualTo(Severity.HIGH);
        assertThat(assessment.norms()).containsExactly(new NormVersion(THREATS, 3));
    }

    // Perpetrator links

    @Test
    void firstIncidentOfAProfileIsLinkedButNoRepeat() {
        projection.on(new PerpetratorLinked(INCIDENT, PIET, false, List.of(), REPORTED_AT.plusSeconds(60)));

        IncidentView view = find(INCIDENT);
        assertThat(view.perpetratorId()).isEqualTo(PIET);
        assertThat(view.repeat()).isFalse();
        assertThat(view.previousIncidentCount()).isZero();
    }

    @Test
    void linkToAProfileWithEarlierIncidentsIsARepeat() {
        projection.on(new PerpetratorLinked(INCIDENT, PIET, true, List.of(incident(7), incident(8)),
                REPORTED_AT.plusSeconds(60)));

        IncidentView view = find(INCIDENT);
        assertThat(view.perpetratorId()).isEqualTo(PIET);
        assertThat(view.repeat()).isTrue();
        assertThat(view.previousIncidentCount()).isEqualTo(2);
    }

    @Test
    void unlinkClearsTheProfileAndTheRepeat() {
        projection.on(new PerpetratorLinked(INCIDENT, PIET, true, List.of(incident(7)), REPORTED_AT.plusSeconds(60)));

        projection.on(new PerpetratorUnlinked(INCIDENT, PIET, "Verkeerde persoon.", REPORTED_AT.plusSeconds(120)));

        IncidentView view = find(INCIDENT);
        assertThat(view.perpetratorId()).isNull();
        assertThat(view.repeat()).isFalse();
        assertThat(view.previousIncidentCount()).isZero();
    }

    @Test
    void relinkAfterUnlinkShowsTheNewProfile() {
        PerpetratorId other = new PerpetratorId(UUID.fromString("dd000000-0000-4000-8000-000000000002"));
        projection.on(new PerpetratorLinked(INCIDENT, PIET, true, List.of(incident(7)), REPORTED_AT.plusSeconds(60)));
        projection.on(new PerpetratorUnlinked(INCIDENT, PIET, "Verkeerde persoon.", REPORTED_AT.plusSeconds(120)));

        projection.on(new PerpetratorLinked(INCIDENT, other, false, List.of(), REPORTED_AT.plusSeconds(180)));

        IncidentView view = find(INCIDENT);
        assertThat(view.perpetratorId()).isEqualTo(other);
        assertThat(view.repeat()).isFalse();
        assertThat(view.previousIncidentCount()).isZero();
    }

    @Test
    void linkingLeavesStatusAndAssessmentAlone() {
        projection.on(discussed(true, FIRST_RECORDED));
        projection.on(assessed(1, BehaviourType.FRUSTRATION, Severity.LOW));
        AssessmentView before = find(INCIDENT).assessment();

        projection.on(new PerpetratorLinked(INCIDENT, PIET, true, List.of(incident(7)), REPORTED_AT.plusSeconds(60)));
        projection.on(new PerpetratorUnlinked(INCIDENT, PIET, "Vergissing.", REPORTED_AT.plusSeconds(120)));

        assertThat(find(INCIDENT).status()).isEqualTo(IncidentStatus.ASSESSED);
        assertThat(find(INCIDENT).assessment()).isEqualTo(before);
    }

    // Given events

    private IncidentView find(IncidentId incident) {
        return register.find(incident, MAYOR).orElseThrow();
    }

    private static IncidentDiscussed discussed(boolean registered, Instant recordedAt) {
        return new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK, DiscussionParty.MAYOR), DISCUSSED_AT,
                "De burgemeester voert een stopgesprek.", registered, recordedAt);
    }

    private static IncidentAssessed assessed(int number, BehaviourType type, Severity severity) {
        return new IncidentAssessed(INCIDENT, number, type, severity, List.of(new NormVersion(THREATS, 3)),
                "Beoordeeld.", ASSESSED_AT);
    }

    private static IncidentReported reported(IncidentId incident, int number) {
        return new IncidentReported(incident, new IncidentReference(2026, number), ANNA, OfficialKind.COUNCIL_MEMBER,
                Role.CLERK, Role.OFFICIAL, REPORTED_AT, OCCURRED_AT, "Raadzaal", Channel.EMAIL,
                List.of(Behaviour.THREAT), "Bedreigd.", null, null);
    }

    private static IncidentId incident(int n) {
        return new IncidentId(UUID.fromString("6f1c2d3e-0000-4000-8000-%012d".formatted(n)));
    }
}
