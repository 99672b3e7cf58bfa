package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import nl.weerbaar.app.maintenance.ProjectionMaintenance;
import nl.weerbaar.app.maintenance.ProjectionStatus;
import nl.weerbaar.app.report.query.FrozenReportsProjection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The audit trail, the protocol checks, the chain's verification, the access log, the projections and the
 * reports in English ({@code ?lang=en}, kept by the cookie): titles, headings, labels, buttons, refusals
 * at the fields, the charts' titles, and the CSV and PDF a reader downloads.
 */
class AuditAndReportsInEnglishTest extends ApplicationTest {

    @Autowired
    private ProjectionMaintenance maintenance;

    @Test
    void theCouncilReviewerReadsTheTrailItsChecksAndItsVerificationInEnglish() throws Exception {
        try (Browser browser = new Browser(mvc)) {
            browser.logIn("raad", "/audit");
            HtmlPage trail = browser.open("/audit?lang=en");
            assertThat(trail.getTitleText()).isEqualTo("Audit trail - Weerbaar");
            assertThat(trail.getElementsByTagName("h1").get(0).getTextContent()).isEqualTo("Audit trail");
            assertThat(trail.asNormalizedText()).contains("Names, descriptions and explanations are left out",
                    "Export as CSV (without personal data)", "Official consulted", "On behalf of")
                    .doesNotContain("Filteren", "Kenmerk", "handeling(en)");
            assertThat(trail.getHtmlElementById("role").asNormalizedText()).startsWith("All");

            HtmlPage refused = browser.open("/audit?from=yesterday&role=KING");
            assertThat(refused.getTitleText()).isEqualTo("Error: Audit trail - Weerbaar");
            assertThat(refused.getElementById("error-summary").asNormalizedText())
                    .contains("Enter a valid start date", "Choose one of the roles listed");
            assertThat(refused.getElementById("from-error").asNormalizedText()).contains("Enter a valid start date");
            assertThat(Browser.submit(refused, "Filter").getTitleText()).startsWith("Error: ");

            HtmlPage checks = browser.open("/audit/protocol-checks?incident=2099-9999");
            assertThat(checks.getTitleText()).isEqualTo("Protocol check - Weerbaar");
            assertThat(checks.asNormalizedText()).contains("was the protocol followed?", "Reported from",
                    "There are no incidents in this period.");
            assertThat(checks.getAnchorByText("audit trail").getHrefAttribute()).isEqualTo("/audit");

            HtmlPage verification = browser.open("/audit/verification");
            assertThat(verification.getTitleText()).isEqualTo("Verification of the hash chain - Weerbaar");
            assertThat(verification.asNormalizedText()).containsAnyOf("The chain is intact", "The chain is broken")
                    .contains("Back to the audit trail");
        }
    }

    @Test
    void theAdministratorReadsTheAccessLogAndRebuildsAProjectionInEnglish() throws Exception {
        Map<String, Object> report = Reports.valid();
        mvc.perform(post("/api/incidents").with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                .content(json(report))).andExpect(status().isCreated());
        String incident = (String) report.get("incidentId");
        mvc.perform(get("/api/incidents/" + incident).with(as("griffier"))).andExpect(status().isOk());
        try (Browser browser = new Browser(mvc)) {
            browser.logIn("beheer", "/access-log");
            HtmlPage log = browser.open("/access-log?lang=en&incident=" + incident);
            assertThat(log.getTitleText()).isEqualTo("Access log - Weerbaar");
            assertThat(log.asNormalizedText()).contains("Who viewed which data", "Incident (reference)", "Filter",
                    "line(s)", "Read through the API", "Incident " + incident, "Shown (200)");
            HtmlPage refused = browser.open("/access-log?from=yesterday");
            assertThat(refused.getTitleText()).isEqualTo("Error: Access log - Weerbaar");
            assertThat(refused.getElementById("from-error").asNormalizedText()).contains("Enter a valid start date");

            HtmlPage projections = browser.open("/admin/projections");
            assertThat(projections.getTitleText()).isEqualTo("Projections - Weerbaar");
            assertThat(projections.getElementById("projectie-incident-register").asNormalizedText())
                    .contains("Running", "Rebuild");
            HtmlButton rebuild = (HtmlButton) projections.getElementById("projectie-" + FrozenReportsProjection.NAME)
                    .getElementsByTagName("button").get(0);
            assertThat(rebuild.getAttribute("aria-label")).isEqualTo("Rebuild projection frozen-reports");
            HtmlPage after = rebuild.click();
            assertThat(after.asNormalizedText()).contains("The projection frozen-reports is being rebuilt.");
            assertThat(after.getElementById("projectie-" + FrozenReportsProjection.NAME).asNormalizedText())
                    .contains("events", "per second");
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> maintenance
                .status(FrozenReportsProjection.NAME).map(ProjectionStatus::rebuild)
                .map(rebuild -> rebuild.finishedAt() != null).orElse(false));
    }

