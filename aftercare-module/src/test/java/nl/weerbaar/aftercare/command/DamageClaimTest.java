package nl.weerbaar.aftercare.command;

import static nl.weerbaar.testing.RuleViolations.violates;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.weerbaar.aftercare.api.Amount;
import nl.weerbaar.aftercare.api.ClaimRoute;
import nl.weerbaar.aftercare.api.ClaimStatus;
import nl.weerbaar.aftercare.api.DamageClaimFiled;
import nl.weerbaar.aftercare.api.DamageClaimId;
import nl.weerbaar.aftercare.api.DamageClaimStatusChanged;
import nl.weerbaar.aftercare.api.DamageRecovered;
import nl.weerbaar.aftercare.api.FileDamageClaim;
import nl.weerbaar.aftercare.api.RecordDamageRecovery;
import nl.weerbaar.aftercare.api.UpdateDamageClaimStatus;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Damage claims: filed with amount and route, status moving on, and never more recovered than claimed. */
class DamageClaimTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final IncidentId INCIDENT = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));
    private static final DamageClaimId CLAIM = new DamageClaimId(UUID.fromString("f0000000-0000-4000-8000-000000000001"));
    private static final Amount CLAIMED = Amount.ofEuros(new BigDecimal("1250.50"));
    private static final DamageClaimFiled FILED = new DamageClaimFiled(CLAIM, INCIDENT, "Ingegooide ruit", CLAIMED,
            ClaimRoute.INJURED_PARTY_IN_CRIMINAL_CASE, TODAY.minusDays(10), Role.CLERK, NOW.minusSeconds(86_400));

    private AggregateTestFixture<DamageClaim> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DamageClaim.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, AMSTERDAM));
    }

    @Test
    void aClaimIsFiledWithWhatAmountAndRoute() {
        fixture.givenNoPriorActivity()
                .when(new FileDamageClaim(CLAIM, INCIDENT, " Ingegooide ruit ", CLAIMED,
                        ClaimRoute.INJURED_PARTY_IN_CRIMINAL_CASE, TODAY.minusDays(10), Role.CLERK))
                .expectEvents(new DamageClaimFiled(CLAIM, INCIDENT, "Ingegooide ruit", new Amount(125_050),
                        ClaimRoute.INJURED_PARTY_IN_CRIMINAL_CASE, TODAY.minusDays(10), Role.CLERK, NOW));
    }

    @Test
    void aClaimWithoutAnAmountIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new FileDamageClaim(CLAIM, INCIDENT, "Ruit", null, ClaimRoute.SETTLEMENT, TODAY, Role.CLERK))
                .expectException(violates("amount", RuleViolation.REQUIRED))
                .expectNoEvents();
    }

    @Test
    void amountsComeInUpToTheAmountClaimed() {
        fixture.given(FILED)
                .when(new RecordDamageRecovery(CLAIM, new Amount(100_000), TODAY, Role.CLERK))
                .expectEvents(new DamageRecovered(CLAIM, INCIDENT, new Amount(100_000), TODAY, new Amount(100_000),
                        Role.CLERK, NOW));
        fixture.given(FILED, new DamageRecovered(CLAIM, INCIDENT, new Amount(100_000), TODAY, new Amount(100_000),
                        Role.CLERK, NOW))
                .when(new RecordDamageRecovery(CLAIM, new Amount(25_050), TODAY, Role.CLERK))
                .expectEvents(new DamageRecovered(CLAIM, INCIDENT, new Amount(25_050), TODAY, CLAIMED, Role.CLERK,
                        NOW));
    }

    @Test
    void noMoreCanBeRecoveredThanWasClaimed() {
        fixture.given(FILED, new DamageRecovered(CLAIM, INCIDENT, new Amount(100_000), TODAY, new Amount(100_000),
                        Role.CLERK, NOW))
                .when(new RecordDamageRecovery(CLAIM, new Amount(25_051), TODAY, Role.CLERK))
                .expectException(violates("amount", RecordDamageRecovery.EXCEEDS_CLAIM))
                .expectNoEvents();
    }

    @Test
    void aRejectedClaimBringsInNothingMore() {
        fixture.given(FILED, new DamageClaimStatusChanged(CLAIM, INCIDENT, ClaimStatus.REJECTED, TODAY, "Afgewezen",
                        Role.CLERK, NOW))
                .when(new RecordDamageRecovery(CLAIM, new Amount(1_000), TODAY, Role.CLERK))
                .expectException(ConflictException.class);
    }

    @Test
    void theStatusMovesOnNotBeforeFilingAndNotToItself() {
        fixture.given(FILED)
                .when(new UpdateDamageClaimStatus(CLAIM, ClaimStatus.AWARDED, TODAY, " Rechter wees toe ", Role.MAYOR))
                .expectEvents(new DamageClaimStatusChanged(CLAIM, INCIDENT, ClaimStatus.AWARDED, TODAY,
                        "Rechter wees toe", Role.MAYOR, NOW));
        fixture.given(FILED)
                .when(new UpdateDamageClaimStatus(CLAIM, ClaimStatus.SUBMITTED, TODAY, null, Role.MAYOR))
                .expectException(ConflictException.class);
        fixture.given(FILED)
                .when(new UpdateDamageClaimStatus(CLAIM, ClaimStatus.IN_PROGRESS, TODAY.minusDays(11), null, Role.MAYOR))
                .expectException(violates("changedOn", UpdateDamageClaimStatus.BEFORE_FILING));
    }

    @Test
    void aRecoveryCannotPrecedeTheClaim() {
        fixture.given(FILED)
                .when(new RecordDamageRecovery(CLAIM, new Amount(1_000), TODAY.minusDays(11), Role.CLERK))
                .expectException(violates("receivedOn", UpdateDamageClaimStatus.BEFORE_FILING));
    }
}
