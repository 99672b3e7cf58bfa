package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The response module's pages after the switch to English: labels, buttons, titles, refusals and field
 * errors in English; the corrective letter itself stays a Dutch letter.
 */
class ResponsePagesInEnglishTest extends PagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void theClerkChoosesALetterInEnglishAndTheLetterStaysDutch() throws Exception {
        Map<String, Object> report = Reports.valid();
        String reference = (String) JsonText.parse(post("/api/incidents", "raadslid", report)).get("reference");
        String incident = (String) report.get("incidentId");
        browser.logIn("griffier", "/incidents/" + incident + "/responses");
        HtmlPage page = browser.open("/incidents/" + incident + "/responses?lang=en");
        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(page.getTitleText()).isEqualTo("Responses to report " + reference + " - Weerbaar");
        assertThat(page.getElementById("inhoud").asNormalizedText()).contains("Responses and measures",
                "No response has been chosen yet.", "Which response?", "Corrective letter", "No response for now",
                "Protection of the official");

        HtmlPage noType = Browser.submit(page, "Continue");
        assertThat(noType.getTitleText()).isEqualTo("Error: Responses to report " + reference + " - Weerbaar");
        assertThat(noType.getElementById("error-summary").asNormalizedText()).contains("Choose a response");

        ((HtmlRadioButtonInput) noType.getElementById("type-CORRECTIVE_LETTER")).setChecked(true);
        HtmlPage form = Browser.submit(noType, "Continue");
        assertThat(form.getTitleText()).isEqualTo("Corrective letter - report " + reference + " - Weerbaar");
        assertThat(form.getElementById("inhoud").asNormalizedText()).contains("What does the official think of it?",
                "Who else was involved in choosing?", "Public Prosecution Service", "The behaviour",
                "The consequences if repeated", "Name of the recipient");
        ((HtmlTextArea) form.getElementById("officialView")).setText("Anna wil dat het ophoudt.");
        ((HtmlTextArea) form.getElementById("rationale")).setText("Gerichte intimidatie");
        ((HtmlTextArea) form.getElementById("behaviour")).setText("U riep dat u weet waar het raadslid woont.");
        ((HtmlTextArea) form.getElementById("impact")).setText("Het raadslid voelt zich thuis niet veilig.");
        ((HtmlInput) form.getElementById("recipientName")).setValue("J. Jansen");

        HtmlPage errors = Browser.submit(form, "Record decision");
        assertThat(errors.getTitleText()).startsWith("Error: ");
        assertThat(errors.getElementById("error-summary").asNormalizedText())
                .contains("The protocol requires consulting the official concerned",
                        "Describe the consequences if it happens again");
        assertThat(errors.getElementById("consequences-error").asNormalizedText())
                .contains("Describe the consequences if it happens again");

        ((HtmlCheckBoxInput) errors.getElementById("officialConsulted")).setChecked(true);
        ((HtmlTextArea) errors.getElementById("consequences")).setText("Bij herhaling volgt een toegangsverbod.");
        HtmlPage listed = Browser.submit(errors, "Record decision");
        assertThat(listed.getTitleText()).isEqualTo("Responses to report " + reference + " - Weerbaar");
        assertThat(listed.getElementById("inhoud").asNormalizedText()).contains("Corrective letter", "chosen",
                "Official consulted\nYes", "What the official thinks of it", "Consequences if repeated",
                "Sent on\nNot recorded yet", "Carried out", "Reason for cancelling", "Record sending");

