package nl.weerbaar.aftercare.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import nl.weerbaar.aftercare.api.Amount;
import nl.weerbaar.aftercare.api.CaseUpdateId;
import nl.weerbaar.aftercare.api.CaseUpdateKind;
import nl.weerbaar.aftercare.api.CaseUpdateRecorded;
import nl.weerbaar.aftercare.api.CaseUpdateSource;
import nl.weerbaar.aftercare.api.ClaimRoute;
import nl.weerbaar.aftercare.api.ClaimStatus;
import nl.weerbaar.aftercare.api.DamageClaimFiled;
import nl.weerbaar.aftercare.api.DamageClaimId;
import nl.weerbaar.aftercare.api.DamageClaimStatusChanged;
import nl.weerbaar.aftercare.api.DamageRecovered;
import nl.weerbaar.aftercare.api.InformationChannel;
import nl.weerbaar.aftercare.api.OfficialInformedOfCaseUpdate;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.response.api.Consultation;
import nl.weerbaar.response.api.InterventionCancelled;
import nl.weerbaar.response.api.InterventionChosen;
import nl.weerbaar.response.api.InterventionId;
import nl.weerbaar.response.api.InterventionType;
import nl.weerbaar.testing.ModuleDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/** An incident's aftercare as it is read, overdue case updates by the clock, the complaint's offer, erasure. */
@ExtendWith(ModuleDatabase.class)
class AftercareProjectionTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Tuesday 10 November 2026, 09:30 in Amsterdam. */
    private static final Instant NOW = Instant.parse("2026-11-10T08:30:00Z");
    private static final LocalDate MONDAY_BEFORE = LocalDate.of(2026, 11, 2);
    private static final IncidentId INCIDENT = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));
    private static final IncidentId OTHER = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000002"));

    private final JdbcTemplate jdbc;
    private final AftercareProjection projection;
    private final AftercareRecords records;

    AftercareProjectionTest(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.projection = new AftercareProjection(jdbc);
        this.records = new AftercareRecords(jdbc, new InformDeadline(5, Clock.fixed(NOW, AMSTERDAM)));
    }

    @BeforeEach
    void empty() {
        projection.reset();
    }

    @Test
    void aftercareIsReadWithHowFarItGot() {
        AftercareId id = new AftercareId(uuid("d", 1));
        AftercareRequested requested = new AftercareRequested(id, INCIDENT, AftercareKind.CONFIDANT, "Praten",
                MONDAY_BEFORE, Role.CLERK, NOW);
        projection.on(requested);
        projection.on(requested); // redelivered: stored once
        assertThat(records.aftercare(INCIDENT)).singleElement()
                .satisfies(view -> assertThat(view.status()).isEqualTo("REQUESTED"));

        projection.on(new AftercareArranged(id, INCIDENT, "Griffier", "Mw. De Boer", MONDAY_BEFORE.plusDays(1),
                Role.CLERK, NOW));
        projection.on(new AftercareCompleted(id, INCIDENT, MONDAY_BEFORE.plusDays(3), "Goed gesprek", Role.CLERK, NOW));

        AftercareView view = records.aftercare(INCIDENT).get(0);
        assertThat(view.status()).isEqualTo("COMPLETED");
        assertThat(view.arrangedWith()).isEqualTo("Mw. De Boer");
        assertThat(view.completionNote()).isEqualTo("Goed gesprek");
        assertThat(records.incidentOf(id)).contains(INCIDENT);
        assertThat(records.aftercare(OTHER)).isEmpty();
    }

    @Test
    void anUpdateNotPassedOnWithinFiveWorkingDaysIsOverdue() {
        CaseUpdateId late = new CaseUpdateId(uuid("e", 1));
        CaseUpdateId onTime = new CaseUpdateId(uuid("e", 2));
        CaseUpdateId told = new CaseUpdateId(uuid("e", 3));
        projection.on(update(late, INCIDENT, MONDAY_BEFORE));            // due Monday 9th: overdue on the 10th
        projection.on(update(onTime, OTHER, MONDAY_BEFORE.plusDays(1))); // due Tuesday 10th: today, still in time
        projection.on(update(told, INCIDENT, MONDAY_BEFORE.minusDays(7)));
        projection.on(new OfficialInformedOfCaseUpdate(told, INCIDENT, Instant.parse("2026-11-03T09:00:00Z"),
                InformationChannel.PHONE, "Gebeld", Role.MAYOR, NOW));

        assertThat(records.overdue()).extracting(CaseUpdateView::caseUpdateId).containsExactly(late.value());
        CaseUpdateView overdue = records.overdue().get(0);
        assertThat(overdue.dueOn()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(overdue.summary()).isEqualTo("Zitting gepland");

        CaseUpdateView informed = records.caseUpdates(INCIDENT).get(0);
        assertThat(informed.caseUpdateId()).isEqualTo(told.value());
        assertThat(informed.overdue()).isFalse();
        assertThat(informed.informedHow()).isEqualTo(InformationChannel.PHONE);
        assertThat(informed.informedLate()).isTrue(); // heard 26 Oct, due 2 Nov, told 3 Nov
    }

    @Test
    void aFiledCriminalComplaintOffersTheFollowUpUntilItIsCancelled() {
        InterventionId complaint = new InterventionId(uuid("b", 1));
        InterventionId letter = new InterventionId(uuid("b", 2));
        projection.on(chosen(complaint, InterventionType.CRIMINAL_COMPLAINT));
        projection.on(chosen(complaint, InterventionType.CRIMINAL_COMPLAINT)); // redelivered or replayed
        projection.on(chosen(letter, InterventionType.POLICE_REPORT));
        projection.on(new InterventionCancelled(letter, INCIDENT, "Toch niet", NOW));

        assertThat(records.followUpOffers(INCIDENT)).singleElement()
                .satisfies(offer -> assertThat(offer.interventionId()).isEqualTo(complaint.value()));

        projection.on(new InterventionCancelled(complaint, INCIDENT, "Aangifte niet doorgezet", NOW));
        assertThat(records.followUpOffers(INCIDENT)).isEmpty();
    }

    @Test
    void aClaimShowsWhatWasRecoveredAndWhatIsOutstanding() {
        DamageClaimId id = new DamageClaimId(uuid("f", 1));
        projection.on(new DamageClaimFiled(id, INCIDENT, "Ruit", new Amount(125_050), ClaimRoute.CIVIL_CLAIM,
                MONDAY_BEFORE, Role.CLERK, NOW));
        projection.on(new DamageClaimStatusChanged(id, INCIDENT, ClaimStatus.AWARDED, MONDAY_BEFORE.plusDays(2),
                "Toegewezen", Role.CLERK, NOW));
        DamageRecovered first = new DamageRecovered(id, INCIDENT, new Amount(50_000), MONDAY_BEFORE.plusDays(3),
                new Amount(50_000), Role.CLERK, NOW);
        projection.on(first);
        projection.on(first); // redelivered: the running total is set, not added twice

        DamageClaimView claim = records.damageClaims(INCIDENT).get(0);
        assertThat(claim.amount()).isEqualTo(new BigDecimal("1250.50"));
        assertThat(claim.recovered()).isEqualTo(new BigDecimal("500.00"));
        assertThat(claim.outstanding()).isEqualTo(new BigDecimal("750.50"));
        assertThat(claim.status()).isEqualTo(ClaimStatus.AWARDED);
        assertThat(claim.lastReceivedOn()).isEqualTo(MONDAY_BEFORE.plusDays(3));
    }

    @Test
    void erasureScrubsEveryTextOfTheIncidentsAftercare() {
        AftercareId aftercare = new AftercareId(uuid("d", 2));
        CaseUpdateId update = new CaseUpdateId(uuid("e", 4));
        DamageClaimId claim = new DamageClaimId(uuid("f", 2));
        projection.on(new AftercareRequested(aftercare, INCIDENT, AftercareKind.OTHER, "Hulp thuis", MONDAY_BEFORE,
                Role.CLERK, NOW));
        projection.on(new AftercareArranged(aftercare, INCIDENT, "Griffier", "Mw. De Boer", MONDAY_BEFORE, Role.CLERK,
                NOW));
        projection.on(update(update, INCIDENT, MONDAY_BEFORE));
        projection.on(new DamageClaimFiled(claim, INCIDENT, "Ruit", new Amount(100), ClaimRoute.SETTLEMENT,
                MONDAY_BEFORE, Role.CLERK, NOW));
        projection.on(update(new CaseUpdateId(uuid("e", 5)), OTHER, MONDAY_BEFORE));

        projection.on(new IncidentPersonalDataErased(INCIDENT, "Bewaartermijn verstreken", true, NOW));

        AftercareView erased = records.aftercare(INCIDENT).get(0);
        assertThat(List.of(erased.description(), erased.arrangedBy(), erased.arrangedWith()))
                .containsOnly(PersonalData.ERASED);
        assertThat(erased.completionNote()).isNull();
        assertThat(erased.personalDataErased()).isTrue();
        assertThat(records.caseUpdates(INCIDENT).get(0).summary()).isEqualTo(PersonalData.ERASED);
        assertThat(records.damageClaims(INCIDENT).get(0).what()).isEqualTo(PersonalData.ERASED);
        assertThat(records.damageClaims(INCIDENT).get(0).amount()).isEqualTo(new BigDecimal("1.00"));
        assertThat(records.caseUpdates(OTHER).get(0).summary()).isEqualTo("Zitting gepland");
    }

    private static CaseUpdateRecorded update(CaseUpdateId id, IncidentId incident, LocalDate date) {
        return new CaseUpdateRecorded(id, incident, date, CaseUpdateSource.PUBLIC_PROSECUTOR, CaseUpdateKind.HEARING,
                "Zitting gepland", Role.MAYOR, NOW);
    }

    private static InterventionChosen chosen(InterventionId id, InterventionType type) {
        return new InterventionChosen(id, INCIDENT, type, new Consultation(true, "Graag aangifte"), "Bedreiging",
                // the police details are left out: the offer needs only the type (and so does not depend on their shape)
                List.of(), null, null, null, null, Role.MAYOR, NOW.minusSeconds(60));
    }

    private static UUID uuid(String prefix, int n) {
        return UUID.fromString(prefix + "0000000-0000-4000-8000-00000000000" + n);
    }
}
