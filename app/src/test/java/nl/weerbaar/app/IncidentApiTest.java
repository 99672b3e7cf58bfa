package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class IncidentApiTest extends ApplicationTest {

    @Test
    void officialReportsOwnIncidentAndItIsRoutedToTheClerk() throws Exception {
        Map<String, Object> report = Reports.valid();
        String id = (String) report.get("incidentId");

        report(report, "raadslid")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/incidents/" + id))
                .andExpect(jsonPath("$.incidentId").value(id))
                .andExpect(jsonPath("$.reference").value(startsWith("2026-")));

        mvc.perform(get("/api/incidents/" + id).with(as("raadslid")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REPORTED"))
                .andExpect(jsonPath("$.official.officialId").value(ANNA.toString()))
                .andExpect(jsonPath("$.official.name").value("Anna de Vries"))
                .andExpect(jsonPath("$.official.kind").value("COUNCIL_MEMBER"))
                .andExpect(jsonPath("$.handler").value("CLERK"))
                .andExpect(jsonPath("$.occurredAt").value("2026-11-20T18:30:00Z"))
                .andExpect(jsonPath("$.location").value("Raadszaal, gemeentehuis Assen"))
                .andExpect(jsonPath("$.channel").value("DURING_MEETING"))
                .andExpect(jsonPath("$.behaviours", containsInAnyOrder("THREAT", "INTIMIDATION")))
                .andExpect(jsonPath("$.perpetrator.name").value("J. Jansen"))
                .andExpect(jsonPath("$.witnesses").value("Griffier en twee raadsleden"))
                .andExpect(jsonPath("$.reportedAt").exists());
    }

    @Test
    void aldermanIncidentIsRoutedToTheMunicipalSecretary() throws Exception {
        String id = reported(Reports.valid(), "wethouder");

        mvc.perform(get("/api/incidents/" + id).with(as("secretaris")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.handler").value("MUNICIPAL_SECRETARY"));
        mvc.perform(get("/api/incidents/" + id).with(as("griffier"))).andExpect(status().isNotFound());
    }

    @Test
    void mayorsOwnIncidentIsRoutedToTheMunicipalSecretary() throws Exception {
        String id = reported(Reports.valid(), "burgemeester");

        mvc.perform(get("/api/incidents/" + id).with(as("secretaris")))
                .andExpect(jsonPath("$.handler").value("MUNICIPAL_SECRETARY"))
                .andExpect(jsonPath("$.official.kind").value("MAYOR"));
    }

    @Test
    void sameReportSentAgainAnswersTheSameAndStoresNothing() throws Exception {
        Map<String, Object> report = Reports.valid();
        String first = report(report, "raadslid").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long events = eventCount();

        String second = report(report, "raadslid").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(JsonText.parse(second)).isEqualTo(JsonText.parse(first));
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void sameIncidentIdWithOtherContentIsAConflict() throws Exception {
        Map<String, Object> report = Reports.valid();
        report(report, "raadslid").andExpect(status().isCreated());
        long events = eventCount();

        report.put("description", "Iets anders");
        report(report, "raadslid")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void badInputIsRefusedNamingEveryFieldAndStoresNothing() throws Exception {
        long events = eventCount();
        Map<String, Object> report = Reports.valid();
        report.put("occurredAt", "2999-01-01T10:00:00Z");
        report.put("behaviours", List.of());
        report.put("description", " ");
        report.remove("location");
        report.remove("channel");
        report.put("perpetrator", Map.of("name", "x".repeat(201)));

        report(report, "raadslid")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("occurredAt", "behaviours",
                        "description", "location", "channel", "perpetrator.name")))
                .andExpect(jsonPath("$.errors[?(@.field == 'description')].message")
                        .value("Beschrijf wat er is gebeurd"));
        assertThat(eventCount()).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM incident_register WHERE incident_id = ?::uuid",
                Integer.class, report.get("incidentId"))).isZero();
    }

    @Test
    void descriptionOfMoreThanTenThousandCharactersIsRefused() throws Exception {
        report(Reports.valid("description", "x".repeat(10_001)), "raadslid")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"))
                .andExpect(jsonPath("$.errors[0].code").value("tooLong"));
        report(Reports.valid("description", "x".repeat(10_000)), "raadslid").andExpect(status().isCreated());
    }

    @Test
    void unreadableValuesAreNamedToo() throws Exception {
        report(Reports.valid("channel", "PIGEON"), "raadslid")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        report(Reports.valid("occurredAt", "gisteren"), "raadslid")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
        mvc.perform(post("/api/incidents").with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void officialCannotReportForAnotherOfficial() throws Exception {
        long events = eventCount();
        report(Reports.valid("officialId", BRAM.toString()), "raadslid").andExpect(status().isForbidden());
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void caseHandlerReportsOnBehalfOfAnOfficial() throws Exception {
        String id = reported(Reports.valid("officialId", BRAM.toString()), "griffier");

        mvc.perform(get("/api/incidents/" + id).with(as("raadslid2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.official.name").value("Bram Bakker"));
        assertThat(jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", String.class, id))
                .contains("\"actor\":\"griffier\"", "\"actorRole\":\"CLERK\"", "\"onBehalfOf\":\"" + BRAM + "\"",
                        "\"correlationId\"");
    }

    @Test
    void caseHandlerMustNameTheOfficial() throws Exception {
        report(Reports.valid(), "griffier")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("officialId"));
        report(Reports.valid("officialId", UUID.randomUUID().toString()), "griffier")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("unknown"));
    }

    @ParameterizedTest
    @CsvSource({"raad", "beheer"})
    void reviewerAndAdministratorDoNotReport(String account) throws Exception {
        report(Reports.valid("officialId", ANNA.toString()), account).andExpect(status().isForbidden());
    }

    /** Need-to-know: Anna's incident is seen by Anna, the clerk and the mayor, and by nobody else. */
    @ParameterizedTest
    @CsvSource({"raadslid,200", "griffier,200", "burgemeester,200", "raadslid2,404", "wethouder,404",
            "secretaris,404", "raad,404", "beheer,404"})
    void onlyTheOfficialTheirHandlerAndTheMayorSeeAnIncident(String account, int expected) throws Exception {
        String id = reported(Reports.valid(), "raadslid");

        mvc.perform(get("/api/incidents/" + id).with(as(account))).andExpect(status().is(expected));
        ResultActions list = mvc.perform(get("/api/incidents?size=100").with(as(account)))
                .andExpect(status().isOk());
        list.andExpect(jsonPath("$.items[*].incidentId", expected == 200 ? hasItem(id) : not(hasItem(id))));
    }

    @Test
    void unknownIncidentIsNotFound() throws Exception {
        mvc.perform(get("/api/incidents/" + UUID.randomUUID()).with(as("burgemeester")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/incidents/not-an-id").with(as("burgemeester"))).andExpect(status().isNotFound());
    }

    @Test
    void listIsNewestFirstAndPaged() throws Exception {
        String older = reported(Reports.valid(), "raadslid2");
        String newer = reported(Reports.valid(), "raadslid2");

        mvc.perform(get("/api/incidents?page=0&size=1").with(as("raadslid2")))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].incidentId").value(newer))
                .andExpect(jsonPath("$.size").value(1));
        String body = mvc.perform(get("/api/incidents?size=100").with(as("raadslid2")))
                .andReturn().getResponse().getContentAsString();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) JsonText.parse(body).get("items");
        List<Object> ids = items.stream().map(item -> item.get("incidentId")).toList();
        assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
        assertThat(((Number) JsonText.parse(body).get("total")).intValue()).isEqualTo(items.size());
    }

    @Test
    void officialsAreListedForCaseHandlersAndTheAdministratorOnly() throws Exception {
        mvc.perform(get("/api/officials").with(as("griffier")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Anna de Vries")));
        mvc.perform(get("/api/officials").with(as("beheer"))).andExpect(status().isOk());
        mvc.perform(get("/api/officials").with(as("raadslid"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/officials").with(as("raad"))).andExpect(status().isForbidden());
    }

    @Test
    void administratorRegistersAnOfficial() throws Exception {
        mvc.perform(post("/api/officials").with(as("beheer")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("name", "Dirk Smit", "kind", "ALDERMAN"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.officialId").exists());
        mvc.perform(post("/api/officials").with(as("beheer")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("name", ""))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "kind")));
        mvc.perform(post("/api/officials").with(as("griffier")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("name", "Dirk Smit", "kind", "ALDERMAN"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void meTellsWhoIsCalling() throws Exception {
        mvc.perform(get("/api/me").with(as("raadslid")))
                .andExpect(jsonPath("$.username").value("raadslid"))
                .andExpect(jsonPath("$.roles[0]").value("OFFICIAL"))
                .andExpect(jsonPath("$.officialId").value(ANNA.toString()));
        mvc.perform(get("/api/me").with(as("griffier")))
                .andExpect(jsonPath("$.roles[0]").value("CLERK"))
                .andExpect(jsonPath("$.officialId").doesNotExist());
    }

    @Test
    void apiAcceptsBasicAuthenticationAndRefusesWithoutIt() throws Exception {
        mvc.perform(get("/api/me").with(httpBasic("griffier", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/api/me").with(httpBasic("griffier", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/incidents"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void healthIsPublicAndOtherActuatorEndpointsNeedTheAdministrator() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics").with(as("griffier"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(as("beheer"))).andExpect(status().isOk());
        mvc.perform(get("/actuator/health").with(as("beheer")))
                .andExpect(jsonPath("$.components.eventProcessors.details.incident-register").value("RUNNING"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    private ResultActions report(Map<String, Object> report, String account) throws Exception {
        return mvc.perform(post("/api/incidents").with(as(account)).contentType(MediaType.APPLICATION_JSON)
                .content(json(report)));
    }

    private String reported(Map<String, Object> report, String account) throws Exception {
        report(report, account).andExpect(status().isCreated());
        return (String) report.get("incidentId");
    }
}
