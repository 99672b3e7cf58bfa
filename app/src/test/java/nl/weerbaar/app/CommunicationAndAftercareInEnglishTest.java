package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The communication page, the party leaders' briefing (page and PDF) and the aftercare pages for a
 * reader who chose English: titles, headings, labels, buttons, refusals and the document all in English.
 * The login page stays Dutch (the language is chosen on the first page after it).
 */
class CommunicationAndAftercareInEnglishTest extends PagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void theCommunicationPageRefusesADecisionWithoutAgreementAndALateExecutionInEnglish() throws Exception {
        String incident = reported();
        browser.logIn("griffier", "/incidents/" + incident);
        HtmlPage page = browser.open("/incidents/" + incident + "/communication?lang=en");
        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(page.getTitleText()).startsWith("Communication about report ").endsWith(" - Weerbaar");
        assertThat(page.getElementById("nothing-communicated").asNormalizedText())
                .isEqualTo("No decision has been taken yet: nothing is communicated.");
        assertThat(page.asNormalizedText()).contains("Who took the decision? *", "The mayor", "Party leaders",
                "Communicate externally? *", "Correcting falsehoods", "Request a correction");
        assertThat(page.getElementById("correction-reminder").asNormalizedText()).contains("is discouraged");

        ((HtmlCheckBoxInput) page.getElementById("participants-MAYOR")).setChecked(true);
        ((HtmlRadioButtonInput) page.getElementById("external-false")).setChecked(true);
        HtmlPage refused = Browser.submit(page, "Record decision");
        assertThat(refused.getTitleText()).startsWith("Error: Communication about report ");
        assertThat(refused.getElementById("error-summary").asNormalizedText()).contains(
                "Nothing is communicated without the agreement of the official concerned",
                "Explain why this was decided", "The official concerned takes part in the decision");

