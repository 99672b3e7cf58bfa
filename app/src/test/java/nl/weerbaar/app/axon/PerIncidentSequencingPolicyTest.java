package nl.weerbaar.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.OfficialRegistered;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.response.api.Consultation;
import nl.weerbaar.response.api.DecisionId;
import nl.weerbaar.response.api.NoResponseDecided;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

/** Events about one incident share a sequence, whichever aggregate published them. */
class PerIncidentSequencingPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final IncidentId INCIDENT = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));

    @Test
    void anIncidentsEventsAndAnotherAggregatesEventAboutItShareTheIncidentsSequence() {
        DecisionId decision = new DecisionId(UUID.fromString("c0000000-0000-4000-8000-000000000001"));
        var erased = new GenericDomainEventMessage<>("Incident", INCIDENT.toString(), 7,
                new IncidentPersonalDataErased(INCIDENT, "Verzoek", false, NOW));
        var decided = new GenericDomainEventMessage<>("NoResponseDecision", decision.toString(), 0,
                new NoResponseDecided(decision, INCIDENT, new Consultation(true, "Goed"), "Afwachten", List.of(),
                        Role.CLERK, NOW));

        assertThat(PerIncidentSequencingPolicy.INSTANCE.getSequenceIdentifierFor(erased)).isEqualTo(INCIDENT.value());
        assertThat(PerIncidentSequencingPolicy.INSTANCE.getSequenceIdentifierFor(decided)).isEqualTo(INCIDENT.value());
    }

    @Test
    void anEventAboutNoIncidentKeepsItsAggregatesSequence() {
        OfficialId official = new OfficialId(UUID.fromString("b0000000-0000-4000-8000-000000000001"));
        var registered = new GenericDomainEventMessage<>("Official", official.toString(), 0,
                new OfficialRegistered(official, "Anna de Vries", OfficialKind.COUNCIL_MEMBER));

        assertThat(PerIncidentSequencingPolicy.INSTANCE.getSequenceIdentifierFor(registered))
                .isEqualTo(official.toString());
    }
}
