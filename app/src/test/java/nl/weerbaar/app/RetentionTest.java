package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import nl.weerbaar.app.retention.RetentionJob;
import nl.weerbaar.incident.api.ProjectionSync;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Five years after closing, personal data is erased by the retention job, unless a legal hold stops it. */
class RetentionTest extends ApplicationTest {

    @Autowired
    private RetentionJob retention;
    @Autowired
    private ProjectionSync projections;

    @Test
    void expiredIncidentsAreErasedHeldOnesKeptAndNewEventsStillProcessed() throws Exception {
        String expired = reportedAndClosed();
        String held = reportedAndClosed();
        String open = reported();
        decide("beheer", "/api/incidents/" + held + "/legal-hold", Map.of("reason", "Strafzaak loopt"));

        clock.advance(Duration.ofDays(5 * 365 + 2));
        runRetention();

        assertDescription(expired, "[gewist]");
        assertDescription(held, "Uitgescholden in de raadszaal");
        assertDescription(open, "Uitgescholden in de raadszaal");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type = 'nl.weerbaar.incident.api.IncidentPersonalDataErased'
                  AND convert_from(meta_data, 'UTF8') LIKE '%"actor":"SYSTEM"%'
                  AND convert_from(payload, 'UTF8') LIKE '%"automatic":true%'
                """, Integer.class, expired)).isEqualTo(1);

        String later = reported();
        assertDescription(later, "Uitgescholden in de raadszaal");

        decide("beheer", "/api/incidents/" + held + "/legal-hold?reason=Strafzaak%20afgerond", null);
        runRetention();
        assertDescription(held, "[gewist]");
    }

    @Test
    void aProfileIsErasedOnceNoIncidentItServesKeepsItsDataAndNotBefore() throws Exception {
        String expired = reported();
        String held = reported();
        String servesOnlyExpired = profileLinkedTo(expired);
        String servesAHeldOne = profileLinkedTo(held);
        close(expired);
        close(held);
        decide("beheer", "/api/incidents/" + held + "/legal-hold", Map.of("reason", "Strafzaak loopt"));

        clock.advance(Duration.ofDays(5 * 365 + 2));
        runRetention();

        assertProfileName(servesOnlyExpired, "[gewist]");
        assertProfileName(servesAHeldOne, "Piet Profiel");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                  AND payload_type = 'nl.weerbaar.incident.api.PerpetratorPersonalDataErased'
                """, Integer.class, servesOnlyExpired)).isEqualTo(1);
    }

    @Test
    void nothingIsErasedBeforeTheRetentionPeriodHasPassed() throws Exception {
        String closed = reportedAndClosed();

        clock.advance(Duration.ofDays(5 * 365 - 30));
        runRetention();

        assertDescription(closed, "Uitgescholden in de raadszaal");
    }

    private String profileLinkedTo(String incident) throws Exception {
        String answer = mvc.perform(post("/api/perpetrators").with(as("griffier"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("name", "Piet Profiel"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String profile = (String) JsonText.parse(answer).get("perpetratorId");
        mvc.perform(post("/api/incidents/" + incident + "/perpetrator").with(as("griffier"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("perpetratorId", profile))))
                .andExpect(status().isOk());
        return profile;
    }

    private void assertProfileName(String profile, String expected) throws Exception {
        mvc.perform(get("/api/perpetrators/" + profile).with(as("griffier")))
                .andExpect(jsonPath("$.name").value(expected));
    }

    private void runRetention() {
        retention.run();
        projections.awaitAllCaughtUp(ProjectionSync.DEFAULT_WAIT);
    }

    private String reported() throws Exception {
        Map<String, Object> report = Reports.valid("description", "Uitgescholden in de raadszaal");
        mvc.perform(post("/api/incidents").with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                .content(json(report))).andExpect(status().isCreated());
        return (String) report.get("incidentId");
    }

    private String reportedAndClosed() throws Exception {
        String id = reported();
        close(id);
        return id;
    }

    private void close(String id) throws Exception {
        decide("griffier", "/api/incidents/" + id + "/closure", Map.of("outcome", "RESOLVED", "reason", "Afgehandeld"));
    }

    private void decide(String account, String path, Map<String, String> body) throws Exception {
        var request = body == null
                ? org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(path).with(as(account))
                : post(path).with(as(account)).contentType(MediaType.APPLICATION_JSON).content(json(body));
        mvc.perform(request).andExpect(status().isOk());
    }

    private void assertDescription(String id, String expected) throws Exception {
        mvc.perform(get("/api/incidents/" + id).with(as("raadslid")))
                .andExpect(jsonPath("$.description").value(expected));
    }
}
