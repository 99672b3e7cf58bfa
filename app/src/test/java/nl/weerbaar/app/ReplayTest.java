package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.weerbaar.incident.query.IncidentRegisterProjection;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The register is a projection: dropping it and replaying the event store rebuilds it exactly. */
class ReplayTest extends ApplicationTest {

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Test
    void resettingTheRegisterProcessorRebuildsTheRegisterFromTheEvents() throws Exception {
        for (String account : List.of("raadslid", "raadslid2", "wethouder")) {
            mvc.perform(post("/api/incidents").with(as(account)).contentType(MediaType.APPLICATION_JSON)
                    .content(json(Reports.valid()))).andExpect(status().isCreated());
        }
        List<Map<String, Object>> before = register();
        // A row no event explains: a rebuild must not keep it.
        jdbc.update("UPDATE incident_register SET location = 'handmatig gewijzigd' WHERE incident_id = ?",
                before.get(0).get("incident_id"));

        StreamingEventProcessor processor = eventProcessing
                .eventProcessor(IncidentRegisterProjection.NAME, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(register()).isEqualTo(before));
        assertThat(processor.isError()).isFalse();
        assertThat(processor.processingStatus().values()).allMatch(status -> !status.isReplaying()
                || status.getCurrentPosition().isPresent());
    }

    private List<Map<String, Object>> register() {
        return jdbc.queryForList("SELECT * FROM incident_register ORDER BY incident_id");
    }

}
