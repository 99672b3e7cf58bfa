package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.query.NormsProjection;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The incident module's pages after the switch to English ({@code ?lang=en}, then kept by the cookie):
 * titles, headings, labels, buttons, field messages and refusals all in English.
 */
class IncidentPagesInEnglishTest extends PagesTest {

    @Autowired
    private ProjectionSync projections;

    @Test
    void anOfficialReportsInEnglishFromTheFormWithErrorsToTheIncidentPage() throws IOException {
        browser.logIn("raadslid", "/incidents/new");
        HtmlPage form = browser.open("/incidents/new?lang=en");
        assertThat(form.getTitleText()).isEqualTo("Report an incident - Weerbaar");
        assertThat(form.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(form.querySelector("h1").asNormalizedText()).isEqualTo("Report an incident");
        assertThat(form.querySelector("label[for=location]").asNormalizedText()).isEqualTo("Where did it happen? *");
        assertThat(form.querySelector("label[for=channel-PHONE]").asNormalizedText()).isEqualTo("Phone");
        assertThat(((DomElement) form.querySelector("abbr")).getAttribute("title")).isEqualTo("required");

        HtmlPage errors = Browser.submit(form, "Continue to check");
        assertThat(errors.getTitleText()).isEqualTo("Error: Report an incident - Weerbaar");
        assertThat(errors.getElementById("error-summary").asNormalizedText())
                .contains("Enter the date and time when it happened", "Enter where it happened",
                        "Choose how the incident reached you", "Choose at least one form of behaviour",
                        "Describe what happened");
        assertThat(errors.getElementById("location-error").asNormalizedText()).contains("Enter where it happened");

        fillIn(errors);
        HtmlPage check = Browser.submit(errors, "Continue to check");
        assertThat(check.getTitleText()).isEqualTo("Check your report - Weerbaar");
        assertThat(check.asNormalizedText()).contains("What happened", "Threat", "E-mail");

        HtmlPage confirmation = Browser.submit(check, "Send report");
        assertThat(confirmation.getTitleText()).isEqualTo("Report received - Weerbaar");
        assertThat(confirmation.asNormalizedText()).contains("Your reference is",
                "The clerk will contact you to discuss the incident.", "Then call 112.");
        String reference = confirmation.querySelector(".reference").asNormalizedText();

        HtmlPage incident = confirmation.getAnchorByText("View your report").click();
        assertThat(incident.getTitleText()).isEqualTo("Report " + reference + " - Weerbaar");
        assertThat(incident.asNormalizedText()).contains("Happened on", "3 November 2026, 09:15",
                "Anna de Vries (council member)", "Case handler", "Timeline", "Incident reported",
                "Back to the reports");
    }

    @Test
    void theClerkWorksOnTheRegisterTheIncidentAndItsPerpetratorProfileInEnglish() throws Exception {
        String incidentId = reported();
        browser.logIn("griffier", "/incidents");
        HtmlPage register = browser.open("/incidents?lang=en");
        assertThat(register.getTitleText()).isEqualTo("Reports - Weerbaar");
        assertThat(register.querySelector("h1").asNormalizedText()).isEqualTo("Incident register");
        assertThat(register.asNormalizedText()).contains("Reported from", "up to and including", "Reference", "Severity", "Case handler");

        HtmlPage incident = browser.open("/incidents/" + incidentId);
        assertThat(incident.asNormalizedText()).contains("Record the discussion and register", "Discussed with",
                "Agreed next step", "Close the incident", "How did it end?", "Perpetrator profile",
                "This incident is not linked to a perpetrator profile yet.", "Responses and measures");
        HtmlPage refused = Browser.submit(incident, "Record the discussion");
        assertThat(refused.getTitleText()).startsWith("Error: Report ");
        assertThat(refused.getElementById("error-summary").asNormalizedText())
                .contains("Choose with whom the incident was discussed", "Enter the agreed next step");

        HtmlPage profiles = browser.open("/perpetrators");
        assertThat(profiles.getTitleText()).isEqualTo("Perpetrator profiles - Weerbaar");
        assertThat(profiles.asNormalizedText()).contains("Search by name or account", "New perpetrator profile");
        HtmlPage form = browser.open("/perpetrators/new?incident=" + incidentId);
        assertThat(form.getTitleText()).isEqualTo("New perpetrator profile - Weerbaar");
        assertThat(form.asNormalizedText()).contains("The profile will be linked to report",
                "Social media accounts or e-mail addresses", "One per line.");
        ((HtmlInput) form.getElementById("name")).setValue("");
        ((HtmlTextArea) form.getElementById("handles")).setText("");
        ((HtmlTextArea) form.getElementById("description")).setText("");
        HtmlPage errors = Browser.submit(form, "Create profile and link it");
        assertThat(errors.getTitleText()).isEqualTo("Error: New perpetrator profile - Weerbaar");
        assertThat(errors.getElementById("name-error").asNormalizedText())
                .contains("Enter a name, an account or a description");

        ((HtmlInput) errors.getElementById("name")).setValue("Joe Sample");
        HtmlPage linked = Browser.submit(errors, "Create profile and link it");
        assertThat(linked.asNormalizedText()).contains("This incident is linked to the profile Joe Sample",
                "Undo the link", "Linked to a perpetrator profile");
        HtmlPage profile = linked.getAnchorByText("Joe Sample").click();
        assertThat(profile.getTitleText()).isEqualTo("Perpetrator profile - Weerbaar");
        assertThat(profile.asNormalizedText()).contains("Nature of the behaviour", "Reported",
                "View the interventions and access bans", "Search the other profile by name or account", "Back to the perpetrator profiles");
    }

    @Test
    void theAdministratorKeepsTheNormsAndTheRetentionInEnglish() throws Exception {
        assertThat(projections.awaitCaughtUp(NormsProjection.NAME)).isTrue();
        String incidentId = reported();
        browser.logIn("beheer", "/admin/norms");
        HtmlPage norms = browser.open("/admin/norms?lang=en");
        assertThat(norms.getTitleText()).isEqualTo("Norms framework - Weerbaar");
        assertThat(norms.asNormalizedText()).contains("Adopt a norm", "Valid from", "Retired");

        HtmlPage form = browser.open("/admin/norms/new");
        assertThat(form.getTitleText()).isEqualTo("Adopt a norm - Weerbaar");
        HtmlPage errors = Browser.submit(form, "Adopt the norm");
        assertThat(errors.getTitleText()).isEqualTo("Error: Adopt a norm - Weerbaar");
        assertThat(errors.getElementById("error-summary").asNormalizedText())
                .contains("Enter the code of the norm", "Describe the behaviour that crosses the boundary");

        String code = "E" + UUID.randomUUID().toString().substring(0, 8);
        ((HtmlInput) errors.getElementById("adoption-code")).setValue(code);
        ((HtmlInput) errors.getElementById("adoption-title")).setValue("Threats in the mailbox");
        ((HtmlTextArea) errors.getElementById("adoption-description")).setText("Threatening e-mails to officials");
        ((HtmlInput) errors.getElementById("adoption-adoptedOn")).setValue("2025-10-14");
        HtmlPage norm = Browser.submit(errors, "Adopt the norm");
        assertThat(norm.getTitleText()).isEqualTo("Norm " + code + " - Weerbaar");
        assertThat(norm.asNormalizedText()).contains("Current version", "Versions", "Change the norm",
                "Save new version", "Retire the norm", "Back to the norms framework");

        HtmlPage retention = browser.open("/admin/retention");
        assertThat(retention.getTitleText()).isEqualTo("Retention and erasure - Weerbaar");
        assertThat(retention.asNormalizedText()).contains("years after it is closed", "Legal hold", "Kept");
        String reference = jdbc.queryForObject(
                "SELECT reference FROM incident_register WHERE incident_id = ?::uuid", String.class, incidentId);
        HtmlPage entry = retention.getAnchorByText(reference).click();
        assertThat(entry.getTitleText()).isEqualTo("Retention and erasure " + reference + " - Weerbaar");
        HtmlPage noReason = Browser.submit(entry, "Erase personal data");
        assertThat(noReason.getTitleText()).startsWith("Error: ");
        assertThat(noReason.getElementById("erasure-reason-error").asNormalizedText())
                .contains("Enter the reason for erasing");

        ((HtmlTextArea) entry.getElementById("hold-reason")).setText("Criminal case pending");
        HtmlPage held = Browser.submit(entry, "Place a legal hold");
        assertThat(held.asNormalizedText()).contains("Lift the legal hold");
        HtmlPage again = Browser.submit(entry, "Place a legal hold");
        assertThat(again.getElementById("decision").asNormalizedText())
                .isEqualTo("There is already a legal hold on this incident.");
    }

    /** Anna reports an incident through the API; answers its id. */
    private String reported() throws Exception {
        Map<String, Object> report = Reports.valid();
        mvc.perform(post("/api/incidents").with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                .content(json(report))).andExpect(status().isCreated());
        return (String) report.get("incidentId");
    }

    private static void fillIn(HtmlPage form) {
        ((HtmlInput) form.getElementById("occurredDate")).setValue("2026-11-03");
        ((HtmlInput) form.getElementById("occurredTime")).setValue("09:15");
        ((HtmlInput) form.getElementById("location")).setValue("My mailbox");
        ((HtmlRadioButtonInput) form.getElementById("channel")).setChecked(true);
        ((HtmlCheckBoxInput) form.getElementById("behaviours-THREAT")).setChecked(true);
        ((HtmlTextArea) form.getElementById("description")).setText("Anonymous e-mail with abuse");
    }
}
