package nl.weerbaar.communication.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.communication.api.CommunicationDecided;
import nl.weerbaar.communication.api.CommunicationDecisionId;
import nl.weerbaar.communication.api.CommunicationId;
import nl.weerbaar.communication.api.FalsehoodCorrectionApproved;
import nl.weerbaar.communication.api.FalsehoodCorrectionId;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import nl.weerbaar.incident.api.Role;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

/** An incident's erasure and its communication events, though of different aggregates, share one sequence. */
class CommunicationProcessingTest {

    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final IncidentId INCIDENT = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));

    @Test
    void theErasureOfAnIncidentIsSequencedWithItsDecisionsAndCorrections() {
        CommunicationId file = CommunicationId.of(INCIDENT);
        FalsehoodCorrectionId correction = new FalsehoodCorrectionId(UUID.randomUUID());
        Object erasure = sequence("Incident", INCIDENT.toString(),
                new IncidentPersonalDataErased(INCIDENT, "Verzoek", false, NOW));
        Object decision = sequence("IncidentCommunication", file.toString(), new CommunicationDecided(file,
                new CommunicationDecisionId(UUID.randomUUID()), INCIDENT, 1, null, List.of(), true, List.of(), false,
                null, "Waarom", Role.CLERK, NOW));
        Object approval = sequence("FalsehoodCorrection", correction.toString(),
                new FalsehoodCorrectionApproved(correction, INCIDENT, LocalDate.of(2026, 5, 20), Role.MAYOR, NOW));

        assertThat(decision).isEqualTo(erasure).isEqualTo(approval).isEqualTo(INCIDENT.value());
    }

    @Test
    void otherEventsKeepTheirAggregatesSequence() {
        assertThat(sequence("Norm", "norm-1", "some other event")).isEqualTo("norm-1");
    }

    private static Object sequence(String type, String aggregate, Object payload) {
        return CommunicationProcessing.PER_INCIDENT.getSequenceIdentifierFor(
                new GenericDomainEventMessage<>(type, aggregate, 0, payload));
    }
}
