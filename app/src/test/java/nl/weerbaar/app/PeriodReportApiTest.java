package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The period report through the API: computed from the events stored up to its moment, anonymised, as
 * JSON, CSV and PDF; frozen and verified. The application clock is moved twenty years ahead, so the
 * incidents of these tests are alone in their period whatever other tests stored.
 */
class PeriodReportApiTest extends ApplicationTest {

    private LocalDate today;

    @BeforeEach
    void aPeriodOfItsOwn() {
        today = aDayOfItsOwn();
    }

    @Test
    void aReportAsOfAMomentCountsOnlyTheEventsStoredUpToThatMoment() throws Exception {
        String first = report("raadslid");
        report("raadslid2");
        report("raadslid");
        discuss(first);
        Instant asOf = settled();

        Map<String, Object> before = parsed(period(asOf).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(line(before, "incidents", "reported")).containsEntry("COUNCIL_MEMBER", "3")
                .containsEntry("ALDERMAN", "0").containsEntry("total", "3");
        assertThat(line(before, "incidents", "registered")).containsEntry("COUNCIL_MEMBER", "< 3")
                .containsEntry("total", "< 3");

        // Later: another incident, a second discussion, an assessment and a response; the earlier report stays.
        report("raadslid");
        String alderman = report("wethouder");
        discuss(alderman);
        assess(first);
        mvc.perform(post("/api/incidents/" + first + "/no-response").with(as("griffier"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("officialConsulted", true,
                        "officialView", "Eerst afwachten", "rationale", "Eenmalig"))))
                .andExpect(status().isCreated());

        String again = period(asOf).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(parsed(again)).isEqualTo(before);
        Map<String, Object> now = parsed(period(settled()).andReturn().getResponse().getContentAsString());
        assertThat(line(now, "incidents", "reported")).containsEntry("COUNCIL_MEMBER", "4")
                .containsEntry("ALDERMAN", "< 3").containsEntry("total", "≥ 5");
        assertThat(now.get("checksum")).isNotEqualTo(before.get("checksum"));
    }

    @Test
    void erasingAnIncidentsPersonalDataChangesNoFigure() throws Exception {
        String incident = report("raadslid");
        report("raadslid");
        report("wethouder");
        discuss(incident);
        Map<String, Object> before = parsed(period(settled()).andReturn().getResponse().getContentAsString());

        mvc.perform(post("/api/incidents/" + incident + "/erasure").with(as("beheer"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "Verzoek"))))
                .andExpect(status().isOk());

        Map<String, Object> after = parsed(period(settled()).andReturn().getResponse().getContentAsString());
        assertThat(after.get("figures")).isEqualTo(before.get("figures"));
        assertThat(after.get("durations")).isEqualTo(before.get("durations"));
        assertThat(after.get("checksum")).isEqualTo(before.get("checksum"));
    }

