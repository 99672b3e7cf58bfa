package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.incident.query.PerpetratorProfilesProjection;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * What a profile says about a person is personal data of the profile: never stored in plain text,
 * and after an erasure (of the profile or of the profile it was merged into) it reads as
 * {@code [gewist]} everywhere, a replay included.
 */
class PerpetratorPersonalDataTest extends ApplicationTest {

    private static final List<String> PROFILE_TABLES = List.of("perpetrator_profile",
            "perpetrator_profile_search_key");

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Test
    void aProfileIsNeverStoredInPlaintextAndAnErasureHoldsThroughAReplay() throws Exception {
        String canary = "KANARIE" + UUID.randomUUID().toString().replace("-", "");
        String survivor = profile(Map.of("name", canary + "-naam", "handles", List.of("@" + canary),
                "description", canary + "-uiterlijk"));
        String mergedCanary = "KANARIE" + UUID.randomUUID().toString().replace("-", "");
        String merged = profile(Map.of("name", mergedCanary + "-bijnaam"));
        mvc.perform(post("/api/perpetrators/" + survivor + "/merge").with(as("griffier"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("otherPerpetratorId", merged))))
                .andExpect(status().isOk());

        assertThat(storedEventsContaining(canary)).isZero();
        assertThat(storedEventsContaining(mergedCanary)).isZero();
        mvc.perform(get("/api/perpetrators/" + survivor).with(as("griffier")))
                .andExpect(jsonPath("$.name").value(canary + "-naam"))
                .andExpect(jsonPath("$.handles", contains("@" + canary)));

        mvc.perform(post("/api/perpetrators/" + survivor + "/erasure").with(as("beheer"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "Verzoek van betrokkene"))))
                .andExpect(status().isOk());
        replayTheProfiles();

        mvc.perform(get("/api/perpetrators/" + survivor).with(as("griffier")))
                .andExpect(jsonPath("$.name").value("[gewist]"))
                .andExpect(jsonPath("$.handles", contains("[gewist]")))
                .andExpect(jsonPath("$.description").value("[gewist]"))
                .andExpect(jsonPath("$.mergedProfiles[0].name").value("[gewist]"));
        mvc.perform(get("/api/perpetrators/" + merged).with(as("griffier")))
                .andExpect(jsonPath("$.name").value("[gewist]"));
        for (String table : PROFILE_TABLES) {
            assertThat(rowsContaining(table, canary)).as(table).isZero();
            assertThat(rowsContaining(table, mergedCanary)).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM data_subject_key WHERE subject_id IN (?, ?) "
                + "AND wrapped_key IS NULL", Integer.class, survivor, merged)).isEqualTo(2);
        assertThat(storedEventsContaining("Verzoek van betrokkene"))
                .as("the erasure itself stays in the history").isPositive();
    }

    private String profile(Map<String, ?> body) throws Exception {
        String answer = mvc.perform(post("/api/perpetrators").with(as("griffier"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return (String) JsonText.parse(answer).get("perpetratorId");
    }

    /** Events whose raw bytes (payload or metadata) hold the text. */
    private int storedEventsContaining(String text) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE position(convert_to(?, 'UTF8') "
                + "IN payload) > 0 OR position(convert_to(?, 'UTF8') IN meta_data) > 0", Integer.class, text, text);
    }

    private int rowsContaining(String table, String text) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " t WHERE position(? IN CAST(t AS TEXT)) > 0",
                Integer.class, text);
    }

    private void replayTheProfiles() {
        StreamingEventProcessor processor = eventProcessing
                .eventProcessor(PerpetratorProfilesProjection.NAME, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !processor.isError()
                && !processor.processingStatus().isEmpty() && processor.processingStatus().values().stream()
                        .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= head));
    }
}
