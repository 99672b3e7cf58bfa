package nl.weerbaar.app;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** The perpetrator profile's interventions and access bans, listed by the response module for case handlers. */
class PerpetratorResponsesTest extends ApplicationTest {

    @Test
    void theProfileListsTheResponsesOnAllItsIncidentsWithTheActiveBanFirst() throws Exception {
        String profile = profile();
        String first = reported();
        String second = reported();
        link(first, profile);
        link(second, profile);
        choose(first, decision("CORRECTIVE_LETTER"));
        choose(second, decision("ACCESS_BAN"));

        mvc.perform(get("/api/perpetrators/" + profile + "/responses").with(as("griffier")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].kind").value("ACCESS_BAN"))
                .andExpect(jsonPath("$[0].incidentId").value(second))
                .andExpect(jsonPath("$[0].accessBan.active").value(true))
                .andExpect(jsonPath("$[0].accessBan.scope").value("TOWN_HALL"))
                .andExpect(jsonPath("$[1].kind").value("CORRECTIVE_LETTER"))
                .andExpect(jsonPath("$[1].incidentId").value(first))
                .andExpect(jsonPath("$[1].status").value("CHOSEN"));
        mvc.perform(get("/perpetrators/" + profile + "/responses").with(as("griffier")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Corrigerende brief")))
                .andExpect(content().string(containsString("Toegangsverbod")))
                .andExpect(content().string(containsString("Van kracht")));
        mvc.perform(get("/perpetrators/" + profile).with(as("griffier")))
                .andExpect(content().string(containsString("/perpetrators/" + profile + "/responses")))
                .andExpect(content().string(containsString("Bekijk de interventies en toegangsverboden")));
    }

    @Test
    void onlyCaseHandlersSeeAProfilesResponses() throws Exception {
        String profile = profile();
        mvc.perform(get("/perpetrators/" + profile + "/responses").with(as("raadslid")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/perpetrators/" + profile + "/responses").with(as("raadslid")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownProfileIsNotFoundAndAKnownOneWithoutResponsesIsEmpty() throws Exception {
        String unknown = UUID.randomUUID().toString();
        mvc.perform(get("/api/perpetrators/" + unknown + "/responses").with(as("griffier")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/perpetrators/" + unknown + "/responses").with(as("burgemeester")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/perpetrators/" + profile() + "/responses").with(as("griffier")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
    }

    private String profile() throws Exception {
        String body = send("/api/perpetrators", "griffier", Map.of("name", "Kees " + UUID.randomUUID()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return (String) JsonText.parse(body).get("perpetratorId");
    }

    private String reported() throws Exception {
        Map<String, Object> report = Reports.valid();
        report.remove("perpetrator");
        send("/api/incidents", "raadslid", report).andExpect(status().isCreated());
        return (String) report.get("incidentId");
    }

    private void link(String incident, String profile) throws Exception {
        send("/api/incidents/" + incident + "/perpetrator", "griffier", Map.of("perpetratorId", profile))
                .andExpect(status().is2xxSuccessful());
    }

    private void choose(String incident, Map<String, Object> body) throws Exception {
        send("/api/incidents/" + incident + "/interventions", "griffier", body).andExpect(status().isCreated());
    }

    private ResultActions send(String path, String account, Map<String, ?> body) throws Exception {
        return mvc.perform(post(path).with(as(account)).contentType(MediaType.APPLICATION_JSON).content(json(body)));
    }

    /** A valid decision of the type: a letter stating all three parts, or a town-hall ban from today. */
    private Map<String, Object> decision(String type) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("officialConsulted", true);
        body.put("officialView", "Anna wil dat het ophoudt.");
        body.put("rationale", "Herhaalde intimidatie.");
        body.put("involvedActors", List.of());
        body.put("behaviour", "U riep dat u weet waar het raadslid woont.");
        body.put("impact", "Het raadslid voelt zich thuis niet meer veilig.");
        body.put("consequences", "Bij herhaling volgt een toegangsverbod.");
        body.put("recipientName", "K. Jansen");
        body.put("scope", "TOWN_HALL");
        body.put("from", today.toString());
        body.put("until", today.plusMonths(3).toString());
        body.put("legalBasis", "Art. 174 Gemeentewet");
        return body;
    }
}
