package nl.weerbaar.communication.command;

import static nl.weerbaar.testing.RuleViolations.violates;
import static nl.weerbaar.testing.RuleViolations.violatesAll;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.communication.api.ApproveFalsehoodCorrection;
import nl.weerbaar.communication.api.CommunicationTexts;
import nl.weerbaar.communication.api.FalsehoodCorrectionApproved;
import nl.weerbaar.communication.api.FalsehoodCorrectionId;
import nl.weerbaar.communication.api.FalsehoodCorrectionPublished;
import nl.weerbaar.communication.api.FalsehoodCorrectionRequested;
import nl.weerbaar.communication.api.RecordFalsehoodCorrectionPublished;
import nl.weerbaar.communication.api.RequestFalsehoodCorrection;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A falsehood correction: asked for by the clerk or the secretary, approved, then published, each once. */
class FalsehoodCorrectionTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final IncidentId INCIDENT = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));
    private static final FalsehoodCorrectionId CORRECTION =
            new FalsehoodCorrectionId(UUID.fromString("f0000000-0000-4000-8000-000000000001"));
    private static final FalsehoodCorrectionRequested REQUESTED = new FalsehoodCorrectionRequested(CORRECTION,
            INCIDENT, "Facebook, groep Assen Nieuws", "Het raadslid zou een boete hebben gekregen.",
            "Er is geen boete opgelegd.", Role.CLERK, NOW);
    private static final FalsehoodCorrectionApproved APPROVED =
            new FalsehoodCorrectionApproved(CORRECTION, INCIDENT, TODAY, Role.MAYOR, NOW);

    private AggregateTestFixture<FalsehoodCorrection> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FalsehoodCorrection.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, AMSTERDAM));
    }

    @Test
    void theClerkAsksForACorrection() {
        fixture.givenNoPriorActivity()
                .when(new RequestFalsehoodCorrection(CORRECTION, INCIDENT, " Facebook, groep Assen Nieuws ",
                        "Het raadslid zou een boete hebben gekregen.", "Er is geen boete opgelegd.", Role.CLERK))
                .expectEvents(REQUESTED);
    }

    @Test
    void onlyTheClerkOrTheSecretaryAsks() {
        for (Role role : List.of(Role.MAYOR, Role.OFFICIAL, Role.COUNCIL_REVIEWER)) {
            fixture.givenNoPriorActivity()
                    .when(new RequestFalsehoodCorrection(CORRECTION, INCIDENT, "X", "Onjuist", "Juist", role))
                    .expectException(NotPermittedException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void whereWhatAndTheProposalAreRequired() {
        fixture.givenNoPriorActivity()
                .when(new RequestFalsehoodCorrection(CORRECTION, null, " ", null, "", Role.MUNICIPAL_SECRETARY))
                .expectException(violatesAll(List.of(new RuleViolation("incidentId", RuleViolation.REQUIRED),
                        new RuleViolation("where", RuleViolation.REQUIRED),
                        new RuleViolation("falsehood", RuleViolation.REQUIRED),
                        new RuleViolation("proposedCorrection", RuleViolation.REQUIRED))))
                .expectNoEvents();
    }

    @Test
    void aRequestedCorrectionIsApprovedOnce() {
        fixture.given(REQUESTED)
                .when(new ApproveFalsehoodCorrection(CORRECTION, TODAY, Role.MAYOR))
                .expectEvents(APPROVED);
        fixture.given(REQUESTED, APPROVED)
                .when(new ApproveFalsehoodCorrection(CORRECTION, TODAY, Role.MAYOR))
                .expectException(ConflictException.class);
    }

    @Test
    void approvalIsNeitherInTheFutureNorBeforeTheRequest() {
        fixture.given(REQUESTED)
                .when(new ApproveFalsehoodCorrection(CORRECTION, TODAY.plusDays(1), Role.MAYOR))
                .expectException(violates("approvedOn", RuleViolation.IN_FUTURE));
        fixture.given(REQUESTED)
                .when(new ApproveFalsehoodCorrection(CORRECTION, TODAY.minusDays(1), Role.MAYOR))
                .expectException(violates("approvedOn", CommunicationTexts.TOO_EARLY));
        fixture.given(REQUESTED)
                .when(new ApproveFalsehoodCorrection(CORRECTION, TODAY, Role.OFFICIAL))
                .expectException(NotPermittedException.class);
    }

    @Test
    void onlyAnApprovedCorrectionIsPublishedAndOnlyOnce() {
        fixture.given(REQUESTED)
                .when(new RecordFalsehoodCorrectionPublished(CORRECTION, TODAY, null, Role.CLERK))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(REQUESTED, APPROVED)
                .when(new RecordFalsehoodCorrectionPublished(CORRECTION, TODAY, " https://x.example/gemeente/1 ",
                        Role.CLERK))
                .expectEvents(new FalsehoodCorrectionPublished(CORRECTION, INCIDENT, TODAY,
                        "https://x.example/gemeente/1", Role.CLERK, NOW));
        fixture.given(REQUESTED, APPROVED,
                        new FalsehoodCorrectionPublished(CORRECTION, INCIDENT, TODAY, null, Role.CLERK, NOW))
                .when(new RecordFalsehoodCorrectionPublished(CORRECTION, TODAY, null, Role.CLERK))
                .expectException(ConflictException.class);
    }

    @Test
    void publicationIsNotBeforeTheApproval() {
        fixture.given(REQUESTED, APPROVED)
                .when(new RecordFalsehoodCorrectionPublished(CORRECTION, TODAY.minusDays(1), null, Role.CLERK))
                .expectException(violates("publishedOn", CommunicationTexts.TOO_EARLY));
    }
}
