package nl.weerbaar.incident.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.ClosingOutcome;
import nl.weerbaar.incident.api.IncidentClosed;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentReopened;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.IncidentsDueForErasure;
import nl.weerbaar.incident.api.LegalHoldLifted;
import nl.weerbaar.incident.api.LegalHoldPlaced;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.PerpetratorDetails;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.testing.ModuleDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/** Closing, reopening, legal holds and erasure as the register and the retention overview show them. */
@ExtendWith(ModuleDatabase.class)
class IncidentRetentionProjectionTest {

    private static final Caller MAYOR = new Caller("burgemeester", Role.MAYOR, null);
    private static final OfficialId ANNA = new OfficialId(UUID.fromString("c0000000-0000-4000-8000-000000000001"));
    private static final IncidentId INCIDENT = incident(1);
    private static final Instant REPORTED_AT = Instant.parse("2026-03-10T09:15:00Z");
    private static final Instant OCCURRED_AT = Instant.parse("2026-03-09T19:30:00Z");
    private static final Instant CLOSED_AT = Instant.parse("2026-04-02T13:45:00Z");
    private static final Instant ERASED_AT = Instant.parse("2031-04-03T02:00:00Z");
    private static final String ERASED = "[gewist]";

    private final IncidentRegisterProjection projection;
    private final IncidentRegister register;
    private final RetentionOverview overview;

    IncidentRetentionProjectionTest(JdbcTemplate jdbc) {
        this.projection = new IncidentRegisterProjection(jdbc);
        this.register = new IncidentRegister(jdbc, java.time.Clock.system(java.time.ZoneId.of("Europe/Amsterdam")));
        this.overview = new RetentionOverview(jdbc);
    }

    @BeforeEach
    void clearRegister() {
        projection.reset();
    }

    // Closing and reopening in the register