    @Test
    void theFiguresAsCsvParseBackToTheReport() throws Exception {
        report("raadslid");
        report("raadslid");
        report("raadslid");
        report("wethouder");
        Instant asOf = settled();
        MvcResult csv = mvc.perform(get("/api/reports/period.csv").with(as("raad")).param("from", today.toString())
                        .param("to", today.toString()).param("asOf", asOf.toString()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn();
        assertThat(csv.getResponse().getHeader("Content-Disposition"))
                .contains("rapportage-" + today + "-" + today + ".csv");
        List<List<String>> rows = csv.getResponse().getContentAsString().lines().map(PeriodReportApiTest::fields)
                .toList();
        assertThat(rows.get(0)).containsExactly("figuur", "regel", "omschrijving", "periode", "van", "tot_en_met",
                "raadsleden", "wethouders", "burgemeester", "totaal", "mediaan_uren", "p90_uren", "verandering");
        assertThat(rows).contains(List.of("incidents", "reported", "Gemeld", "huidig", today.toString(),
                today.toString(), "3", "< 3", "0", "≥ 4", "", "", "–"));
        assertThat(rows).contains(List.of("incidents", "reported", "Gemeld", "vorig", today.minusDays(1).toString(),
                today.minusDays(1).toString(), "0", "0", "0", "0", "", "", ""));
        assertThat(rows).anySatisfy(row -> assertThat(row.subList(0, 4))
                .containsExactly("channel", "DURING_MEETING", "Tijdens een vergadering", "huidig"));
        assertThat(rows).anySatisfy(row -> assertThat(row.subList(0, 2))
                .containsExactly("doorlooptijd", "reportToRegistration"));
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(13));
        assertThat(csv.getResponse().getHeader("X-Report-Checksum")).hasSize(64);
    }

    @Test
    void aftercareCaseUpdatesAndCommunicationDecisionsAreReadFromTheEventStore() throws Exception {
        // the start of the day: never in the future, whatever the hour the tests run
        String informedAt = today.atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toOffsetDateTime()
                .toString();
        for (int i = 0; i < 3; i++) {
            String incident = report("raadslid");
            String aftercare = (String) parsed(send("/api/incidents/" + incident + "/aftercare", Map.of("kind",
                    "CONFIDANT", "requestedOn", today.toString()))).get("aftercareId");
            send("/api/aftercare/" + aftercare + "/arrangement", Map.of("arrangedBy", "Griffier",
                    "arrangedWith", "Vertrouwenspersoon", "arrangedOn", today.toString()));
            String update = (String) parsed(send("/api/incidents/" + incident + "/case-updates", Map.of("date",
                    today.toString(), "source", "POLICE", "kind", "INVESTIGATION", "summary", "Verdachte gehoord")))
                    .get("caseUpdateId");
            send("/api/case-updates/" + update + "/official-informed", Map.of("informedAt", informedAt, "how", "PHONE"));
            send("/api/incidents/" + incident + "/communication-decisions", CommunicationApiTest.decision(
                    List.of("PARTY_LEADERS", "COUNCIL"), i == 0));
        }
        Map<String, Object> json = parsed(period(settled()).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());

        assertThat(line(json, "aftercare", "arranged")).containsEntry("COUNCIL_MEMBER", "3").containsEntry("total", "3");
        assertThat(line(json, "aftercare", "CONFIDANT")).containsEntry("total", "3");
        assertThat(line(json, "caseUpdates", "recorded")).containsEntry("total", "3");
        assertThat(line(json, "caseUpdates", "inTime")).containsEntry("COUNCIL_MEMBER", "3").containsEntry("total", "3");
        assertThat(line(json, "caseUpdates", "late")).containsEntry("total", "0");
        assertThat(line(json, "caseUpdates", "inTimePercentage")).containsEntry("COUNCIL_MEMBER", "–")
                .containsEntry("total", "100%");
        assertThat(line(json, "communication", "decisions")).containsEntry("total", "3");
        assertThat(line(json, "communication", "PARTY_LEADERS")).containsEntry("total", "3");
        assertThat(line(json, "communication", "COLLEGE")).containsEntry("total", "0");
        assertThat(line(json, "communication", "EXTERNAL")).containsEntry("COUNCIL_MEMBER", "< 3");
    }

    private String send(String path, Map<String, ?> body) throws Exception {
        return mvc.perform(post(path).with(as("griffier")).contentType(MediaType.APPLICATION_JSON).content(json(body)))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void thePdfHoldsTheWholeReportWithItsCharts() throws Exception {
        report("raadslid");
        MvcResult pdf = mvc.perform(get("/api/reports/period.pdf").with(as("burgemeester"))
                        .param("from", today.toString()).param("to", today.toString()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn();
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Periodieke rapportage", "Gemeente Assen", "Voorvallen gemeld en geregistreerd",
                    "Gemelde voorvallen naar kanaal", "Toegangsverboden", "Nazorg geregeld",
                    "Berichten over de strafzaak op tijd doorgegeven", "Communicatiebesluiten naar doelgroep", "Doorlooptijden", "Raadsleden", "< 3",
                    "donker is deze periode", pdf.getResponse().getHeader("X-Report-Checksum"));
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Periodieke rapportage");
        }
    }

    @Test
    void aFrozenReportIsRegeneratedAndMatches() throws Exception {
        report("raadslid");
        report("wethouder");
        Instant asOf = settled();
        String checksum = period(asOf).andReturn().getResponse().getHeader("X-Report-Checksum");

        String answer = freeze("burgemeester", Map.of("from", today.toString(), "to", today.toString(),
                "asOf", asOf.toString(), "title", "Fractievoorzittersoverleg"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.checksum").value(checksum))
                .andReturn().getResponse().getContentAsString();
        String reportId = (String) JsonText.parse(answer).get("reportId");
        report("raadslid"); // after the moment: changes nothing

        mvc.perform(get("/api/reports/frozen/" + reportId + "/verification").with(as("raad")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matches").value(true))
                .andExpect(jsonPath("$.checksum").value(checksum))
                .andExpect(jsonPath("$.recomputedChecksum").value(checksum));
        mvc.perform(get("/api/reports/frozen").with(as("secretaris"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.reportId == '" + reportId + "')].title").value("Fractievoorzittersoverleg"));

        // A stored checksum that no longer matches the figures is reported as such.
        jdbc.update("UPDATE frozen_report SET checksum = ? WHERE report_id = ?::uuid", "0".repeat(64), reportId);
        try {
            mvc.perform(get("/api/reports/frozen/" + reportId + "/verification").with(as("griffier")))
                    .andExpect(jsonPath("$.matches").value(false))
                    .andExpect(jsonPath("$.recomputedChecksum").value(checksum));
        } finally {
            jdbc.update("UPDATE frozen_report SET checksum = ? WHERE report_id = ?::uuid", checksum, reportId);
        }
    }

    @Test
    void onlyTheMayorAndTheClerkFreezeWithATitleAndASettledMoment() throws Exception {
        Map<String, Object> request = Map.of("from", today.toString(), "to", today.toString(),
                "asOf", settled().toString(), "title", "Raad");
        freeze("secretaris", request).andExpect(status().isForbidden());
        freeze("raad", request).andExpect(status().isForbidden());
        long events = eventCount();
        freeze("griffier", Map.of("from", today.toString(), "to", today.minusDays(1).toString(),
                "asOf", clock.instant().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("title", "to")));
        freeze("griffier", Map.of("from", today.toString(), "to", today.toString(), "title", "Raad",
                "asOf", clock.instant().minusSeconds(2).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"))
                .andExpect(jsonPath("$.errors[0].code").value("tooRecent"));
        assertThat(eventCount()).isEqualTo(events);
        freeze("griffier", request).andExpect(status().isCreated());
    }

    @Test
    void officialsAndTheAdministratorReadNoReports() throws Exception {
        for (String account : List.of("raadslid", "wethouder", "beheer")) {
            mvc.perform(get("/api/reports/period").with(as(account)).param("from", "2026-01-01").param("to", "2026-03-31"))
                    .andExpect(status().isForbidden());
        }
        for (String account : List.of("burgemeester", "griffier", "secretaris", "raad")) {
            mvc.perform(get("/api/reports/period").with(as(account)).param("from", today.toString())
                    .param("to", today.toString())).andExpect(status().isOk());
        }
        mvc.perform(get("/api/reports/period")).andExpect(status().isUnauthorized());
    }

    @Test
    void badParametersAreRefusedNamingEachField() throws Exception {
        mvc.perform(get("/api/reports/period").with(as("raad")).param("to", "gisteren").param("asOf", "later"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("from", "to",
                        "asOf")));
        mvc.perform(get("/api/reports/period").with(as("raad")).param("from", today.toString())
                        .param("to", today.toString()).param("asOf", clock.instant().plusSeconds(3600).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"))
                .andExpect(jsonPath("$.errors[0].message").value("De stand mag niet in de toekomst liggen"));
        mvc.perform(get("/api/reports/frozen/" + java.util.UUID.randomUUID()).with(as("raad")))
                .andExpect(status().isNotFound());
    }

    // ------------------------------------------------------------------------------------------- helpers

    /** A moment after every event stored so far (events carry the real time of their storing). */
    private static Instant settled() throws InterruptedException {
        Thread.sleep(5);
        Instant moment = Instant.now();
        Thread.sleep(5);
        return moment;
    }

    private ResultActions period(Instant asOf) throws Exception {
        return mvc.perform(get("/api/reports/period").with(as("raad")).param("from", today.toString())
                .param("to", today.toString()).param("asOf", asOf.toString()));
    }

    private ResultActions freeze(String account, Map<String, ?> body) throws Exception {
        return mvc.perform(post("/api/reports/frozen").with(as(account)).contentType(MediaType.APPLICATION_JSON)
                .content(json(body)));
    }

    private String report(String account) throws Exception {
        Map<String, Object> report = Reports.valid();
        mvc.perform(post("/api/incidents").with(as(account)).contentType(MediaType.APPLICATION_JSON)
                .content(json(report))).andExpect(status().isCreated());
        return (String) report.get("incidentId");
    }

    private void discuss(String incident) throws Exception {
        mvc.perform(post("/api/incidents/" + incident + "/discussions").with(as("burgemeester"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("discussedWith", List.of("MAYOR"),
                        "discussedAt", clock.instant().toString(), "agreedNextStep", "Afwachten"))))
                .andExpect(status().isOk());
    }

    private void assess(String incident) throws Exception {
        mvc.perform(post("/api/incidents/" + incident + "/assessments").with(as("burgemeester"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("behaviourType", "INSTRUMENTAL",
                        "severity", "HIGH", "normIds", List.of(), "rationale", "Bewust"))))
                .andExpect(status().isOk());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parsed(String json) {
        return (Map<String, Object>) JsonText.parse(json);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> line(Map<String, Object> report, String figure, String key) {
        return ((List<Map<String, Object>>) report.get("figures")).stream()
                .filter(candidate -> candidate.get("key").equals(figure))
                .flatMap(candidate -> ((List<Map<String, Object>>) candidate.get("lines")).stream())
                .filter(line -> line.get("key").equals(key))
                .map(line -> (Map<String, Object>) line.get("current"))
                .findFirst().orElseThrow();
    }

    /** One CSV line split into its fields (RFC 4180 quotes). */
    static List<String> fields(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return Arrays.asList(fields.toArray(String[]::new));
    }
}
