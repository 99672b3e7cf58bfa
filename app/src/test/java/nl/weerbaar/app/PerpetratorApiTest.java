package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code /api/perpetrators} and an incident's perpetrator: profiles for case handlers only, links
 * only on incidents the caller may see, repeats, candidates, merges and erasure.
 */
class PerpetratorApiTest extends ApplicationTest {

    // ---------------------------------------------------------------- creating and reading

    @Test
    void aCaseHandlerCreatesAProfileAndReadsItBack() throws Exception {
        String name = "Piet " + token();
        String body = createProfile("griffier", Map.of("name", " " + name + " ",
                        "handles", List.of("@pietj", " ", "piet@example.org"), "description", "Lange jas"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/perpetrators/")))
                .andExpect(jsonPath("$.perpetratorId").value(notNullValue()))
                .andReturn().getResponse().getContentAsString();
        String id = (String) JsonText.parse(body).get("perpetratorId");

        mvc.perform(get("/api/perpetrators/" + id).with(as("secretaris")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.perpetratorId").value(id))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.handles", contains("@pietj", "piet@example.org")))
                .andExpect(jsonPath("$.description").value("Lange jas"))
                .andExpect(jsonPath("$.createdAt").value(notNullValue()))
                .andExpect(jsonPath("$.incidents", empty()));
    }

    @Test
    void aProfileThatSaysNothingOrTooMuchIsRefusedNamingTheFieldsAndStoresNothing() throws Exception {
        long events = eventCount();

        createProfile("griffier", Map.of("name", " ", "handles", List.of()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].code").value("required"))
                .andExpect(jsonPath("$.errors[0].message").value("Vul een naam, een account of een beschrijving in"));
        createProfile("griffier", Map.of("name", "x".repeat(201), "handles", Collections.nCopies(21, "@x"),
                "description", "x".repeat(2_001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "handles", "description")));
        mvc.perform(post("/api/perpetrators").with(as("griffier")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"handles\": {\"first\": \"@x\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("handles"));
        assertThat(eventCount()).isEqualTo(events);
    }

    /** Profiles are for case handlers; officials see only the link on their own incident. */
    @ParameterizedTest
    @ValueSource(strings = {"raadslid", "wethouder", "raad", "beheer"})
    void nobodyButCaseHandlersUsesProfiles(String account) throws Exception {
        String id = profile("Kees " + token());
        String other = profile("Kees " + token());
        String incident = reported("raadslid", null);
        long events = eventCount();

        createProfile(account, Map.of("name", "Kees")).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/perpetrators/" + id).with(as(account))).andExpect(status().isForbidden());
        mvc.perform(get("/api/perpetrators?q=kees").with(as(account))).andExpect(status().isForbidden());
        merge(account, id, other).andExpect(status().isForbidden());
        if (account.equals("raadslid")) {
            // Anna sees her own incident, so she learns it exists; linking it is not hers to do.
            link(account, incident, id).andExpect(status().isForbidden());
            mvc.perform(get("/api/incidents/" + incident + "/perpetrator-candidates").with(as(account)))
                    .andExpect(status().isForbidden());
        } else {
            link(account, incident, id).andExpect(status().isNotFound());
        }
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void anUnknownProfileIsNotFound() throws Exception {
        mvc.perform(get("/api/perpetrators/" + UUID.randomUUID()).with(as("griffier")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/perpetrators/not-an-id").with(as("griffier"))).andExpect(status().isNotFound());
        merge("griffier", UUID.randomUUID().toString(), profile("Kees " + token())).andExpect(status().isNotFound());
    }

    @Test
    void searchFindsANameWhateverItsCaseAndAccents() throws Exception {
        String token = token();
        String id = profile("Jósé Ölçer" + token);

        mvc.perform(get("/api/perpetrators").param("q", "JOSE OLCER" + token.toUpperCase()).with(as("burgemeester")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].perpetratorId", contains(id)));
        mvc.perform(get("/api/perpetrators").param("q", "olcer" + token).with(as("griffier")))
                .andExpect(jsonPath("$[*].perpetratorId", contains(id)))
                .andExpect(jsonPath("$[0].incidentCount").value(0));
        mvc.perform(get("/api/perpetrators").param("q", "nobody" + token).with(as("griffier")))
                .andExpect(jsonPath("$", empty()));
    }

    // ---------------------------------------------------------------- linking and repeats

    @Test
    void aSecondIncidentLinkedToTheSameProfileIsARepeatNamingTheFirst() throws Exception {
        String id = profile("Bert " + token());
        String first = reported("raadslid", null);
        String second = reported("raadslid", null);

        link("griffier", first, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incidentId").value(first))
                .andExpect(jsonPath("$.profile.perpetratorId").value(id))
                .andExpect(jsonPath("$.repeat").value(false))
                .andExpect(jsonPath("$.previousIncidentCount").value(0));
        link("burgemeester", second, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.repeat").value(true))
                .andExpect(jsonPath("$.previousIncidentCount").value(1))
                .andExpect(jsonPath("$.previousIncidents[*].incidentId", contains(first)))
                .andExpect(jsonPath("$.profile.incidentCount").value(2));

        mvc.perform(get("/api/perpetrators/" + id).with(as("griffier")))
                .andExpect(jsonPath("$.incidents[*].incidentId", contains(first, second)))
                .andExpect(jsonPath("$.incidents[0].status").value("REPORTED"))
                .andExpect(jsonPath("$.incidents[0].reference").value(notNullValue()));
    }

    /** The secretary handles aldermen's incidents: she sees the repeat, the clerk's incident only counted. */
    @Test
    void earlierIncidentsOfAnotherHandlerAreCountedNotShown() throws Exception {
        String id = profile("Gert " + token());
        String councilMembers = reported("raadslid", null);
        String aldermans = reported("wethouder", null);
        link("griffier", councilMembers, id).andExpect(status().isOk());

        link("secretaris", aldermans, id)
                .andExpect(jsonPath("$.repeat").value(true))
                .andExpect(jsonPath("$.previousIncidentCount").value(1))
                .andExpect(jsonPath("$.previousIncidents", empty()));
        mvc.perform(get("/api/perpetrators/" + id).with(as("secretaris")))
                .andExpect(jsonPath("$.incidents[*].incidentId", contains(aldermans)))
                .andExpect(jsonPath("$.otherIncidents").value(1));
        mvc.perform(get("/api/perpetrators/" + id).with(as("burgemeester")))
                .andExpect(jsonPath("$.incidents[*].incidentId", contains(councilMembers, aldermans)));
    }

    @Test
    void linkingSomeoneElsesIncidentIsNotFound() throws Exception {
        String id = profile("Henk " + token());
        String annas = reported("raadslid", null);
        long events = eventCount();

        link("secretaris", annas, id).andExpect(status().isNotFound());
        link("raadslid2", annas, id).andExpect(status().isNotFound());
        link("griffier", UUID.randomUUID().toString(), id).andExpect(status().isNotFound());
        mvc.perform(delete("/api/incidents/" + annas + "/perpetrator").param("reason", "Vergissing")
                .with(as("secretaris"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/incidents/" + annas + "/perpetrator-candidates").with(as("secretaris")))
                .andExpect(status().isNotFound());
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aLinkWithoutAKnownProfileIsRefusedAndStoresNothing() throws Exception {
        String incident = reported("raadslid", null);
        long events = eventCount();

        mvc.perform(post("/api/incidents/" + incident + "/perpetrator").with(as("griffier"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("perpetratorId"))
                .andExpect(jsonPath("$.errors[0].code").value("required"));
        link("griffier", incident, UUID.randomUUID().toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("perpetratorId"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown"))
                .andExpect(jsonPath("$.errors[0].message").value("Dit daderprofiel bestaat niet"));
        link("griffier", incident, "not-an-id")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("perpetratorId"));
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void anIncidentIsLinkedOnceAndUnlinkedWithAReason() throws Exception {
        String id = profile("Joop " + token());
        String incident = reported("raadslid", null);
        link("griffier", incident, id).andExpect(status().isOk());

        link("griffier", incident, profile("Jaap " + token()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(delete("/api/incidents/" + incident + "/perpetrator").with(as("griffier"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", " "))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(delete("/api/incidents/" + incident + "/perpetrator").with(as("raadslid"))
                        .param("reason", "Niet dezelfde persoon"))
                .andExpect(status().isForbidden());

        mvc.perform(delete("/api/incidents/" + incident + "/perpetrator").with(as("griffier"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("reason", "Niet dezelfde persoon"))))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/perpetrators/" + id).with(as("griffier"))).andExpect(jsonPath("$.incidents", empty()));
        mvc.perform(delete("/api/incidents/" + incident + "/perpetrator").with(as("griffier"))
                        .param("reason", "Nog eens"))
                .andExpect(status().isConflict());
    }

    @Test
    void aClosedIncidentIsNotLinked() throws Exception {
        String incident = reported("raadslid", null);
        mvc.perform(post("/api/incidents/" + incident + "/closure").with(as("griffier"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("outcome", "RESOLVED", "reason", "Afgehandeld")))).andExpect(status().isOk());

        link("griffier", incident, profile("Klaas " + token())).andExpect(status().isConflict());
    }

    // ---------------------------------------------------------------- candidates

    @Test
    void candidatesMatchTheReportedNameOrHandleWhateverItsCaseAndAccentsAndLinkNothing() throws Exception {
        String token = token();
        String byName = profile("José Jänssen " + token);
        String byHandle = profile("Iemand anders", "@Troll" + token);
        profile("Jose " + token);
        String incident = reported("raadslid", Map.of("name", "JOSE JANSSEN " + token, "handle", "@troll" + token));

        mvc.perform(get("/api/incidents/" + incident + "/perpetrator-candidates").with(as("griffier")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].perpetratorId", containsInAnyOrder(byName, byHandle)));
        mvc.perform(get("/api/perpetrators/" + byName).with(as("griffier")))
                .andExpect(jsonPath("$.incidents", empty()));
    }

    // ---------------------------------------------------------------- merging

    @Test
    void mergingMovesTheOthersIncidentsToTheSurvivorAndLinksFollow() throws Exception {
        String othersToken = token();
        String survivor = profile("Frits " + token());
        String other = profile("F. " + othersToken);
        String survivorsIncident = reported("raadslid", null);
        String othersIncident = reported("raadslid", null);
        link("griffier", survivorsIncident, survivor).andExpect(status().isOk());
        link("griffier", othersIncident, other).andExpect(status().isOk());

        merge("griffier", survivor, other)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incidents[*].incidentId", contains(survivorsIncident, othersIncident)))
                .andExpect(jsonPath("$.mergedProfiles[*].perpetratorId", contains(other)));

        mvc.perform(get("/api/perpetrators/" + other).with(as("griffier")))
                .andExpect(jsonPath("$.mergedInto").value(survivor));
        String next = reported("raadslid", null);
        link("griffier", next, other)
                .andExpect(jsonPath("$.profile.perpetratorId").value(survivor))
                .andExpect(jsonPath("$.previousIncidentCount").value(2));
        mvc.perform(get("/api/perpetrators").param("q", othersToken).with(as("griffier")))
                .andExpect(jsonPath("$[*].perpetratorId", contains(survivor)));
    }

    @Test
    void aMergeThatCannotBeIsRefused() throws Exception {
        String survivor = profile("Wim " + token());
        String other = profile("W. " + token());
        long events = eventCount();

        merge("griffier", survivor, survivor).andExpect(status().isConflict());
        merge("griffier", survivor, UUID.randomUUID().toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("otherPerpetratorId"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown"));
        mvc.perform(post("/api/perpetrators/" + survivor + "/merge").with(as("griffier"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("required"));
        assertThat(eventCount()).isEqualTo(events);

        merge("griffier", survivor, other).andExpect(status().isOk());
        merge("griffier", survivor, other).andExpect(status().isConflict());
        merge("griffier", other, survivor).andExpect(status().isConflict());
    }

    // ---------------------------------------------------------------- erasure

    @Test
    void theAdministratorErasesAProfileAndItReadsAsErased() throws Exception {
        String id = profile("Ria " + token(), "@ria");
        String incident = reported("raadslid", null);
        link("griffier", incident, id).andExpect(status().isOk());

        erase("beheer", id, "Verzoek van betrokkene")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.perpetratorId").value(id))
                .andExpect(jsonPath("$.erasedAt").value(notNullValue()))
                .andExpect(jsonPath("$.incidentCount").value(1))
                .andExpect(jsonPath("$.name").doesNotExist());

        mvc.perform(get("/api/perpetrators/" + id).with(as("griffier")))
                .andExpect(jsonPath("$.name").value("[gewist]"))
                .andExpect(jsonPath("$.handles", contains("[gewist]")))
                .andExpect(jsonPath("$.incidents[*].incidentId", contains(incident)));
        assertThat(jdbc.queryForObject("SELECT wrapped_key IS NULL FROM data_subject_key WHERE subject_id = ?",
                Boolean.class, id)).isTrue();
        erase("beheer", id, "Nog eens").andExpect(status().isConflict());
    }

    @ParameterizedTest
    @ValueSource(strings = {"griffier", "burgemeester", "raadslid", "raad"})
    void onlyTheAdministratorErases(String account) throws Exception {
        String id = profile("Truus " + token());
        erase(account, id, "Verzoek").andExpect(status().isForbidden());
        mvc.perform(get("/api/perpetrators/" + id).with(as("griffier")))
                .andExpect(jsonPath("$.name").value(startsWith("Truus")));
    }

    @Test
    void anErasureNeedsAReasonAndAnExistingProfile() throws Exception {
        String id = profile("Toos " + token());
        long events = eventCount();

        erase("beheer", id, " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        erase("beheer", UUID.randomUUID().toString(), "Verzoek").andExpect(status().isNotFound());
        assertThat(eventCount()).isEqualTo(events);
    }

    // ---------------------------------------------------------------- helpers

    private ResultActions createProfile(String account, Map<String, ?> body) throws Exception {
        return mvc.perform(post("/api/perpetrators").with(as(account)).contentType(MediaType.APPLICATION_JSON)
                .content(json(body)));
    }

    /** A clerk's new profile; answers its id. */
    private String profile(String name, String... handles) throws Exception {
        String body = createProfile("griffier", Map.of("name", name, "handles", List.of(handles)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return (String) JsonText.parse(body).get("perpetratorId");
    }

    /** An incident the official reports, with what they know of the perpetrator; answers its id. */
    private String reported(String account, Map<String, String> perpetrator) throws Exception {
        Map<String, Object> report = Reports.valid();
        report.remove("perpetrator");
        if (perpetrator != null) {
            report.put("perpetrator", perpetrator);
        }
        mvc.perform(post("/api/incidents").with(as(account)).contentType(MediaType.APPLICATION_JSON)
                .content(json(report))).andExpect(status().isCreated());
        return (String) report.get("incidentId");
    }

    private ResultActions link(String account, String incident, String perpetratorId) throws Exception {
        return mvc.perform(post("/api/incidents/" + incident + "/perpetrator").with(as(account))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("perpetratorId", perpetratorId))));
    }

    private ResultActions merge(String account, String survivor, String other) throws Exception {
        return mvc.perform(post("/api/perpetrators/" + survivor + "/merge").with(as(account))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("otherPerpetratorId", other))));
    }

    private ResultActions erase(String account, String id, String reason) throws Exception {
        return mvc.perform(post("/api/perpetrators/" + id + "/erasure").with(as(account))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", reason))));
    }

    /** Makes names unique in the shared database, so a search finds only this test's profiles. */
    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
