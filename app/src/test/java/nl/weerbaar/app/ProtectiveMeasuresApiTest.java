package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

/** Safety scans, acute-threat measures and meeting risk analyses through the API, with need-to-know by the official. */
class ProtectiveMeasuresApiTest extends ApplicationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    @Test
    void aScanIsRequestedAndCarriedOutAndItsAdviceIsSealed() throws Exception {
        String scan = created(send("/api/safety-scans", "griffier", scan(ANNA.toString())), "safetyScanId");

        send("/api/safety-scans/" + scan + "/completion", "griffier", Map.of("carriedOutOn", TODAY.toString(),
                "adviceSummary", "Camera bij de voordeur van Anna.", "followUpActions", List.of("Camera", "Route")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.carriedOutOn").value(TODAY.toString()))
                .andExpect(jsonPath("$.followUpActions[*].action", contains("Camera", "Route")));
        send("/api/safety-scans/" + scan + "/follow-up-actions/1/done", "griffier", Map.of("doneOn", TODAY.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.followUpActions[1].doneOn").value(TODAY.toString()))
                .andExpect(jsonPath("$.followUpActions[0].doneOn").doesNotExist());
        send("/api/safety-scans/" + scan + "/follow-up-actions/2/done", "griffier", Map.of("doneOn", TODAY.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("position"));
        send("/api/safety-scans/" + scan + "/completion", "griffier", Map.of("carriedOutOn", TODAY.toString(),
                "adviceSummary", "Nog eens.")).andExpect(status().isConflict());

        list("/api/safety-scans", "griffier").andExpect(jsonPath("$[*].safetyScanId", hasItem(scan)));
        list("/api/safety-scans", "burgemeester").andExpect(jsonPath("$[*].safetyScanId", hasItem(scan)));
        list("/api/safety-scans", "secretaris").andExpect(jsonPath("$[*].safetyScanId", not(hasItem(scan))));
        list("/api/safety-scans", "raadslid").andExpect(status().isForbidden());
        // the advice maps the official's risks: personal data, sealed in the store
        assertThat(jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", String.class, scan)).noneMatch(payload -> payload.contains("Anna"));
    }

    @Test
    void needToKnowFollowsTheOfficialsCaseHandler() throws Exception {
        // an alderman is the secretary's: the clerk may not record for her, nor see or complete her scan
        send("/api/safety-scans", "griffier", scan(CARLA.toString())).andExpect(status().isForbidden());
        String scan = created(send("/api/safety-scans", "secretaris", scan(CARLA.toString())), "safetyScanId");
        send("/api/safety-scans/" + scan + "/completion", "griffier",
                Map.of("carriedOutOn", TODAY.toString(), "adviceSummary", "Advies.")).andExpect(status().isNotFound());
        send("/api/safety-scans/" + UNKNOWN + "/completion", "burgemeester",
                Map.of("carriedOutOn", TODAY.toString(), "adviceSummary", "Advies.")).andExpect(status().isNotFound());
        send("/api/safety-scans", "raadslid", scan(ANNA.toString())).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownOfficialOrIncidentIsAMistakeInTheInput() throws Exception {
        long before = eventCount();
        send("/api/safety-scans", "burgemeester", scan(UNKNOWN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("officialId"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown"));
        Map<String, Object> body = scan(ANNA.toString());
        body.put("incidentId", UNKNOWN);
        send("/api/safety-scans", "griffier", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("incidentId"));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aScanMayFollowTheOfficialsIncident() throws Exception {
        Map<String, Object> report = Reports.valid();
        send("/api/incidents", "raadslid", report).andExpect(status().isCreated());
        Map<String, Object> body = scan(ANNA.toString());
        body.put("incidentId", report.get("incidentId"));

        String scan = created(send("/api/safety-scans", "griffier", body), "safetyScanId");
        list("/api/safety-scans", "griffier").andExpect(jsonPath("$[?(@.safetyScanId == '" + scan + "')].incidentId")
                .value(report.get("incidentId")));
        body.put("officialId", BRAM.toString()); // the incident is Anna's, not Bram's
        send("/api/safety-scans", "griffier", body).andExpect(status().isBadRequest());
    }

    @Test
    void threatMeasuresAreActiveUntilEndedEarly() throws Exception {
        Map<String, Object> body = measures(CARLA.toString(), TODAY.plusDays(14));
        String id = created(send("/api/threat-measures", "secretaris", body), "threatMeasureId");

        list("/api/threat-measures?active=true", "secretaris").andExpect(jsonPath("$[*].threatMeasureId", hasItem(id)));
        list("/api/threat-measures?active=true", "griffier")
                .andExpect(jsonPath("$[*].threatMeasureId", not(hasItem(id))));
        list("/api/threat-measures", "wethouder").andExpect(status().isForbidden());

        send("/api/threat-measures/" + id + "/ending", "griffier", Map.of("reason", "Voorbij."))
                .andExpect(status().isNotFound());
        send("/api/threat-measures/" + id + "/ending", "burgemeester", Map.of("reason", "Dreiging voorbij."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.endingReason").value("Dreiging voorbij."));
        list("/api/threat-measures?active=true", "secretaris")
                .andExpect(jsonPath("$[*].threatMeasureId", not(hasItem(id))));
        list("/api/threat-measures?active=false", "secretaris").andExpect(jsonPath("$[*].threatMeasureId", hasItem(id)));
        send("/api/threat-measures/" + id + "/ending", "burgemeester", Map.of("reason", "Nog eens."))
                .andExpect(status().isConflict());
    }

    @Test
    void threatMeasuresCannotEndBeforeTheyStartAndNeedPoliceOrOm() throws Exception {
        Map<String, Object> body = measures(ANNA.toString(), TODAY.minusDays(1));
        body.put("agreedWith", List.of());
        send("/api/threat-measures", "griffier", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("until", "agreedWith")));
    }

    @Test
    void aMeetingAnalysisNeedsNoIncidentAndIsSeenByTheHandlersOfItsOfficials() throws Exception {
        String open = created(send("/api/meeting-risk-analyses", "griffier", analysis(List.of())), "analysisId");
        String carlas = created(send("/api/meeting-risk-analyses", "secretaris",
                analysis(List.of(CARLA.toString()))), "analysisId");

        list("/api/meeting-risk-analyses", "griffier")
                .andExpect(jsonPath("$[*].analysisId", hasItem(open)))
                .andExpect(jsonPath("$[*].analysisId", not(hasItem(carlas))));
        list("/api/meeting-risk-analyses", "secretaris").andExpect(jsonPath("$[*].analysisId", hasItem(carlas)));
        list("/api/meeting-risk-analyses", "raad").andExpect(status().isForbidden());
        send("/api/meeting-risk-analyses", "griffier", analysis(List.of(CARLA.toString())))
                .andExpect(status().isForbidden());
        send("/api/meeting-risk-analyses", "burgemeester", analysis(List.of(UNKNOWN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("officials[0]"));
        Map<String, Object> incomplete = analysis(List.of());
        incomplete.remove("risksFound");
        send("/api/meeting-risk-analyses", "griffier", incomplete)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("risksFound")));
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Object> scan(String official) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("officialId", official);
        body.put("requestedOn", TODAY.toString());
        return body;
    }

    private static Map<String, Object> measures(String official, LocalDate until) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("officialId", official);
        body.put("what", "Extra surveillance bij de woning.");
        body.put("from", TODAY.toString());
        body.put("until", until.toString());
        body.put("agreedWith", List.of("POLICE", "PUBLIC_PROSECUTOR"));
        return body;
    }

    private static Map<String, Object> analysis(List<String> officials) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meetingKind", "INFORMATION");
        body.put("meetingName", "Informatieavond windpark");
        body.put("meetingOn", TODAY.plusDays(10).toString());
        body.put("risksFound", "Boze omwonenden verwacht.");
        body.put("measuresTaken", "Twee boa's aanwezig.");
        body.put("officials", officials);
        return body;
    }

    private static String created(ResultActions result, String idField) throws Exception {
        String answer = result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return (String) JsonMapper.builder().build().readValue(answer, Map.class).get(idField);
    }

    private ResultActions list(String path, String account) throws Exception {
        return mvc.perform(get(path).with(as(account)));
    }

    private ResultActions send(String path, String account, Map<String, ?> body) throws Exception {
        return mvc.perform(post(path).with(as(account)).contentType(MediaType.APPLICATION_JSON).content(json(body)));
    }
}
