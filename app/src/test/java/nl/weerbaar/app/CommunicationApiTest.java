package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Communication decisions and falsehood corrections over the API: joint and agreed, revised with the
 * history kept, carried out once; corrections asked by the clerk or secretary, approved, published;
 * need-to-know and bad input.
 */
class CommunicationApiTest extends ApplicationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void untilDecidedNothingIsCommunicated() throws Exception {
        String incident = reported("raadslid");

        mvc.perform(get("/api/incidents/" + incident + "/communication-decisions").with(as("raadslid")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decided").value(false))
                .andExpect(jsonPath("$.communicates").value(false))
                .andExpect(jsonPath("$.current").doesNotExist())
                .andExpect(jsonPath("$.decisions").isEmpty());
    }

    @Test
    void aJointDecisionIsRecordedAndTheOfficialReadsIt() throws Exception {
        String incident = reported("raadslid");

        String decision = decided(incident, "griffier", decision(List.of("PARTY_LEADERS", "COUNCIL"), true));

        mvc.perform(get("/api/incidents/" + incident + "/communication-decisions").with(as("raadslid")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decided").value(true))
                .andExpect(jsonPath("$.communicates").value(true))
                .andExpect(jsonPath("$.current.decisionId").value(decision))
                .andExpect(jsonPath("$.current.participants[0]").value("MAYOR"))
                .andExpect(jsonPath("$.current.officialAgreed").value(true))
                .andExpect(jsonPath("$.current.internalAudiences[0]").value("PARTY_LEADERS"))
                .andExpect(jsonPath("$.current.internalAudiences[1]").value("COUNCIL"))
                .andExpect(jsonPath("$.current.external").value(true))
                .andExpect(jsonPath("$.current.externalForm").value("Verklaring dat normen worden gehandhaafd"))
                .andExpect(jsonPath("$.current.decidedByRole").value("CLERK"));
        mvc.perform(get("/api/communication-decisions/" + decision).with(as("burgemeester")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(1));
    }

    @Test
    void withoutTheOfficialsAgreementItIsRefusedAndNothingIsStored() throws Exception {
        String incident = reported("raadslid");
        long before = eventCount();

        Map<String, Object> body = decision(List.of("COUNCIL"), false);
        body.put("officialAgreed", false);
        decide(incident, "griffier", body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("officialAgreed"))
                .andExpect(jsonPath("$.errors[0].code").value("agreementRequired"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Zonder instemming van de betrokken bestuurder wordt er niet gecommuniceerd"));
        body.remove("officialAgreed");
        decide(incident, "griffier", body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("officialAgreed"));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void badInputNamesEachFieldAndStoresNothing() throws Exception {
        String incident = reported("raadslid");
        long before = eventCount();

        decide(incident, "griffier", Map.of("participants", List.of("MAYOR"), "officialAgreed", true,
                "external", true, "externalForm", " ", "rationale", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participants"))
                .andExpect(jsonPath("$.errors[0].code").value("officialMustTakePart"))
                .andExpect(jsonPath("$.errors[1].field").value("externalForm"))
                .andExpect(jsonPath("$.errors[2].field").value("rationale"));
        decide(incident, "griffier", Map.of("participants", List.of("OFFICIAL", "CLERK"), "officialAgreed", true,
                "external", false, "rationale", "Zonder burgemeester"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("notJoint"));
        decide(incident, "griffier", Map.of("participants", List.of("OFFICIAL", "KING"), "officialAgreed", true,
                "external", false, "rationale", "Onbekende deelnemer"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participants"));
        decide(incident, "griffier", Map.of("participants", List.of("OFFICIAL", "MAYOR", "CLERK"),
                "officialAgreed", true, "rationale", "Extern vergeten"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("external"));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aRevisionReplacesTheCurrentDecisionAndKeepsTheEarlierOne() throws Exception {
        String incident = reported("raadslid");
        String first = decided(incident, "griffier", decision(List.of("PARTY_LEADERS"), false));
        String second = decided(incident, "burgemeester", decision(List.of(), false));

        mvc.perform(get("/api/incidents/" + incident + "/communication-decisions").with(as("raadslid")))
                .andExpect(jsonPath("$.current.decisionId").value(second))
                .andExpect(jsonPath("$.current.number").value(2))
                .andExpect(jsonPath("$.current.revises").value(first))
                .andExpect(jsonPath("$.communicates").value(false))
                .andExpect(jsonPath("$.decisions.length()").value(2))
                .andExpect(jsonPath("$.decisions[0].decisionId").value(first))
                .andExpect(jsonPath("$.decisions[0].current").value(false))
                .andExpect(jsonPath("$.decisions[0].supersededBy").value(second));
        execute(first, "griffier", TODAY, "De griffier").andExpect(status().isConflict());
        execute(second, "griffier", TODAY, "De griffier").andExpect(status().isConflict());
    }

    @Test
    void theCurrentDecisionIsCarriedOutOnce() throws Exception {
        String incident = reported("raadslid");
        String decision = decided(incident, "griffier", decision(List.of("PARTY_LEADERS"), false));
        long before = eventCount();

        execute(decision, "griffier", TODAY.plusDays(1), "De burgemeester").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("executedOn"))
                .andExpect(jsonPath("$.errors[0].code").value("inFuture"));
        execute(decision, "griffier", TODAY.minusDays(1), "De burgemeester").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("tooEarly"));
        execute(decision, "griffier", TODAY, " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("executedBy"));
        execute(decision, "raadslid", TODAY, "Ikzelf").andExpect(status().isForbidden());
        assertThat(eventCount()).isEqualTo(before);

        execute(decision, "griffier", TODAY, "De burgemeester, in het fractievoorzittersoverleg")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.executedOn").value(TODAY.toString()))
                .andExpect(jsonPath("$.executedBy").value("De burgemeester, in het fractievoorzittersoverleg"))
                .andExpect(jsonPath("$.executionRecordedByRole").value("CLERK"));
        execute(decision, "griffier", TODAY, "Nog eens").andExpect(status().isConflict());
    }

    @Test
    void nobodySeesTheDecisionsOfAnIncidentTheyMayNotSee() throws Exception {
        String incident = reported("raadslid");
        String decision = decided(incident, "griffier", decision(List.of("COUNCIL"), false));

        for (String account : List.of("raadslid2", "wethouder", "secretaris", "raad", "beheer")) {
            mvc.perform(get("/api/incidents/" + incident + "/communication-decisions").with(as(account)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/communication-decisions/" + decision).with(as(account)))
                    .andExpect(status().isNotFound());
            decide(incident, account, decision(List.of(), false)).andExpect(status().isNotFound());
            execute(decision, account, TODAY, "Iemand").andExpect(status().isNotFound());
        }
        decide(UUID.randomUUID().toString(), "burgemeester", decision(List.of(), false))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/communication-decisions/" + UUID.randomUUID()).with(as("burgemeester")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOfficialReadsButDoesNotDecide() throws Exception {
        String incident = reported("raadslid");
        long before = eventCount();

        decide(incident, "raadslid", decision(List.of("COUNCIL"), false)).andExpect(status().isForbidden());

        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aClosedIncidentIsReopenedBeforeANewDecision() throws Exception {
        String incident = reported("raadslid");
        post("/api/incidents/" + incident + "/closure", "griffier", Map.of("outcome", "RESOLVED", "reason", "Klaar"))
                .andExpect(status().isOk());

        decide(incident, "griffier", decision(List.of("COUNCIL"), false)).andExpect(status().isConflict());
    }

    @Test
    void aFalsehoodIsCorrectedAtTheClerksRequestAfterApproval() throws Exception {
        String incident = reported("raadslid");

        String answer = post("/api/falsehood-corrections", "griffier", correction(incident))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        String correction = (String) JsonText.parse(answer).get("correctionId");
        mvc.perform(get("/api/incidents/" + incident + "/falsehood-corrections").with(as("raadslid")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].correctionId").value(correction))
                .andExpect(jsonPath("$[0].status").value("REQUESTED"))
                .andExpect(jsonPath("$[0].falsehood").value("Het raadslid zou zijn veroordeeld."));

        post("/api/falsehood-corrections/" + correction + "/publication", "griffier",
                Map.of("publishedOn", TODAY.toString())).andExpect(status().isConflict());
        post("/api/falsehood-corrections/" + correction + "/approval", "raadslid",
                Map.of("approvedOn", TODAY.toString())).andExpect(status().isForbidden());
        post("/api/falsehood-corrections/" + correction + "/approval", "burgemeester",
                Map.of("approvedOn", TODAY.plusDays(1).toString())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("approvedOn"));
        post("/api/falsehood-corrections/" + correction + "/approval", "burgemeester",
                Map.of("approvedOn", TODAY.toString())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvedByRole").value("MAYOR"));
        post("/api/falsehood-corrections/" + correction + "/publication", "griffier",
                Map.of("publishedOn", TODAY.toString(), "link", "https://social.example/gemeenteassen/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.link").value("https://social.example/gemeenteassen/1"));
        post("/api/falsehood-corrections/" + correction + "/publication", "griffier",
                Map.of("publishedOn", TODAY.toString())).andExpect(status().isConflict());
    }

    @Test
    void onlyTheClerkOrTheSecretaryAsksForACorrection() throws Exception {
        String incident = reported("wethouder");
        long before = eventCount();

        post("/api/falsehood-corrections", "burgemeester", correction(incident)).andExpect(status().isForbidden());
        post("/api/falsehood-corrections", "wethouder", correction(incident)).andExpect(status().isForbidden());
        post("/api/falsehood-corrections", "griffier", correction(incident)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("incidentId"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown"));
        post("/api/falsehood-corrections", "secretaris", Map.of("incidentId", incident, "where", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("where"))
                .andExpect(jsonPath("$.errors[1].field").value("falsehood"))
                .andExpect(jsonPath("$.errors[2].field").value("proposedCorrection"));
        assertThat(eventCount()).isEqualTo(before);

        post("/api/falsehood-corrections", "secretaris", correction(incident)).andExpect(status().isCreated());
    }

    @Test
    void nobodySeesACorrectionOfAnIncidentTheyMayNotSee() throws Exception {
        String incident = reported("raadslid");
        String answer = post("/api/falsehood-corrections", "griffier", correction(incident))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String correction = (String) JsonText.parse(answer).get("correctionId");

        for (String account : List.of("raadslid2", "secretaris", "raad")) {
            mvc.perform(get("/api/falsehood-corrections/" + correction).with(as(account)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/incidents/" + incident + "/falsehood-corrections").with(as(account)))
                    .andExpect(status().isNotFound());
            post("/api/falsehood-corrections/" + correction + "/approval", account,
                    Map.of("approvedOn", TODAY.toString())).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/falsehood-corrections/" + correction).with(as("raadslid"))).andExpect(status().isOk());
    }

    @Test
    void anErasureScrubsTheCommunicationTexts() throws Exception {
        String incident = reported("raadslid");
        decided(incident, "griffier", decision(List.of("COUNCIL"), true));
        post("/api/falsehood-corrections", "griffier", correction(incident)).andExpect(status().isCreated());

        mvc.perform(MockMvcRequestBuilders.post("/api/incidents/" + incident + "/erasure").with(as("beheer"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "Verzoek betrokkene"))))
                .andExpect(status().isOk());

        mvc.perform(get("/api/incidents/" + incident + "/communication-decisions").with(as("griffier")))
                .andExpect(jsonPath("$.current.rationale").value("[gewist]"))
                .andExpect(jsonPath("$.current.externalForm").value("[gewist]"))
                .andExpect(jsonPath("$.current.personalDataErased").value(true))
                .andExpect(jsonPath("$.current.internalAudiences[0]").value("COUNCIL"));
        mvc.perform(get("/api/incidents/" + incident + "/falsehood-corrections").with(as("griffier")))
                .andExpect(jsonPath("$[0].falsehood").value("[gewist]"))
                .andExpect(jsonPath("$[0].proposedCorrection").value("[gewist]"));
    }

    // ---------------------------------------------------------------- helpers

    private String reported(String account) throws Exception {
        Map<String, Object> report = Reports.valid();
        post("/api/incidents", account, report).andExpect(status().isCreated());
        return (String) report.get("incidentId");
    }

    private String decided(String incident, String account, Map<String, Object> body) throws Exception {
        String answer = decide(incident, account, body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return (String) JsonText.parse(answer).get("decisionId");
    }

    private ResultActions decide(String incident, String account, Map<String, ?> body) throws Exception {
        return post("/api/incidents/" + incident + "/communication-decisions", account, body);
    }

    private ResultActions execute(String decision, String account, LocalDate on, String by) throws Exception {
        return post("/api/communication-decisions/" + decision + "/execution", account,
                Map.of("executedOn", on.toString(), "executedBy", by));
    }

    private ResultActions post(String path, String account, Map<String, ?> body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(as(account)).contentType(MediaType.APPLICATION_JSON)
                .content(json(body)));
    }

    static Map<String, Object> decision(List<String> audiences, boolean external) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("participants", List.of("OFFICIAL", "MAYOR", "CLERK"));
        body.put("officialAgreed", true);
        body.put("internalAudiences", audiences);
        body.put("external", external);
        if (external) {
            body.put("externalForm", "Verklaring dat normen worden gehandhaafd");
        }
        body.put("rationale", "Anna wil dat de fractievoorzitters het weten.");
        return body;
    }

    private static Map<String, Object> correction(String incident) {
        return Map.of("incidentId", incident, "where", "Facebook, groep Assen Nieuws",
                "falsehood", "Het raadslid zou zijn veroordeeld.",
                "proposedCorrection", "Het raadslid is nooit veroordeeld; de gemeente corrigeert dit bericht.");
    }
}