        HtmlPage letter = ((HtmlAnchor) listed.getAnchorByText("View letter")).click();
        assertThat(letter.getDocumentElement().getAttribute("lang")).isEqualTo("nl");
        assertThat(letter.asNormalizedText()).contains("Corrigerende brief", "Het gedrag", "Bij herhaling",
                "Hoogachtend,", "Bij herhaling volgt een toegangsverbod.");
        assertThat(listed.getAnchorByText("Download letter (PDF)")).isNotNull();
    }

    @Test
    void theBansPagesTheLiftingFormAndARefusalSpeakEnglish() throws Exception {
        String profile = (String) JsonText.parse(post("/api/perpetrators", "griffier",
                Map.of("name", "Kees Engels", "handles", List.of()))).get("perpetratorId");
        String incident = reported();
        link(incident, profile);
        String ban = choose(incident, "ACCESS_BAN");
        browser.logIn("griffier", "/access-bans");

        HtmlPage bans = browser.open("/access-bans?lang=en");
        assertThat(bans.getTitleText()).isEqualTo("Access bans - Weerbaar");
        assertThat(bans.getElementById("inhoud").asNormalizedText()).contains("Access bans",
                "The bans in force today, the first to end at the top.", "Where", "Up to and including",
                "Legal basis", "Town hall", "Art. 174 Gemeentewet");

        HtmlPage ofProfile = browser.open("/perpetrators/" + profile + "/responses");
        assertThat(ofProfile.getTitleText()).isEqualTo("Interventions and access bans - Weerbaar");
        assertThat(ofProfile.getElementById("responses").asNormalizedText()).contains("Response", "Decided on",
                "Access ban", "In force", "Town hall, from " + TODAY + " up to and including " + TODAY.plusMonths(3));

        String repeat = reported();
        link(repeat, profile);
        assertThat(browser.open("/incidents/" + repeat + "/responses").getElementById("escalation-hint")
                .asNormalizedText()).contains("Repeat: done before about this person", "Access ban (chosen)",
                        "Next step on the ladder: a criminal complaint or an access ban.", "This is a suggestion");

        HtmlPage page = browser.open("/incidents/" + incident + "/responses");
        assertThat(page.getElementById("response-" + ban).asNormalizedText()).contains("Where\nTown hall",
                "In force\nYes", "Legal basis\nArt. 174 Gemeentewet");
        HtmlPage noReason = Browser.submit(page, "Lift ban");
        assertThat(noReason.getTitleText()).startsWith("Error: ");
        assertThat(noReason.getElementById("error-summary").asNormalizedText()).contains("Enter the reason for lifting");
        assertThat(noReason.getElementById("liftReason-" + ban + "-error").asNormalizedText())
                .contains("Enter the reason for lifting");

        // lifted meanwhile by someone else: the refusal on this page is in English too
        mvc.perform(MockMvcRequestBuilders.post("/api/interventions/" + ban + "/lifting").with(as("griffier"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "Excuses aangeboden"))))
                .andExpect(status().isOk());
        ((HtmlTextArea) noReason.getElementById("liftReason-" + ban)).setText("Toch opheffen");
        HtmlPage refused = Browser.submit(noReason, "Lift ban");
        assertThat(refused.getTitleText()).startsWith("Error: ");
        assertThat(refused.getElementById("error-summary").asNormalizedText())
                .contains("This access ban is not in force.");
    }

    @Test
    void theProtectionPageSpeaksEnglish() throws Exception {
        browser.logIn("griffier", "/protection");
        HtmlPage page = browser.open("/protection?lang=en");
        assertThat(page.getTitleText()).isEqualTo("Protection - Weerbaar");
        assertThat(page.getElementById("inhoud").asNormalizedText()).contains("Safety scans",
                "Request a safety scan", "Choose an official", "Requested on", "Measures against an acute threat",
                "Which measures", "Agreed with", "Public Prosecution Service", "Risk analyses of meetings",
                "Kind of meeting", "Public participation meeting", "Officials concerned (if the risks concern them)");

        HtmlPage noOfficial = Browser.submit(page, "Request scan");
        assertThat(noOfficial.getTitleText()).isEqualTo("Error: Protection - Weerbaar");
        // (the wording of a missing official is the incident module's: its bundle is asked first)
        assertThat(noOfficial.getElementById("scanOfficial-error")).isNotNull();
        assertThat(noOfficial.getElementById("error-summary").asNormalizedText())
                .contains("Enter the date of the request");
        assertThat(noOfficial.getElementById("requestedOn-error").asNormalizedText())
                .contains("Enter the date of the request");

        ((HtmlSelect) noOfficial.getElementById("threatOfficial")).setSelectedAttribute(ANNA.toString(), true);
        // words of its own: other tests look for their own measures on the same page
        ((HtmlTextArea) noOfficial.getElementById("what")).setText("Extra patrols near the home");
        ((HtmlInput) noOfficial.getElementById("measuresFrom")).setValue(TODAY.toString());
        ((HtmlInput) noOfficial.getElementById("measuresUntil")).setValue(TODAY.minusDays(1).toString());
        HtmlPage wrong = Browser.submit(noOfficial, "Record measures");
        assertThat(wrong.getElementById("error-summary").asNormalizedText())
                .contains("police and/or Public Prosecution Service", "The measures cannot end before they start");

        ((HtmlCheckBoxInput) wrong.getElementById("agreedWith-POLICE")).setChecked(true);
        ((HtmlInput) wrong.getElementById("measuresUntil")).setValue(TODAY.plusDays(14).toString());
        HtmlPage agreed = Browser.submit(wrong, "Record measures");
        assertThat(agreed.getTitleText()).isEqualTo("Protection - Weerbaar");
        assertThat(agreed.getElementById("inhoud").asNormalizedText()).contains("Measures for Anna de Vries",
                "From - to (inclusive)", "Reason for ending early", "End measures");
    }

    private String reported() throws Exception {
        Map<String, Object> report = Reports.valid();
        post("/api/incidents", "raadslid", report);
        return (String) report.get("incidentId");
    }

    private String choose(String incident, String type) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("officialConsulted", true);
        body.put("officialView", "Anna wil dat het ophoudt.");
        body.put("rationale", "Gerichte intimidatie.");
        body.put("scope", "TOWN_HALL");
        body.put("from", TODAY.toString());
        body.put("until", TODAY.plusMonths(3).toString());
        body.put("legalBasis", "Art. 174 Gemeentewet");
        return (String) JsonText.parse(post("/api/incidents/" + incident + "/interventions", "griffier", body))
                .get("interventionId");
    }

    private void link(String incident, String profile) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/incidents/" + incident + "/perpetrator").with(as("griffier"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("perpetratorId", profile))))
                .andExpect(status().is2xxSuccessful());
    }

    private String post(String path, String account, Map<String, ?> body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(as(account))
                        .contentType(MediaType.APPLICATION_JSON).content(json(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }
}