    @Test
    void closingShowsStatusMomentAndOutcome() {
        projection.on(reported(INCIDENT, 1, REPORTED_AT));

        projection.on(new IncidentClosed(INCIDENT, ClosingOutcome.NO_FURTHER_ACTION, "Afgesproken.",
                IncidentStatus.CLOSED, CLOSED_AT));

        IncidentView view = find(INCIDENT);
        assertThat(view.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(view.closedAt()).isEqualTo(CLOSED_AT);
        assertThat(view.closingOutcome()).isEqualTo(ClosingOutcome.NO_FURTHER_ACTION);
    }

    @Test
    void withdrawalShowsTheIncidentWithdrawn() {
        projection.on(reported(INCIDENT, 1, REPORTED_AT));

        projection.on(new IncidentClosed(INCIDENT, ClosingOutcome.WITHDRAWN_BY_OFFICIAL, "Ingetrokken.",
                IncidentStatus.WITHDRAWN, CLOSED_AT));

        IncidentView view = find(INCIDENT);
        assertThat(view.status()).isEqualTo(IncidentStatus.WITHDRAWN);
        assertThat(view.closingOutcome()).isEqualTo(ClosingOutcome.WITHDRAWN_BY_OFFICIAL);
        assertThat(view.closedAt()).isEqualTo(CLOSED_AT);
    }

    @Test
    void openIncidentHasNoClosing() {
        projection.on(reported(INCIDENT, 1, REPORTED_AT));

        IncidentView view = find(INCIDENT);
        assertThat(view.closedAt()).isNull();
        assertThat(view.closingOutcome()).isNull();
        assertThat(view.personalDataErased()).isFalse();
    }

    @Test
    void reopeningClearsTheClosing() {
        projection.on(reported(INCIDENT, 1, REPORTED_AT));
        projection.on(closed(INCIDENT, CLOSED_AT));

        projection.on(new IncidentReopened(INCIDENT, "Nieuwe feiten.", IncidentStatus.REPORTED,
                CLOSED_AT.plusSeconds(3_600)));

        IncidentView view = find(INCIDENT);
        assertThat(view.status()).isEqualTo(IncidentStatus.REPORTED);
        assertThat(view.closedAt()).isNull();
        assertThat(view.closingOutcome()).isNull();
    }

    @Test
    void closingAgainAfterReopeningShowsTheNewClosing() {
        Instant closedAgain = CLOSED_AT.plusSeconds(86_400);
        projection.on(reported(INCIDENT, 1, REPORTED_AT));
        projection.on(closed(INCIDENT, CLOSED_AT));
        projection.on(new IncidentReopened(INCIDENT, "Nieuwe feiten.", IncidentStatus.REPORTED,
                CLOSED_AT.plusSeconds(3_600)));

        projection.on(new IncidentClosed(INCIDENT, ClosingOutcome.WITHDRAWN_BY_OFFICIAL, "Ingetrokken.",
                IncidentStatus.WITHDRAWN, closedAgain));

        IncidentView view = find(INCIDENT);
        assertThat(view.status()).isEqualTo(IncidentStatus.WITHDRAWN);
        assertThat(view.closedAt()).isEqualTo(closedAgain);
        assertThat(view.closingOutcome()).isEqualTo(ClosingOutcome.WITHDRAWN_BY_OFFICIAL);
    }

    // Erasure in the register

    @Test
    void erasureScrubsEveryPersonalText() {
        projection.on(reported(INCIDENT, 1, REPORTED_AT, new PerpetratorDetails("Piet", "@piet", "lange jas"),
                "Jan Jansen, bode"));
        projection.on(closed(INCIDENT, CLOSED_AT));

        projection.on(erased(INCIDENT));

        IncidentView view = find(INCIDENT);
        assertThat(view.location()).isEqualTo(ERASED);
        assertThat(view.description()).isEqualTo(ERASED);
        assertThat(view.perpetrator()).isEqualTo(new PerpetratorDetails(ERASED, ERASED, ERASED));
        assertThat(view.witnesses()).isEqualTo(ERASED);
        assertThat(view.personalDataErased()).isTrue();
    }

    @Test
    void erasureLeavesAbsentPerpetratorDetailsAndWitnessesAbsent() {
        projection.on(reported(INCIDENT, 1, REPORTED_AT, new PerpetratorDetails(null, "@trol", null), null));

        projection.on(erased(INCIDENT));

        IncidentView view = find(INCIDENT);
        assertThat(view.perpetrator()).isEqualTo(new PerpetratorDetails(null, ERASED, null));
        assertThat(view.witnesses()).isNull();
    }

    @Test
    void erasureOfAnIncidentWithoutPerpetratorLeavesItWithout() {
        projection.on(reported(INCIDENT, 1, REPORTED_AT));

        projection.on(erased(INCIDENT));

        IncidentView view = find(INCIDENT);
        assertThat(view.perpetrator()).isNull();
        assertThat(view.witnesses()).isNull();
        assertThat(view.personalDataErased()).isTrue();
    }

    @Test
    void erasureKeepsWhatIsNoPersonalData() {
        projection.on(reported(INCIDENT, 7, REPORTED_AT));
        projection.on(closed(INCIDENT, CLOSED_AT));

        projection.on(erased(INCIDENT));

        IncidentView view = find(INCIDENT);
        assertThat(view.reference()).isEqualTo(new IncidentReference(2026, 7));
        assertThat(view.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(view.official().officialId()).isEqualTo(ANNA);
        assertThat(view.handler()).isEqualTo(Role.CLERK);
        assertThat(view.occurredAt()).isEqualTo(OCCURRED_AT);
        assertThat(view.reportedAt()).isEqualTo(REPORTED_AT);
        assertThat(view.channel()).isEqualTo(Channel.EMAIL);
        assertThat(view.behaviours()).containsExactly(Behaviour.THREAT);
        assertThat(view.closedAt()).isEqualTo(CLOSED_AT);
        assertThat(view.closingOutcome()).isEqualTo(ClosingOutcome.RESOLVED);
    }

    @Test
    void erasureOnlyTouchesItsOwnIncident() {
        IncidentId other = incident(2);
        projection.on(reported(INCIDENT, 1, REPORTED_AT));
        projection.on(reported(other, 2, REPORTED_AT));

        projection.on(erased(INCIDENT));

        IncidentView view = find(other);
        assertThat(view.location()).isEqualTo("Raadzaal");
        assertThat(view.description()).isEqualTo("Bedreigd.");
        assertThat(view.personalDataErased()).isFalse();
    }

    // The retention job's candidates

    @Test
    void incidentClosedBeforeTheCutoffIsDueForErasure() {
        projection.on(reported(INCIDENT, 1, REPORTED_AT));
        projection.on(closed(INCIDENT, CLOSED_AT));

        assertThat(overview.dueForErasure(new IncidentsDueForErasure(CLOSED_AT.plusSeconds(1))))
                .containsExactly(INCIDENT);
    }

    @Test
    void withdrawnIncidentClosedBeforeTheCutoffIsDueForErasure() {
        projection.on(reported(INCIDENT, 1, REPORTED_AT));
        projection.on(new IncidentClosed(INCIDENT, ClosingOutcome.WITHDRAWN_BY_OFFICIAL, "Ingetrokken.",
                IncidentStatus.WITHDRAWN, CLOSED_AT));

        assertThat(overview.dueForErasure(new IncidentsDueForErasure(CLOSED_AT.plusSeconds(1))))
                .containsExactly(INCIDENT);
    }

    @Test
    void incidentClosedAfterTheCutoffIsNotDueButAtTheCutoffIs() {
        projection.on(reported(INCIDENT, 1, REPORTED_AT));
        projection.on(closed(INCIDENT, CLOSED_AT));

        assertThat(overview.dueForErasure(new IncidentsDueForErasure(CLOSED_AT.minusSeconds(1)))).isEmpty();
        assertThat(overview.dueForErasure(new IncidentsDueForErasure(CLOSED_AT))).containsExactly(INCIDENT);
    }

    @Test
    void openIncidentIsNotDue() {
        projection.on(reported(INCIDENT, 1, REPORTED_AT));

        assertThat(overview.dueForErasure(new IncidentsDueForErasure(ERASED_AT))).isEmpty();
    }

    @Test
    void reopenedIncidentIsNotDue() {
        projection.on(reported(INCIDENT, 1, REPORTED_AT));
        projection.on(closed(INCIDENT, CLOSED_AT));
        projection.on(new IncidentReopened(INCIDENT, "Nieuwe feiten.", IncidentStatus.REPORTED,
                CLOSED_AT.plusSeconds(60)));

        assertThat(overview.dueForErasure(new IncidentsDueForErasure(ERASED_AT))).isEmpty();
    }

    @Test
    void incidentUnderLegalHoldIsNotDue() {
        projection.on(reported(INCIDENT, 1, REPORTED_AT));
        projection.on(closed(INCIDENT, CLOSED_AT));
        projection.on(new LegalHoldPlaced(INCIDENT, "Rechtszaak.", CLOSED_AT.plusSeconds(60)));

        assertThat(overview.dueForErasure(new IncidentsDueForErasure(ERASED_AT))).isEmpty();
    }

    @Test
    void incidentIsDueAgainOnceTheLegalHoldIsLifted() {
        projection.on(reported(INCIDENT, 1, REPORTED_AT));
        projection.on(closed(INCIDENT, CLOSED_AT));
        projection.on(new LegalHoldPlaced(INCIDENT, "Rechtszaak.", CLOSED_AT.plusSeconds(60)));
        projection.on(new LegalHoldLifted(INCIDENT, "Afgerond.", CLOSED_AT.plusSeconds(120)));

        assertThat(overview.dueForErasure(new IncidentsDueForErasure(ERASED_AT))).containsExactly(INCIDENT);
    }

    @Test
    void erasedIncidentIsNotDue() {
        projection.on(reported(INCIDENT, 1, REPORTED_AT));
        projection.on(closed(INCIDENT, CLOSED_AT));
        projection.on(erased(INCIDENT));

        assertThat(overview.dueForErasure(new IncidentsDueForErasure(ERASED_AT.plusSeconds(1)))).isEmpty();
    }

    @Test
    void onlyClosedNotHeldNotErasedIncidentsAreDueLongestClosedFirst() {
        IncidentId closedEarly = incident(1);
        IncidentId closedLater = incident(2);
        IncidentId closedRecently = incident(3);
        IncidentId open = incident(4);
        IncidentId held = incident(5);
        IncidentId alreadyErased = incident(6);
        for (int number = 1; number <= 6; number++) {
            projection.on(reported(incident(number), number, REPORTED_AT.plusSeconds(number)));
        }
        projection.on(closed(closedLater, CLOSED_AT.plusSeconds(600)));
        projection.on(closed(closedEarly, CLOSED_AT));
        projection.on(closed(closedRecently, ERASED_AT));
        projection.on(closed(held, CLOSED_AT));
        projection.on(new LegalHoldPlaced(held, "Rechtszaak.", CLOSED_AT.plusSeconds(60)));
        projection.on(closed(alreadyErased, CLOSED_AT));
        projection.on(erased(alreadyErased));

        List<IncidentId> due = overview.dueForErasure(new IncidentsDueForErasure(CLOSED_AT.plusSeconds(3_600)));

        assertThat(due).containsExactly(closedEarly, closedLater).doesNotContain(open);
    }

    // The administrator's overview

    @Test
    void overviewListsEveryIncidentNewestFirst() {
        projection.on(reported(incident(1), 1, REPORTED_AT));
        projection.on(reported(incident(2), 2, REPORTED_AT.plusSeconds(3_600)));
        projection.on(reported(incident(3), 3, REPORTED_AT.minusSeconds(3_600)));

        assertThat(overview.all()).extracting(RetentionOverview.Entry::incidentId)
                .containsExactly(incident(2), incident(1), incident(3));
    }

    @Test
    void overviewBreaksTiesOnTheMomentByReferenceNumber() {
        projection.on(reported(incident(1), 9_999, REPORTED_AT));
        projection.on(reported(incident(2), 10_000, REPORTED_AT));

        assertThat(overview.all()).extracting(RetentionOverview.Entry::incidentId)
                .containsExactly(incident(2), incident(1));
    }

    @Test
    void overviewShowsClosingHoldAndErasure() {
        IncidentId open = incident(1);
        IncidentId held = incident(2);
        IncidentId erased = incident(3);
        projection.on(reported(open, 1, REPORTED_AT));
        projection.on(reported(held, 2, REPORTED_AT.plusSeconds(60)));
        projection.on(reported(erased, 3, REPORTED_AT.plusSeconds(120)));
        projection.on(closed(held, CLOSED_AT));
        projection.on(new LegalHoldPlaced(held, "Rechtszaak.", CLOSED_AT.plusSeconds(60)));
        projection.on(closed(erased, CLOSED_AT));
        projection.on(erased(erased));

        assertThat(overview.all()).containsExactly(
                new RetentionOverview.Entry(erased, new IncidentReference(2026, 3), IncidentStatus.CLOSED,
                        REPORTED_AT.plusSeconds(120), CLOSED_AT, false, ERASED_AT),
                new RetentionOverview.Entry(held, new IncidentReference(2026, 2), IncidentStatus.CLOSED,
                        REPORTED_AT.plusSeconds(60), CLOSED_AT, true, null),
                new RetentionOverview.Entry(open, new IncidentReference(2026, 1), IncidentStatus.REPORTED,
                        REPORTED_AT, null, false, null));
    }

    @Test
    void liftedLegalHoldNoLongerShows() {
        projection.on(reported(INCIDENT, 1, REPORTED_AT));
        projection.on(new LegalHoldPlaced(INCIDENT, "Rechtszaak.", CLOSED_AT));
        projection.on(new LegalHoldLifted(INCIDENT, "Afgerond.", CLOSED_AT.plusSeconds(60)));

        assertThat(overview.all()).singleElement()
                .extracting(RetentionOverview.Entry::legalHold).isEqualTo(false);
    }

    private IncidentView find(IncidentId incident) {
        return register.find(incident, MAYOR).orElseThrow();
    }

    private static IncidentReported reported(IncidentId incident, int number, Instant reportedAt) {
        return reported(incident, number, reportedAt, null, null);
    }

    private static IncidentReported reported(IncidentId incident, int number, Instant reportedAt,
            PerpetratorDetails perpetrator, String witnesses) {
        return new IncidentReported(incident, new IncidentReference(2026, number), ANNA, OfficialKind.COUNCIL_MEMBER,
                Role.CLERK, Role.OFFICIAL, reportedAt, OCCURRED_AT, "Raadzaal", Channel.EMAIL,
                List.of(Behaviour.THREAT), "Bedreigd.", perpetrator, witnesses);
    }

    private static IncidentClosed closed(IncidentId incident, Instant closedAt) {
        return new IncidentClosed(incident, ClosingOutcome.RESOLVED, "Afgesproken.", IncidentStatus.CLOSED, closedAt);
    }

    private static IncidentPersonalDataErased erased(IncidentId incident) {
        return new IncidentPersonalDataErased(incident, "Bewaartermijn verstreken", true, ERASED_AT);
    }

    private static IncidentId incident(int n) {
        return new IncidentId(UUID.fromString("6f1c2d3e-0000-4000-8000-%012d".formatted(n)));
    }
}
