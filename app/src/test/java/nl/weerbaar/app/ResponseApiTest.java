package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Responses through the API: choosing with the official, carrying out, no response, bans, need-to-know. */
class ResponseApiTest extends ApplicationTest {

    private static final String VIEW = "Anna wil dat het ophoudt.";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void theClerkChoosesALetterAndTheOfficialSeesTheDecision() throws Exception {
        String incident = reported("raadslid");
        String id = chosen(incident, "griffier", letter());

        mvc.perform(get("/api/incidents/" + incident + "/responses").with(as("raadslid")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].responseId").value(id))
                .andExpect(jsonPath("$[0].kind").value("CORRECTIVE_LETTER"))
                .andExpect(jsonPath("$[0].status").value("CHOSEN"))
                .andExpect(jsonPath("$[0].officialConsulted").value(true))
                .andExpect(jsonPath("$[0].officialView").value(VIEW))
                .andExpect(jsonPath("$[0].decidedByRole").value("CLERK"))
                .andExpect(jsonPath("$[0].involvedActors", contains("POLICE")))
                .andExpect(jsonPath("$[0].letter.consequences").value("Bij herhaling volgt een toegangsverbod."));
        // the official's view is personal data of the incident: sealed in the store
        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", String.class, id)).doesNotContain(VIEW);
    }

    @Test
    void withoutConsultingTheOfficialNothingIsDecided() throws Exception {
        String incident = reported("raadslid");
        long before = eventCount();
        Map<String, Object> body = letter();
        body.put("officialConsulted", false);

        choose(incident, "griffier", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("officialConsulted"))
                .andExpect(jsonPath("$.errors[0].code").value("consultationRequired"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Het protocol vraagt de betrokken bestuurder te raadplegen"));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aComplaintWithoutVptIsRefusedAndNotFixed() throws Exception {
        String incident = reported("raadslid");
        Map<String, Object> body = decision("CRIMINAL_COMPLAINT");
        body.put("vpt", false);

        choose(incident, "griffier", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("vpt")));
    }

    @Test
    void theMunicipalityRecordsWhoFiledTheComplaintWhenAndThePolicesNumber() throws Exception {
        String incident = reported("raadslid");
        String complaint = chosen(incident, "burgemeester", decision("CRIMINAL_COMPLAINT"));
        long before = eventCount();

        post("/api/interventions/" + complaint + "/complaint-filing", "burgemeester",
                Map.of("filedBy", " ", "filedOn", TODAY.plusDays(1).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("filedBy")));
        post("/api/interventions/" + complaint + "/complaint-filing", "burgemeester",
                Map.of("filedBy", "M. de Vries, griffier", "filedOn", TODAY.plusDays(1).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("filedOn"))
                .andExpect(jsonPath("$.errors[0].code").value("inFuture"));
        post("/api/interventions/" + complaint + "/complaint-filing", "secretaris",
                Map.of("filedBy", "M. de Vries, griffier", "filedOn", TODAY.toString()))
                .andExpect(status().isNotFound());
        post("/api/interventions/" + complaint + "/complaint-filing", "raadslid",
                Map.of("filedBy", "M. de Vries, griffier", "filedOn", TODAY.toString()))
                .andExpect(status().isForbidden());
        assertThat(eventCount()).isEqualTo(before);

        post("/api/interventions/" + complaint + "/complaint-filing", "burgemeester", Map.of(
                "filedBy", "M. de Vries, griffier", "filedOn", TODAY.toString(), "policeReference", "PL0100-2026-77"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complaintFiledBy").value("M. de Vries, griffier"))
                .andExpect(jsonPath("$.complaintFiledOn").value(TODAY.toString()))
                .andExpect(jsonPath("$.police.policeReference").value("PL0100-2026-77"));
        post("/api/interventions/" + complaint + "/complaint-filing", "burgemeester",
                Map.of("filedBy", "M. de Vries, griffier", "filedOn", TODAY.toString()))
                .andExpect(status().isConflict());

        String report = chosen(incident, "burgemeester", decision("POLICE_REPORT"));
        post("/api/interventions/" + report + "/complaint-filing", "burgemeester",
                Map.of("filedBy", "M. de Vries, griffier", "filedOn", TODAY.toString()))
                .andExpect(status().isConflict());
    }

    @Test
    void needToKnowAnswers404AndTheOfficialMayNotDecide() throws Exception {
        String incident = reported("raadslid");

        // the alderman's case handler (the secretary) does not see a council member's incident
        choose(incident, "secretaris", letter()).andExpect(status().isNotFound());
        mvc.perform(get("/api/incidents/" + incident + "/responses").with(as("raadslid2")))
                .andExpect(status().isNotFound());
        choose(incident, "raadslid", letter()).andExpect(status().isForbidden());
        choose("00000000-0000-4000-8000-000000000000", "burgemeester", letter()).andExpect(status().isNotFound());

        String id = chosen(incident, "griffier", decision("STOP_CONVERSATION"));
        post("/api/interventions/" + id + "/completion", "secretaris", Map.of("outcome", "Gehouden."))
                .andExpect(status().isNotFound());
    }

    @Test
    void anInterventionIsCarriedOutOnceAndAClosedIncidentTakesNoNewDecisions() throws Exception {
        String incident = reported("raadslid");
        String id = chosen(incident, "griffier", decision("STOP_CONVERSATION"));

        post("/api/interventions/" + id + "/completion", "griffier", Map.of("outcome", "Hij bood excuses aan."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.outcome").value("Hij bood excuses aan."));
        post("/api/interventions/" + id + "/cancellation", "griffier", Map.of("reason", "Toch niet."))
                .andExpect(status().isConflict());

        post("/api/incidents/" + incident + "/closure", "griffier",
                Map.of("outcome", "RESOLVED", "reason", "Afgehandeld.")).andExpect(status().isOk());
        choose(incident, "griffier", letter()).andExpect(status().isConflict());
    }

    @Test
    void noResponseForNowIsADecisionWithTheOfficial() throws Exception {
        String incident = reported("wethouder");

        post("/api/incidents/" + incident + "/no-response", "secretaris",
                Map.of("officialConsulted", true, "officialView", VIEW, "rationale", "Eenmalige frustratie."))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decisionId").isNotEmpty());
        post("/api/incidents/" + incident + "/no-response", "secretaris",
                Map.of("officialView", VIEW, "rationale", "Eenmalige frustratie."))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("officialConsulted"));

        mvc.perform(get("/api/incidents/" + incident + "/responses").with(as("wethouder")))
                .andExpect(jsonPath("$[*].kind", contains("NO_RESPONSE")))
                .andExpect(jsonPath("$[0].rationale").value("Eenmalige frustratie."));
    }

    @Test
    void anActiveBanIsListedForHandlersUntilItIsLifted() throws Exception {
        String incident = reported("raadslid");
        Map<String, Object> body = decision("ACCESS_BAN");
        body.put("until", TODAY.minusDays(1).toString());
        choose(incident, "griffier", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("until")));

        String id = chosen(incident, "griffier", decision("ACCESS_BAN"));
        bans("griffier").andExpect(jsonPath("$[*].interventionId", hasItem(id)));
        bans("secretaris").andExpect(jsonPath("$[*].interventionId", not(hasItem(id))));
        bans("raadslid").andExpect(status().isForbidden());

        post("/api/interventions/" + id + "/lifting", "griffier", Map.of("reason", "Excuses aanvaard."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accessBan.active").value(false));
        bans("griffier").andExpect(jsonPath("$[*].interventionId", not(hasItem(id))));
        post("/api/interventions/" + id + "/lifting", "griffier", Map.of("reason", "Nog eens."))
                .andExpect(status().isConflict());
    }

    // ---------------------------------------------------------------- helpers

    private ResultActions bans(String account) throws Exception {
        return mvc.perform(get("/api/access-bans?active=true").with(as(account)));
    }

    private String reported(String account) throws Exception {
        Map<String, Object> report = Reports.valid();
        post("/api/incidents", account, report).andExpect(status().isCreated());
        return (String) report.get("incidentId");
    }

    private String chosen(String incident, String account, Map<String, Object> body) throws Exception {
        String answer = choose(incident, account, body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return (String) JsonMapper.builder().build().readValue(answer, Map.class).get("interventionId");
    }

    private ResultActions choose(String incident, String account, Map<String, ?> body) throws Exception {
        return post("/api/incidents/" + incident + "/interventions", account, body);
    }

    private ResultActions post(String path, String account, Map<String, ?> body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(as(account)).contentType(MediaType.APPLICATION_JSON).content(json(body)));
    }

    private static Map<String, Object> letter() {
        Map<String, Object> body = decision("CORRECTIVE_LETTER");
        body.put("involvedActors", List.of("POLICE"));
        return body;
    }

    /** A valid decision of the type, with the details every type needs. */
    private static Map<String, Object> decision(String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("officialConsulted", true);
        body.put("officialView", VIEW);
        body.put("rationale", "Gerichte intimidatie; de bestuurder wil een duidelijk signaal.");
        body.put("conductedBy", "MAYOR");
        body.put("plannedOn", TODAY.plusDays(7).toString());
        body.put("setting", Map.of("location", "Gemeentehuis", "room", "Spreekkamer 2", "twoPersonsPresent", true));
        body.put("behaviour", "U riep tijdens de raadsvergadering dat u weet waar het raadslid woont.");
        body.put("impact", "Het raadslid voelt zich thuis niet meer veilig.");
        body.put("consequences", "Bij herhaling volgt een toegangsverbod.");
        body.put("recipientName", "J. Jansen");
        body.put("vpt", true);
        body.put("scope", "TOWN_HALL");
        body.put("from", TODAY.toString());
        body.put("until", TODAY.plusMonths(3).toString());
        body.put("legalBasis", "Art. 174 Gemeentewet");
        return body;
    }
}
