package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The party leaders' briefing: only incidents whose current communication decision includes the party
 * leaders, anonymised (no name of an official or a perpetrator, no reference, no text), with totals; as
 * JSON and as PDF. The incidents are reported on a day of their own (the clock moved far ahead), so the
 * briefing of that day holds exactly them.
 */
class BriefingApiTest extends ApplicationTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Every name the reports, the profiles and the responses below hold, and the demo officials' names. */
    private static final List<String> NAMES = List.of("Anna", "Vries", "Carla", "Jansen", "Bram", "Bakker", "Hendrik",
            "Mulder", "Kees", "Kwaadwillig", "kees_boos", "Pietersen");

    @Test
    void onlyIncidentsSharedWithThePartyLeadersAreListedWithTheirFactsAndTotals() throws Exception {
        LocalDate day = aDayOfItsOwn();
        String assessed = reported("raadslid", Reports.valid());
        discussedAndAssessed(assessed);
        chosen(assessed, letterTo("Piet Pietersen"));
        decide(assessed, List.of("PARTY_LEADERS", "COUNCIL"));
        String alderman = reported("wethouder", Reports.valid("perpetrator",
                Map.of("name", "Kees Kwaadwillig", "handle", "@kees_boos")));
        decide(alderman, List.of("PARTY_LEADERS"));
        decide(reported("raadslid2", Reports.valid()), List.of("COUNCIL"));
        reported("raadslid", Reports.valid());
        String revised = reported("raadslid", Reports.valid());
        decide(revised, List.of("PARTY_LEADERS"));
        decide(revised, List.of());

        briefing("raad", day, day).andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(day.toString()))
                .andExpect(jsonPath("$.to").value(day.toString()))
                .andExpect(jsonPath("$.incidents.length()").value(2))
                .andExpect(jsonPath("$.incidents[0].number").value(1))
                .andExpect(jsonPath("$.incidents[0].reportedOn").value(day.toString()))
                .andExpect(jsonPath("$.incidents[0].officialKind").value("COUNCIL_MEMBER"))
                .andExpect(jsonPath("$.incidents[0].channel").value("DURING_MEETING"))
                .andExpect(jsonPath("$.incidents[0].behaviours[0]").value("THREAT"))
                .andExpect(jsonPath("$.incidents[0].behaviours[1]").value("INTIMIDATION"))
                .andExpect(jsonPath("$.incidents[0].assessment.behaviourType").value("INSTRUMENTAL"))
                .andExpect(jsonPath("$.incidents[0].assessment.severity").value("HIGH"))
                .andExpect(jsonPath("$.incidents[0].responses[0].kind").value("CORRECTIVE_LETTER"))
                .andExpect(jsonPath("$.incidents[0].responses[0].status").value("CHOSEN"))
                .andExpect(jsonPath("$.incidents[0].status").value("ASSESSED"))
                .andExpect(jsonPath("$.incidents[1].officialKind").value("ALDERMAN"))
                .andExpect(jsonPath("$.incidents[1].assessment").doesNotExist())
                .andExpect(jsonPath("$.incidents[1].responses").isEmpty())
                .andExpect(jsonPath("$.incidents[1].status").value("REPORTED"))
                .andExpect(jsonPath("$.totals.incidents").value(2))
                .andExpect(jsonPath("$.totals.byOfficialKind.COUNCIL_MEMBER").value(1))
                .andExpect(jsonPath("$.totals.byOfficialKind.ALDERMAN").value(1))
                .andExpect(jsonPath("$.totals.byChannel.DURING_MEETING").value(2))
                .andExpect(jsonPath("$.totals.byBehaviour.THREAT").value(2))
                .andExpect(jsonPath("$.totals.bySeverity.HIGH").value(1))
                .andExpect(jsonPath("$.totals.byResponse.CORRECTIVE_LETTER").value(1))
                .andExpect(jsonPath("$.totals.byStatus.ASSESSED").value(1))
                .andExpect(jsonPath("$.totals.byStatus.REPORTED").value(1));
        briefing("raad", day.plusDays(1), day.plusDays(2)).andExpect(status().isOk())
                .andExpect(jsonPath("$.incidents").isEmpty())
                .andExpect(jsonPath("$.totals.incidents").value(0));
    }

    @Test
    void noNameOfAnOfficialOrAPerpetratorAppearsInTheJsonOrThePdf() throws Exception {
        LocalDate day = aDayOfItsOwn();
        String council = reported("raadslid", Reports.valid());
        discussedAndAssessed(council);
        chosen(council, letterTo("Piet Pietersen"));
        decide(council, List.of("PARTY_LEADERS"));
        String alderman = reported("wethouder", Reports.valid("perpetrator",
                Map.of("name", "Kees Kwaadwillig", "handle", "@kees_boos", "description", "Buurman van Carla")));
        decide(alderman, List.of("PARTY_LEADERS"));
        String mayor = reported("burgemeester", Reports.valid("officialId", MAYOR.toString()));
        decide(mayor, List.of("PARTY_LEADERS"));
        String[] ids = {council, alderman, mayor};

        String json = briefing("griffier", day, day).andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.incidents").value(3))
                .andReturn().getResponse().getContentAsString();
        for (String name : NAMES) {
            assertThat(json).doesNotContain(name);
        }
        assertThat(json).doesNotContain((String) Reports.valid().get("description"), "Raadszaal", "Griffier en twee",
                "Man, ongeveer").doesNotContain(ids);

        MvcResult pdf = mvc.perform(get("/api/briefings/party-leaders.pdf?from=" + day + "&to=" + day).with(as("raad")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn();
        assertThat(pdf.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
                .contains("briefing-fractievoorzitters-" + day + "-" + day + ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Briefing fractievoorzitters", "raadslid", "wethouder", "burgemeester",
                    "Tijdens een vergadering", "Bedreiging", "Corrigerende brief", "Instrumenteel",
                    "Aantal voorvallen: 3");
            for (String name : NAMES) {
                assertThat(text).doesNotContain(name);
            }
            assertThat(text).doesNotContain("Raadszaal", "Man, ongeveer", "publieke tribune");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Briefing fractievoorzitters");
        }
    }

    @Test
    void theCouncilReviewerAndTheCaseHandlersReadTheBriefingNobodyElse() throws Exception {
        for (String account : List.of("raad", "griffier", "secretaris", "burgemeester")) {
            mvc.perform(get("/api/briefings/party-leaders").with(as(account))).andExpect(status().isOk());
        }
        for (String account : List.of("raadslid", "wethouder", "beheer")) {
            mvc.perform(get("/api/briefings/party-leaders").with(as(account))).andExpect(status().isForbidden());
            mvc.perform(get("/api/briefings/party-leaders.pdf").with(as(account))).andExpect(status().isForbidden());
        }
    }

    @Test
    void aPeriodThatCannotBeReadOrEndsBeforeItStartsIsRefused() throws Exception {
        mvc.perform(get("/api/briefings/party-leaders?from=2026-13-01").with(as("raad")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid"));
        mvc.perform(get("/api/briefings/party-leaders?from=2026-11-20&to=2026-11-01").with(as("raad")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].code").value("tooEarly"));
        LocalDate today = LocalDate.now(clock);
        mvc.perform(get("/api/briefings/party-leaders").with(as("raad"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.to").value(today.toString()))
                .andExpect(jsonPath("$.from").value(today.minusMonths(3).toString()));
    }

    // ---------------------------------------------------------------- helpers


    private ResultActions briefing(String account, LocalDate from, LocalDate to) throws Exception {
        return mvc.perform(get("/api/briefings/party-leaders?from=" + from + "&to=" + to).with(as(account)));
    }

    private String reported(String account, Map<String, Object> report) throws Exception {
        post("/api/incidents", account, report).andExpect(status().isCreated());
        return (String) report.get("incidentId");
    }

    private void discussedAndAssessed(String incident) throws Exception {
        post("/api/incidents/" + incident + "/discussions", "griffier", Map.of("discussedWith", List.of("CLERK"),
                "discussedAt", OffsetDateTime.now(clock).minusHours(1).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                "agreedNextStep", "Brief sturen")).andExpect(status().isOk());
        post("/api/incidents/" + incident + "/assessments", "griffier", Map.of("behaviourType", "INSTRUMENTAL",
                "severity", "HIGH", "normIds", List.of(), "rationale", "Doelbewuste intimidatie")).andExpect(status().isOk());
    }

    private void chosen(String incident, Map<String, Object> body) throws Exception {
        post("/api/incidents/" + incident + "/interventions", "griffier", body).andExpect(status().isCreated());
    }

    private void decide(String incident, List<String> audiences) throws Exception {
        post("/api/incidents/" + incident + "/communication-decisions", "burgemeester",
                CommunicationApiTest.decision(audiences, false)).andExpect(status().isCreated());
    }

    private ResultActions post(String path, String account, Map<String, ?> body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(as(account)).contentType(MediaType.APPLICATION_JSON)
                .content(json(body)));
    }

    private static Map<String, Object> letterTo(String recipient) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "CORRECTIVE_LETTER");
        body.put("officialConsulted", true);
        body.put("officialView", "Anna de Vries wil een brief");
        body.put("rationale", "Instrumenteel gedrag van Jansen");
        body.put("behaviour", "U riep dat u weet waar het raadslid woont.");
        body.put("impact", "Het raadslid voelt zich niet veilig.");
        body.put("consequences", "Bij herhaling volgt aangifte.");
        body.put("recipientName", recipient);
        return body;
    }
}
