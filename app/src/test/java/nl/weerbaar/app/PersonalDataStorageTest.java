package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * No plaintext personal data in any Axon table, snapshots included; after an erasure every read and
 * a full replay show the replacement, and the projections no longer hold the data either.
 */
class PersonalDataStorageTest extends ApplicationTest {

    private static final List<String> AXON_TABLES = List.of("domain_event_entry", "snapshot_event_entry",
            "token_entry");
    private static final List<String> PROJECTION_TABLES = List.of("incident_register", "official");

    @Autowired
    private Snapshotter snapshotter;
    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Test
    void personalDataIsNeverStoredInPlaintextAndErasureHoldsThroughAReplay() throws Exception {
        String canary = "KANARIE" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> report = Reports.valid();
        report.put("description", canary + "-omschrijving");
        report.put("location", canary + "-adres");
        report.put("witnesses", canary + "-getuige");
        report.put("perpetrator", Map.of("name", canary + "-naam", "handle", "@" + canary,
                "description", canary + "-uiterlijk"));
        String id = (String) report.get("incidentId");
        mvc.perform(post("/api/incidents").with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                .content(json(report))).andExpect(status().isCreated());
        mvc.perform(post("/api/incidents/" + id + "/closure").with(as("griffier"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("outcome", "RESOLVED", "reason", canary + "-afsluitreden"))))
                .andExpect(status().isOk());
        String officialCanary = "KANARIE" + UUID.randomUUID().toString().replace("-", "");
        mvc.perform(post("/api/officials").with(as("beheer")).contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("name", officialCanary, "kind", "ALDERMAN")))).andExpect(status().isCreated());
        snapshotter.scheduleSnapshot(Class.forName("nl.weerbaar.incident.command.Incident"), id);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Integer.class, id) > 0);

        assertThat(tablesContaining(AXON_TABLES, canary)).isEmpty();
        assertThat(tablesContaining(AXON_TABLES, officialCanary)).isEmpty();
        // Encrypted, yet readable to those who may: the aggregate (from its snapshot) and the register.
        mvc.perform(get("/api/incidents/" + id).with(as("raadslid")))
                .andExpect(jsonPath("$.description").value(canary + "-omschrijving"))
                .andExpect(jsonPath("$.perpetrator.handle").value("@" + canary));
        mvc.perform(post("/api/incidents/" + id + "/reopening").with(as("griffier"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "Nieuwe informatie"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REPORTED"));

        mvc.perform(post("/api/incidents/" + id + "/erasure").with(as("beheer"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "Verzoek van betrokkene"))))
                .andExpect(status().isOk());
        replayAllProjections();

        mvc.perform(get("/api/incidents/" + id).with(as("raadslid")))
                .andExpect(jsonPath("$.description").value("[gewist]"))
                .andExpect(jsonPath("$.location").value("[gewist]"))
                .andExpect(jsonPath("$.witnesses").value("[gewist]"))
                .andExpect(jsonPath("$.perpetrator.name").value("[gewist]"))
                .andExpect(jsonPath("$.perpetrator.handle").value("[gewist]"))
                .andExpect(jsonPath("$.channel").value("DURING_MEETING"))
                .andExpect(jsonPath("$.personalDataErased").value(true));
        assertThat(tablesContaining(PROJECTION_TABLES, canary)).isEmpty();
        assertThat(tablesContaining(AXON_TABLES, canary)).isEmpty();
        // The aggregate still loads (events and snapshot) and decides: its data is erased.
        mvc.perform(post("/api/incidents/" + id + "/erasure").with(as("beheer"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "Nog eens"))))
                .andExpect(status().isConflict());
    }

    @Test
    void closingAnIncidentErasedWhileOpenStoresNoNewPersonalData() throws Exception {
        Map<String, Object> report = Reports.valid();
        String id = (String) report.get("incidentId");
        mvc.perform(post("/api/incidents").with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                .content(json(report))).andExpect(status().isCreated());
        mvc.perform(post("/api/incidents/" + id + "/erasure").with(as("beheer"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "Verzoek van betrokkene"))))
                .andExpect(status().isOk());

        String reason = "KANARIE" + UUID.randomUUID();
        mvc.perform(post("/api/incidents/" + id + "/closure").with(as("griffier"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("outcome", "RESOLVED", "reason", reason))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));

        assertThat(tablesContaining(AXON_TABLES, reason)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type LIKE '%IncidentClosed'", String.class, id))
                .contains("\"reason\":\"[gewist]\"");
    }

    private void replayAllProjections() {
        List<StreamingEventProcessor> processors = new ArrayList<>();
        eventProcessing.eventProcessors().values().forEach(processor -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.add(streaming);
            }
        });
        assertThat(processors).isNotEmpty();
        for (StreamingEventProcessor processor : processors) {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> processors.stream().allMatch(processor ->
                !processor.isError() && !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream()
                                .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head)));
    }

    /** Every table whose rows hold the text anywhere: in text columns or in the raw bytes of binary ones. */
    private List<String> tablesContaining(List<String> tables, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table)) {
                for (Object value : row.values()) {
                    byte[] haystack = value instanceof byte[] bytes ? bytes
                            : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
                    if (indexOf(haystack, needle) >= 0) {
                        found.add(table);
                    }
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