    @Test
    void theReportItsChartsItsCsvAndItsPdfFollowTheReadersLanguage() throws Exception {
        LocalDate today = aDayOfItsOwn();
        mvc.perform(post("/api/incidents").with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                .content(json(Reports.valid()))).andExpect(status().isCreated());
        try (Browser browser = new Browser(mvc)) {
            browser.logIn("griffier", "/reports");
            HtmlPage refused = browser.open("/reports?lang=en&from=" + today + "&to=" + today.minusDays(1));
            assertThat(refused.getTitleText()).isEqualTo("Error: Periodic report - Weerbaar");
            assertThat(refused.getElementById("veld-to-error").asNormalizedText())
                    .contains("The last day cannot be before the first day");

            HtmlPage page = browser.open("/reports?from=" + today + "&to=" + today);
            assertThat(page.getTitleText()).isEqualTo("Periodic report - Weerbaar");
            assertThat(page.getElementsByTagName("h1").get(0).getTextContent()).isEqualTo("Periodic report");
            assertThat(page.asNormalizedText()).contains("Make report", "As of (optional)", "Lead times",
                    "registration (discussion)", "Council members", "Aldermen", "Freeze report");
            assertThat(page.getElementById("grafiek-incidents-titel").getTextContent())
                    .isEqualTo("Incidents reported and registered");
            assertThat(page.getElementById("figuur-incidents").asXml()).contains("This period", "Previous period");
            assertThat(page.getElementById("tabel-channel").getElementsByTagName("caption").get(0).getTextContent())
                    .isEqualTo("Reported incidents by channel: the figures of the chart");
            assertThat(page.getElementsByTagName("h2").get(0).getTextContent()).contains(" up to and including ")
                    .doesNotContain("tot en met");

            HtmlPage untitled = Browser.submit(page, "Freeze report");
            assertThat(untitled.getElementById("error-summary").asNormalizedText()).contains("Give the report a title");

            Page csv = browser.fetch(page.getAnchorByText("Figures as CSV").getHrefAttribute());
            String text = new String(csv.getWebResponse().getContentAsStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text.lines().findFirst()).hasValue("figure,line,description,period,from,to_inclusive,"
                    + "council_members,aldermen,mayor,total,median_hours,p90_hours,change");
            assertThat(text).contains("incidents,reported,Reported,current," + today)
                    .contains("lead_time,reportToRegistration,registration (discussion),previous");

            Page pdf = browser.fetch(page.getAnchorByText("Report as PDF").getHrefAttribute());
            try (PDDocument document = Loader.loadPDF(pdf.getWebResponse().getContentAsStream().readAllBytes())) {
                String content = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(content).contains("Periodic report", "Incidents reported and registered",
                        "Lead times (hours, over all officials)", "dark is this period", "Council members",
                        "Checksum:", " up to and including ").doesNotContain("Periodieke", "Raadsleden");
                assertThat(document.getDocumentInformation().getTitle()).startsWith("Periodic report ");
            }

            HtmlPage frozen = browser.open("/reports/frozen");
            assertThat(frozen.getTitleText()).isEqualTo("Frozen reports - Weerbaar");
            assertThat(frozen.getAnchorByText("To the periodic report").getHrefAttribute()).isEqualTo("/reports");

            HtmlPage dutch = browser.open("/reports?lang=nl&from=" + today + "&to=" + today);
            assertThat(dutch.getElementById("grafiek-incidents-titel").getTextContent())
                    .isEqualTo("Voorvallen gemeld en geregistreerd");
        }
    }
}
