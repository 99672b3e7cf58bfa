package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.communication.query.CommunicationProjection;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The texts of communication decisions and corrections are personal data of the incident: sealed in the
 * event store, and gone from the communication tables after an erasure, also when they are rebuilt.
 */
class CommunicationPersonalDataTest extends ApplicationTest {

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Test
    void communicationTextsAreSealedAndAnErasureHoldsThroughAReplay() throws Exception {
        String canary = "KANARIE" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> report = Reports.valid();
        String incident = (String) report.get("incidentId");
        send("/api/incidents", "raadslid", report);
        Map<String, Object> decision = CommunicationApiTest.decision(List.of("PARTY_LEADERS"), true);
        String decisionId = UUID.randomUUID().toString();
        decision.put("decisionId", decisionId);
        decision.put("externalForm", canary + "-vorm");
        decision.put("rationale", canary + "-onderbouwing");
        send("/api/incidents/" + incident + "/communication-decisions", "griffier", decision);
        send("/api/communication-decisions/" + decisionId + "/execution", "griffier",
                Map.of("executedOn", LocalDate.now(clock).toString(), "executedBy", canary + "-uitvoerder"));
        send("/api/falsehood-corrections", "griffier", Map.of("incidentId", incident, "where", canary + "-waar",
                "falsehood", canary + "-onjuist", "proposedCorrection", canary + "-correctie"));

        assertThat(eventsContaining(canary)).isZero();
        assertThat(projectionRowsContaining(canary)).isPositive();

        send("/api/incidents/" + incident + "/erasure", "beheer", Map.of("reason", "Verzoek van betrokkene"));
        StreamingEventProcessor processor = eventProcessing
                .eventProcessor(CommunicationProjection.NAME, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM communication_decisions WHERE decision_id = ?::uuid",
                    Integer.class, decisionId)).isOne();
            assertThat(projectionRowsContaining(canary)).isZero();
        });
        assertThat(jdbc.queryForObject("SELECT rationale FROM communication_decisions WHERE decision_id = ?::uuid",
                String.class, decisionId)).isEqualTo("[gewist]");
        assertThat(processor.isError()).isFalse();
    }

    /** Without it an erasure and a decision of the same incident could be handled at once in two segments. */
    @Test
    void theCommunicationProjectionIsSequencedPerIncident() {
        UUID incident = UUID.randomUUID();
        assertThat(eventProcessing.sequencingPolicy(CommunicationProjection.NAME).getSequenceIdentifierFor(
                new GenericDomainEventMessage<>("Incident", incident.toString(), 3,
                        new IncidentPersonalDataErased(new IncidentId(incident), "Verzoek", false, Instant.now()))))
                .isEqualTo(incident);
    }

    private int eventsContaining(String text) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?",
                Integer.class, "%" + text + "%");
    }

    private int projectionRowsContaining(String text) {
        int rows = 0;
        for (String table : List.of("communication_decisions", "falsehood_corrections")) {
            rows += jdbc.queryForObject("SELECT count(*) FROM " + table + " t WHERE CAST(t AS TEXT) LIKE ?",
                    Integer.class, "%" + text + "%");
        }
        return rows;
    }

    private void send(String path, String account, Map<String, ?> body) throws Exception {
        mvc.perform(post(path).with(as(account)).contentType(MediaType.APPLICATION_JSON).content(json(body)))
                .andExpect(status().is2xxSuccessful());
    }
}
