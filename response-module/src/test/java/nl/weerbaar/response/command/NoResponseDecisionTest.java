package nl.weerbaar.response.command;

import static nl.weerbaar.testing.RuleViolations.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.response.api.Consultation;
import nl.weerbaar.response.api.DecideNoResponse;
import nl.weerbaar.response.api.DecisionId;
import nl.weerbaar.response.api.InvolvedActor;
import nl.weerbaar.response.api.NoResponseDecided;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "No response for now" is a decision too: taken with the official, with a rationale, by a case handler. */
class NoResponseDecisionTest {

    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final IncidentId INCIDENT = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));
    private static final DecisionId DECISION = new DecisionId(UUID.fromString("c0000000-0000-4000-8000-000000000001"));
    private static final Consultation CONSULTED = new Consultation(true, "Laat maar zo.");

    private AggregateTestFixture<NoResponseDecision> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NoResponseDecision.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam")));
    }

    @Test
    void theDecisionIsRecordedWithTheConsultation() {
        fixture.givenNoPriorActivity()
                .when(new DecideNoResponse(DECISION, INCIDENT, CONSULTED, "Eenmalige uiting van frustratie.",
                        Set.of(InvolvedActor.POLICE), Role.MUNICIPAL_SECRETARY))
                .expectEvents(new NoResponseDecided(DECISION, INCIDENT, CONSULTED, "Eenmalige uiting van frustratie.",
                        List.of(InvolvedActor.POLICE), Role.MUNICIPAL_SECRETARY, NOW));
    }

    @Test
    void theOfficialMustHaveBeenConsulted() {
        fixture.givenNoPriorActivity()
                .when(new DecideNoResponse(DECISION, INCIDENT, new Consultation(false, "Niet gevraagd."), "Frustratie.",
                        Set.of(), Role.CLERK))
                .expectException(violates("officialConsulted", Consultation.CONSULTATION_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void theRationaleIsRequiredAndTheOfficialDoesNotDecide() {
        fixture.givenNoPriorActivity()
                .when(new DecideNoResponse(DECISION, INCIDENT, CONSULTED, " ", Set.of(), Role.CLERK))
                .expectException(violates("rationale", "required"));
        fixture.givenNoPriorActivity()
                .when(new DecideNoResponse(DECISION, INCIDENT, CONSULTED, "Frustratie.", Set.of(), Role.OFFICIAL))
                .expectException(NotPermittedException.class);
    }
}