        // a decision taken meanwhile and carried out by someone else: the stale form's refusal is English too
        String decision = UUID.randomUUID().toString();
        Map<String, Object> body = new HashMap<>(CommunicationApiTest.decision(List.of("PARTY_LEADERS"), false));
        body.put("decisionId", decision);
        post("/api/incidents/" + incident + "/communication-decisions", "griffier", body);
        HtmlPage decided = browser.open("/incidents/" + incident + "/communication");
        assertThat(decided.asNormalizedText()).contains("Decision in force", "Agreement of the official\nYes",
                "Not recorded yet", "Revise decision");
        post("/api/communication-decisions/" + decision + "/execution", "griffier",
                Map.of("executedOn", TODAY.toString(), "executedBy", "De burgemeester"));
        ((HtmlInput) decided.querySelector("input[name=executedOn]")).setValue(TODAY.toString());
        ((HtmlInput) decided.querySelector("input[name=executedBy]")).setValue("De griffier");
        HtmlPage conflict = Browser.submit(decided, "Record execution");
        assertThat(conflict.getTitleText()).startsWith("Error: ");
        assertThat(conflict.getElementById("error-summary").asNormalizedText())
                .contains("The execution of this decision has already been recorded.");
    }

    @Test
    void theBriefingPageAndItsPdfAreInEnglish() throws Exception {
        String incident = reported();
        post("/api/incidents/" + incident + "/communication-decisions", "burgemeester",
                CommunicationApiTest.decision(List.of("PARTY_LEADERS"), false));
        browser.logIn("raad", "/briefings/party-leaders");
        HtmlPage page = browser.open("/briefings/party-leaders?lang=en");
        assertThat(page.getTitleText()).isEqualTo("Party leaders briefing - Weerbaar");
        assertThat(page.asNormalizedText()).contains("This briefing is anonymised", "Reported from",
                "Party leaders briefing, ", " up to and including ", "Reported on", "Totals", "Number of incidents: ",
                "By kind of official");

        Page download = ((HtmlAnchor) page.getAnchorByText("Download briefing (PDF)")).click();
        assertThat(download.getWebResponse().getResponseHeaderValue("Content-Disposition"))
                .contains("party-leaders-briefing-");
        try (PDDocument document = Loader.loadPDF(download.getWebResponse().getContentAsStream().readAllBytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Party leaders briefing, ", " up to and including ", "Drawn up on ",
                    "Anonymised: without names of officials or perpetrators", "Reported on", "Totals",
                    "Number of incidents: ", "By status")
                    .doesNotContain("Opgesteld op", "Aantal voorvallen", "tot en met");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Party leaders briefing, ");
            assertThat(document.getDocumentInformation().getSubject())
                    .isEqualTo("Anonymised briefing for the party leaders meeting");
        }

        ((HtmlInput) page.getElementById("from")).setValue("2026-11-20");
        ((HtmlInput) page.getElementById("to")).setValue("2026-11-01");
        HtmlPage errors = Browser.submit(page, "Show");
        assertThat(errors.getTitleText()).isEqualTo("Error: Party leaders briefing - Weerbaar");
        assertThat(errors.getElementById("error-summary").asNormalizedText())
                .contains("The end date is before the start date");
    }

    @Test
    void theAftercarePageAndTheOverdueListAreInEnglish() throws Exception {
        String incident = reported();
        post("/api/incidents/" + incident + "/case-updates", "griffier", Map.of("date", TODAY.minusDays(14).toString(),
                "source", "POLICE", "kind", "SUSPECT_IDENTIFIED", "summary", "Verdachte aangehouden"));
        String reference = jdbc.queryForObject("SELECT reference FROM incident_register WHERE incident_id = ?::uuid",
                String.class, incident);
        browser.logIn("griffier", "/incidents/" + incident);
        HtmlPage page = browser.open("/incidents/" + incident + "/aftercare?lang=en");
        assertThat(page.getTitleText()).isEqualTo("Aftercare for report " + reference + " - Weerbaar");
        assertThat(page.asNormalizedText()).contains("Aftercare for the official", "No aftercare has been requested.",
                "Which aftercare? *", "Talk with a confidential adviser", "Progress of the criminal case",
                "within 5 working days", "Overdue: the official should have been informed by", "Suspect identified",
                "Police", "Damage recovery", "In euros, for example 125.50");

        HtmlPage refused = Browser.submit(page, "Record aftercare");
        assertThat(refused.getTitleText()).startsWith("Error: Aftercare for report ");
        assertThat(refused.getElementById("error-summary").asNormalizedText())
                .contains("Choose which aftercare the official asks for", "Enter when the official asked for aftercare");

        ((HtmlTextArea) refused.getElementById("claim-what")).setText("Vernielde voordeur");
        ((HtmlInput) refused.getElementById("claim-amount")).setValue("1250.50");
        ((HtmlRadioButtonInput) refused.getElementById("claim-route")).setChecked(true);
        ((HtmlInput) refused.getElementById("claim-filedOn")).setValue(TODAY.toString());
        HtmlPage filed = Browser.submit(refused, "Record damage claim");
        assertThat(filed.asNormalizedText()).contains("Amicable settlement", "Claimed\n€ 1,250.50",
                "Still outstanding\n€ 1,250.50", "submitted", "Record receipt");

        HtmlPage overdue = browser.open("/aftercare");
        assertThat(overdue.getTitleText()).isEqualTo("Aftercare: informing the official - Weerbaar");
        assertThat(overdue.asNormalizedText()).contains("not passed on to the official within 5 working days");
        assertThat(overdue.getElementById("overdue-case-updates").asNormalizedText())
                .contains("Report", "Message", "Due by", reference, "Suspect identified", "Police");
    }

    // ---------------------------------------------------------------- helpers

    private String reported() throws Exception {
        Map<String, Object> report = Reports.valid("incidentId", UUID.randomUUID().toString());
        post("/api/incidents", "raadslid", report);
        return (String) report.get("incidentId");
    }

    private void post(String path, String account, Map<String, ?> body) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post(path).with(as(account)).contentType(MediaType.APPLICATION_JSON)
                .content(json(body))).andExpect(status().is2xxSuccessful());
    }
}
