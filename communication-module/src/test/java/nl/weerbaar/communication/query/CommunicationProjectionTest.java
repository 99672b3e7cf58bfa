package nl.weerbaar.communication.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.communication.api.CommunicationDecided;
import nl.weerbaar.communication.api.CommunicationDecisionExecuted;
import nl.weerbaar.communication.api.CommunicationDecisionId;
import nl.weerbaar.communication.api.CommunicationId;
import nl.weerbaar.communication.api.FalsehoodCorrectionApproved;
import nl.weerbaar.communication.api.FalsehoodCorrectionId;
import nl.weerbaar.communication.api.FalsehoodCorrectionPublished;
import nl.weerbaar.communication.api.FalsehoodCorrectionRequested;
import nl.weerbaar.communication.api.InternalAudience;
import nl.weerbaar.communication.api.Participant;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.testing.ModuleDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/** The decisions of an incident with their history, what may go to the party leaders, corrections, erasure. */
@ExtendWith(ModuleDatabase.class)
class CommunicationProjectionTest {

    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final IncidentId INCIDENT = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));
    private static final IncidentId OTHER = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000002"));
    private static final FalsehoodCorrectionId CORRECTION =
            new FalsehoodCorrectionId(UUID.fromString("f0000000-0000-4000-8000-000000000001"));

    private final CommunicationProjection projection;
    private final CommunicationDecisions decisions;
    private final FalsehoodCorrections corrections;

    CommunicationProjectionTest(JdbcTemplate jdbc) {
        this.projection = new CommunicationProjection(jdbc);
        this.decisions = new CommunicationDecisions(jdbc);
        this.corrections = new FalsehoodCorrections(jdbc);
    }

    @BeforeEach
    void empty() {
        projection.reset();
    }

    @Test
    void aRevisionSupersedesTheCurrentDecisionAndTheHistoryIsKept() {
        CommunicationDecided first = decided(INCIDENT, 1, 1, null, List.of(InternalAudience.PARTY_LEADERS), NOW);
        projection.on(first);
        projection.on(first); // redelivered: stored once
        projection.on(decided(INCIDENT, 2, 2, id(1), List.of(InternalAudience.COUNCIL), NOW.plusSeconds(60)));

        List<CommunicationDecisionView> all = decisions.ofIncident(INCIDENT);

        assertThat(all).extracting(CommunicationDecisionView::number).containsExactly(1, 2);
        assertThat(all.get(0).current()).isFalse();
        assertThat(all.get(0).supersededBy()).isEqualTo(id(2).value());
        assertThat(all.get(1).current()).isTrue();
        assertThat(all.get(1).revises()).isEqualTo(id(1).value());
        assertThat(decisions.current(INCIDENT)).get().extracting(CommunicationDecisionView::internalAudiences)
                .isEqualTo(List.of(InternalAudience.COUNCIL));
        assertThat(decisions.incidentOf(id(2))).contains(INCIDENT);
        assertThat(decisions.ofIncident(OTHER)).isEmpty();
    }

    @Test
    void onlyIncidentsWhoseCurrentDecisionIncludesThePartyLeadersAreShared() {
        projection.on(decided(INCIDENT, 1, 1, null, List.of(InternalAudience.PARTY_LEADERS), NOW));
        projection.on(decided(INCIDENT, 2, 2, id(1), List.of(InternalAudience.COUNCIL), NOW));
        projection.on(decided(OTHER, 3, 1, null, List.of(InternalAudience.COLLEGE, InternalAudience.PARTY_LEADERS), NOW));

        assertThat(decisions.sharedWithPartyLeaders()).containsExactly(OTHER);
    }

    @Test
    void theExecutionIsShownWithTheDecision() {
        projection.on(decided(INCIDENT, 1, 1, null, List.of(InternalAudience.PARTY_LEADERS), NOW));
        projection.on(new CommunicationDecisionExecuted(CommunicationId.of(INCIDENT), id(1), INCIDENT, TODAY,
                "De burgemeester", Role.MAYOR, NOW));

        CommunicationDecisionView decision = decisions.current(INCIDENT).orElseThrow();
        assertThat(decision.executedOn()).isEqualTo(TODAY);
        assertThat(decision.executedBy()).isEqualTo("De burgemeester");
        assertThat(decision.executionRecordedByRole()).isEqualTo("MAYOR");
    }

    @Test
    void aCorrectionGoesFromRequestedToApprovedToPublished() {
        projection.on(requested());
        projection.on(requested());
        assertThat(corrections.find(CORRECTION)).get().extracting(FalsehoodCorrectionView::status).isEqualTo("REQUESTED");
        projection.on(new FalsehoodCorrectionApproved(CORRECTION, INCIDENT, TODAY, Role.MAYOR, NOW));
        assertThat(corrections.find(CORRECTION)).get().extracting(FalsehoodCorrectionView::status).isEqualTo("APPROVED");
        projection.on(new FalsehoodCorrectionPublished(CORRECTION, INCIDENT, TODAY, "https://x.example/1", Role.CLERK,
                NOW));

        FalsehoodCorrectionView correction = corrections.ofIncident(INCIDENT).get(0);
        assertThat(correction.status()).isEqualTo("PUBLISHED");
        assertThat(correction.approvedByRole()).isEqualTo("MAYOR");
        assertThat(correction.link()).isEqualTo("https://x.example/1");
        assertThat(correction.falsehood()).isEqualTo("Er zou een boete zijn opgelegd.");
    }

    @Test
    void anErasureScrubsTheTextsOfTheIncidentOnly() {
        projection.on(decided(INCIDENT, 1, 1, null, List.of(InternalAudience.PARTY_LEADERS), NOW));
        projection.on(new CommunicationDecisionExecuted(CommunicationId.of(INCIDENT), id(1), INCIDENT, TODAY,
                "De burgemeester", Role.MAYOR, NOW));
        projection.on(decided(OTHER, 2, 1, null, List.of(), NOW));
        projection.on(requested());

        projection.on(new IncidentPersonalDataErased(INCIDENT, "Verzoek", false, NOW));

        CommunicationDecisionView erased = decisions.current(INCIDENT).orElseThrow();
        assertThat(erased.rationale()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.externalForm()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.executedBy()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.personalDataErased()).isTrue();
        assertThat(erased.internalAudiences()).containsExactly(InternalAudience.PARTY_LEADERS);
        FalsehoodCorrectionView correction = corrections.find(CORRECTION).orElseThrow();
        assertThat(List.of(correction.where(), correction.falsehood(), correction.proposedCorrection()))
                .containsOnly(PersonalData.ERASED);
        assertThat(correction.link()).isNull();
        assertThat(decisions.current(OTHER).orElseThrow().rationale()).isEqualTo("Afgesproken.");
    }

    /** The erasure is an event of the incident, handled by whichever segment: it may come before the decision. */
    @Test
    void aDecisionOrCorrectionThatArrivesAfterTheErasureIsMarkedErased() {
        projection.on(new IncidentPersonalDataErased(INCIDENT, "Verzoek", false, NOW));
        projection.on(decided(INCIDENT, 1, 1, null, List.of(InternalAudience.PARTY_LEADERS), NOW));
        projection.on(requested());
        projection.on(decided(OTHER, 2, 1, null, List.of(), NOW));

        assertThat(decisions.current(INCIDENT).orElseThrow().personalDataErased()).isTrue();
        assertThat(corrections.find(CORRECTION).orElseThrow().personalDataErased()).isTrue();
        assertThat(decisions.current(OTHER).orElseThrow().personalDataErased()).isFalse();
    }

    private static CommunicationDecided decided(IncidentId incident, int id, int number, CommunicationDecisionId revises,
            List<InternalAudience> audiences, Instant at) {
        return new CommunicationDecided(CommunicationId.of(incident), id(id), incident, number, revises,
                List.of(Participant.MAYOR, Participant.CLERK, Participant.OFFICIAL), true, audiences, true,
                "Persbericht", "Afgesproken.", Role.CLERK, at);
    }

    private static FalsehoodCorrectionRequested requested() {
        return new FalsehoodCorrectionRequested(CORRECTION, INCIDENT, "Facebook", "Er zou een boete zijn opgelegd.",
                "Er is geen boete opgelegd.", Role.CLERK, NOW);
    }

    private static CommunicationDecisionId id(int n) {
        return new CommunicationDecisionId(UUID.fromString("d0000000-0000-4000-8000-00000000000" + n));
    }
}
