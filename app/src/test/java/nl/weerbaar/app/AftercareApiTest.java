package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.weerbaar.incident.api.PersonalData;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Aftercare through the API: aftercare arranged and completed, case updates passed on (or overdue),
 * damage claims; the follow-up offered on a criminal complaint; need-to-know and bad input.
 */
class AftercareApiTest extends ApplicationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final String SUMMARY = "De officier van justitie dagvaardt J. Jansen.";

    @Test
    void theClerkArrangesAftercareAndTheOfficialReadsIt() throws Exception {
        String incident = reported("raadslid");
        String aftercare = created(post("/api/incidents/" + incident + "/aftercare", "griffier",
                Map.of("kind", "CONFIDANT", "requestedOn", TODAY.minusDays(3).toString())), "aftercareId");

        post("/api/aftercare/" + aftercare + "/arrangement", "griffier", Map.of("arrangedBy", "Griffier",
                "arrangedWith", "Vertrouwenspersoon mw. De Boer", "arrangedOn", TODAY.minusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ARRANGED"))
                .andExpect(jsonPath("$.arrangedWith").value("Vertrouwenspersoon mw. De Boer"));
        post("/api/aftercare/" + aftercare + "/completion", "griffier", Map.of("completedOn", TODAY.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        post("/api/aftercare/" + aftercare + "/completion", "griffier", Map.of("completedOn", TODAY.toString()))
                .andExpect(status().isConflict());

        mvc.perform(get("/api/incidents/" + incident + "/aftercare").with(as("raadslid")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aftercare[0].kind").value("CONFIDANT"))
                .andExpect(jsonPath("$.aftercare[0].arrangedBy").value("Griffier"))
                .andExpect(jsonPath("$.aftercare[0].completedOn").value(TODAY.toString()))
                .andExpect(jsonPath("$.followUpToStart").value(false));
        // who it was arranged with is personal data of the incident: sealed in the store
        assertThat(jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", String.class, aftercare))
                .hasSize(3).noneMatch(payload -> payload.contains("De Boer"));
    }

    @Test
    void needToKnowAnswers404AndTheOfficialOnlyReads() throws Exception {
        String incident = reported("raadslid");
        Map<String, Object> update = caseUpdate(TODAY);

        post("/api/incidents/" + incident + "/case-updates", "secretaris", update).andExpect(status().isNotFound());
        mvc.perform(get("/api/incidents/" + incident + "/aftercare").with(as("raadslid2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/incidents/" + incident + "/aftercare").with(as("secretaris")))
                .andExpect(status().isNotFound());
        post("/api/incidents/" + incident + "/case-updates", "raadslid", update).andExpect(status().isForbidden());
        post("/api/incidents/00000000-0000-4000-8000-000000000000/aftercare", "burgemeester",
                Map.of("kind", "CONFIDANT", "requestedOn", TODAY.toString())).andExpect(status().isNotFound());

        String id = created(post("/api/incidents/" + incident + "/case-updates", "burgemeester", update),
                "caseUpdateId");
        post("/api/case-updates/" + id + "/official-informed", "secretaris", informed())
                .andExpect(status().isNotFound());
        post("/api/case-updates/" + id + "/official-informed", "raadslid", informed())
                .andExpect(status().isForbidden());
        post("/api/case-updates/00000000-0000-4000-8000-000000000000/official-informed", "griffier", informed())
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/incidents/" + incident + "/aftercare").with(as("raadslid")))
                .andExpect(jsonPath("$.caseUpdates[0].summary").value(SUMMARY));
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndStoresNothing() throws Exception {
        String incident = reported("raadslid");
        long before = eventCount();

        post("/api/incidents/" + incident + "/case-updates", "griffier", Map.of("date", TODAY.plusDays(1).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", contains("date", "source", "kind", "summary")))
                .andExpect(jsonPath("$.errors[0].message").value("Het bericht kan niet in de toekomst liggen"))
                .andExpect(jsonPath("$.errors[3].message").value("Vat het bericht samen"));
        post("/api/incidents/" + incident + "/case-updates", "griffier", Map.of("date", "gisteren"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        post("/api/incidents/" + incident + "/damage-claims", "griffier", Map.of("what", "Ruit", "amount", "12.345",
                "route", "SETTLEMENT", "filedOn", TODAY.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("amount")))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Vul een bedrag in euro in, groter dan nul, met hoogstens twee decimalen"));
        post("/api/incidents/" + incident + "/aftercare", "griffier", Map.of("kind", "OTHER"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("description", "requestedOn")));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aFiledCriminalComplaintOffersToStartTheFollowUp() throws Exception {
        String incident = reported("raadslid");
        post("/api/incidents/" + incident + "/interventions", "griffier", Map.of("type", "CRIMINAL_COMPLAINT",
                "officialConsulted", true, "officialView", "Graag aangifte", "rationale", "Bedreiging", "vpt", true))
                .andExpect(status().isCreated());

        aftercare(incident, "raadslid")
                .andExpect(jsonPath("$.followUpToStart").value(true))
                .andExpect(jsonPath("$.followUpOffers.length()").value(1));

        post("/api/incidents/" + incident + "/case-updates", "griffier", caseUpdate(TODAY))
                .andExpect(status().isCreated());
        aftercare(incident, "griffier").andExpect(jsonPath("$.followUpToStart").value(false));
    }

    @Test
    void anUpdateNotPassedOnInTimeIsOverdueForItsHandlerAndTheMayorUntilTheOfficialIsInformed() throws Exception {
        String incident = reported("raadslid");
        String late = created(post("/api/incidents/" + incident + "/case-updates", "griffier",
                caseUpdate(TODAY.minusDays(14))), "caseUpdateId");
        String recent = created(post("/api/incidents/" + incident + "/case-updates", "griffier",
                caseUpdate(TODAY)), "caseUpdateId");

        overdue("griffier").andExpect(jsonPath("$[*].caseUpdate.caseUpdateId", hasItem(late)))
                .andExpect(jsonPath("$[*].caseUpdate.caseUpdateId", not(hasItem(recent))));
        overdue("burgemeester").andExpect(jsonPath("$[*].caseUpdate.caseUpdateId", hasItem(late)));
        overdue("secretaris").andExpect(jsonPath("$[*].caseUpdate.caseUpdateId", not(hasItem(late))));
        overdue("raadslid").andExpect(status().isForbidden());
        mvc.perform(get("/api/case-updates").with(as("griffier")))
                .andExpect(jsonPath("$[*].caseUpdate.caseUpdateId", hasItem(recent)));
        // the start page of the handler lists it too
        String reference = (String) JsonText.parse(mvc.perform(get("/api/incidents/" + incident).with(as("griffier")))
                .andReturn().getResponse().getContentAsString()).get("reference");
        assertThat(mvc.perform(get("/").with(as("griffier"))).andReturn().getResponse().getContentAsString())
                .contains("Bestuurder informeren: te laat", reference);

        post("/api/case-updates/" + late + "/official-informed", "griffier", informed())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.informedHow").value("PHONE"))
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.informedLate").value(true));
        post("/api/case-updates/" + late + "/official-informed", "griffier", informed())
                .andExpect(status().isConflict());
        overdue("griffier").andExpect(jsonPath("$[*].caseUpdate.caseUpdateId", not(hasItem(late))));
    }

    @Test
    void noMoreIsRecoveredThanClaimed() throws Exception {
        String incident = reported("wethouder");
        String claim = created(post("/api/incidents/" + incident + "/damage-claims", "secretaris", Map.of(
                "what", "Ingegooide ruit", "amount", 1250.50, "route", "INJURED_PARTY_IN_CRIMINAL_CASE",
                "filedOn", TODAY.toString())), "damageClaimId");

        post("/api/damage-claims/" + claim + "/recoveries", "secretaris",
                Map.of("amount", "1000", "receivedOn", TODAY.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recovered").value(1000.00))
                .andExpect(jsonPath("$.outstanding").value(250.50));
        post("/api/damage-claims/" + claim + "/recoveries", "secretaris",
                Map.of("amount", "250.51", "receivedOn", TODAY.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].code").value("exceedsClaim"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Er kan in totaal niet meer worden ontvangen dan is geclaimd"));
        post("/api/damage-claims/" + claim + "/status", "burgemeester",
                Map.of("status", "WITHDRAWN", "changedOn", TODAY.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        post("/api/damage-claims/" + claim + "/recoveries", "secretaris",
                Map.of("amount", "1", "receivedOn", TODAY.toString()))
                .andExpect(status().isConflict());
        post("/api/damage-claims/" + claim + "/status", "griffier",
                Map.of("status", "AWARDED", "changedOn", TODAY.toString()))
                .andExpect(status().isNotFound());
    }

    @Test
    void erasingTheIncidentErasesItsAftercareTexts() throws Exception {
        String incident = reported("raadslid");
        post("/api/incidents/" + incident + "/case-updates", "griffier", caseUpdate(TODAY))
                .andExpect(status().isCreated());
        post("/api/incidents/" + incident + "/damage-claims", "griffier", Map.of("what", "Fiets vernield",
                "amount", 300, "route", "SETTLEMENT", "filedOn", TODAY.toString())).andExpect(status().isCreated());

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/incidents/" + incident + "/erasure").with(as("beheer"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "Verzoek"))))
                .andExpect(status().isOk());

        aftercare(incident, "griffier")
                .andExpect(jsonPath("$.caseUpdates[0].summary").value(PersonalData.ERASED))
                .andExpect(jsonPath("$.caseUpdates[0].kind").value("HEARING"))
                .andExpect(jsonPath("$.damageClaims[0].what").value(PersonalData.ERASED))
                .andExpect(jsonPath("$.damageClaims[0].amount").value(300.00))
                .andExpect(jsonPath("$.damageClaims[*].personalDataErased", containsInAnyOrder(true)));
    }

    // ---------------------------------------------------------------- helpers

    private ResultActions aftercare(String incident, String account) throws Exception {
        return mvc.perform(get("/api/incidents/" + incident + "/aftercare").with(as(account)));
    }

    private ResultActions overdue(String account) throws Exception {
        return mvc.perform(get("/api/case-updates?overdue=true").with(as(account)));
    }

    private static Map<String, Object> caseUpdate(LocalDate date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", date.toString());
        body.put("source", "PUBLIC_PROSECUTOR");
        body.put("kind", "HEARING");
        body.put("summary", SUMMARY);
        return body;
    }

    private static Map<String, Object> informed() {
        // the start of the day: never in the future, whatever the hour the tests run
        return Map.of("informedAt", TODAY.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toOffsetDateTime()
                .toString(), "how", "PHONE");
    }

    private String reported(String account) throws Exception {
        Map<String, Object> report = Reports.valid();
        post("/api/incidents", account, report).andExpect(status().isCreated());
        return (String) report.get("incidentId");
    }

    private String created(ResultActions call, String idField) throws Exception {
        return (String) JsonText.parse(call.andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString()).get(idField);
    }

    private ResultActions post(String path, String account, Map<String, ?> body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(as(account)).contentType(MediaType.APPLICATION_JSON).content(json(body)));
    }
}
