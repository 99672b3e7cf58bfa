package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.Map;
import org.htmlunit.FailingHttpStatusCodeException;
import nl.weerbaar.app.demo.DemoNorms;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Closing and reopening on the incident page; keeping and erasing on the administrator's pages. */
class DecisionPagesTest extends PagesTest {

    @Test
    void theCaseHandlerClosesAndReopensOnTheIncidentPage() throws Exception {
        String id = reported();
        HtmlPage incident = browser.logIn("griffier", "/incidents/" + id);

        HtmlPage errors = Browser.submit(incident, "Voorval sluiten");
        assertThat(errors.getTitleText()).startsWith("Fout: ");
        assertThat(errors.getElementById("error-summary").asNormalizedText())
                .contains("Kies hoe het voorval is afgelopen", "Vul een toelichting in");

        ((HtmlRadioButtonInput) errors.getElementById("outcome-RESOLVED")).setChecked(true);
        ((HtmlTextArea) errors.getElementById("reason")).setText("Stopgesprek gevoerd, afgesproken met het raadslid");
        HtmlPage closed = Browser.submit(errors, "Voorval sluiten");
        assertThat(closed.getTitleText()).doesNotStartWith("Fout: ");
        assertThat(closed.asNormalizedText()).contains("Gesloten", "Afgehandeld");

        ((HtmlTextArea) closed.getElementById("reason")).setText("Het gedrag herhaalt zich");
        HtmlPage reopened = Browser.submit(closed, "Heropenen");
        assertThat(reopened.querySelector(".caption").asNormalizedText()).isEqualTo("Gemeld");
    }

    @Test
    void theCaseHandlerRegistersAndAssessesAgainstTheNormsOnTheIncidentPage() throws Exception {
        String id = reported();
        HtmlPage incident = browser.logIn("griffier", "/incidents/" + id);
        assertThat(incident.getForms()).noneMatch(form -> form.getActionAttribute().endsWith("/assessments"));

        HtmlPage errors = Browser.submit(incident, "Bespreking vastleggen");
        assertThat(errors.getElementById("error-summary").asNormalizedText())
                .contains("Kies met wie het voorval is besproken", "Vul de datum en de tijd van de bespreking in",
                        "Vul de afgesproken vervolgstap in");
        ((HtmlCheckBoxInput) errors.getElementById("discussedWith-CLERK")).setChecked(true);
        ((HtmlInput) errors.getElementById("discussedDate")).setValue("2026-11-21");
        ((HtmlInput) errors.getElementById("discussedTime")).setValue("10:00");
        ((HtmlTextArea) errors.getElementById("agreedNextStep")).setText("Stopgesprek door de burgemeester");
        HtmlPage registered = Browser.submit(errors, "Bespreking vastleggen");
        assertThat(registered.querySelector(".caption").asNormalizedText()).isEqualTo("Geregistreerd");

        ((HtmlRadioButtonInput) registered.getElementById("behaviourType-INSTRUMENTAL")).setChecked(true);
        ((HtmlRadioButtonInput) registered.getElementById("severity-HIGH")).setChecked(true);
        ((HtmlCheckBoxInput) registered.getElementById("norm-" + DemoNorms.id("N2"))).setChecked(true);
        ((HtmlTextArea) registered.getElementById("rationale")).setText("Bewust dreigend, herhaald");
        HtmlPage assessed = Browser.submit(registered, "Beoordeling vastleggen");

        assertThat(assessed.querySelector(".caption").asNormalizedText()).isEqualTo("Beoordeeld");
        assertThat(assessed.asNormalizedText()).contains("Snel reageren", "Instrumenteel", "N2", "(versie 1)",
                "Voorval gemeld", "Besproken", "Beoordeeld", "door griffier (griffier)");
    }

    @Test
    void theIncidentPageSuggestsTheProfileWhoseNameWasReportedAndLinksIt() throws Exception {
        String name = "Jóhan Kwaadwillig " + java.util.UUID.randomUUID();
        mvc.perform(post("/api/perpetrators").with(as("griffier")).contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("name", name)))).andExpect(status().isCreated());
        Map<String, Object> report = Reports.valid();
        report.put("perpetrator", Map.of("name", name.replace("Jó", "jo")));
        mvc.perform(post("/api/incidents").with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                .content(json(report))).andExpect(status().isCreated());

        HtmlPage incident = browser.logIn("griffier", "/incidents/" + report.get("incidentId"));
        assertThat(incident.getElementById("perpetrator").asNormalizedText()).contains(name);
        HtmlPage linked = Browser.submit(incident, "Koppelen");

        assertThat(linked.getUrl().getPath()).isEqualTo("/incidents/" + report.get("incidentId"));
        assertThat(linked.asNormalizedText()).contains("Gekoppeld aan een daderprofiel");
    }

    @Test
    void anOfficialSeesNoDecisionForms() throws Exception {
        String id = reported();
        HtmlPage incident = browser.logIn("raadslid", "/incidents/" + id);
        assertThat(incident.getForms()).noneMatch(form -> form.getActionAttribute().contains("/closure"));
    }

    @Test
    void theAdministratorErasesWithAReasonAndSeesNoContent() throws Exception {
        String id = reported();
        HtmlPage list = browser.logIn("beheer", "/admin/retention");
        assertThat(list.getTitleText()).isEqualTo("Bewaren en wissen - Weerbaar");
        assertThat(list.asNormalizedText()).doesNotContain("Een bezoeker op de publieke tribune");

        HtmlPage entry = browser.open("/admin/retention/" + id);
        HtmlPage errors = Browser.submit(entry, "Persoonsgegevens wissen");
        assertThat(errors.getTitleText()).startsWith("Fout: ");
        assertThat(errors.getElementById("erasure-reason-error").asNormalizedText())
                .contains("Vul de reden voor het wissen in");

        ((HtmlTextArea) errors.getElementById("erasure-reason")).setText("Verzoek tot verwijdering");
        HtmlPage erased = Browser.submit(errors, "Persoonsgegevens wissen");
        assertThat(erased.asNormalizedText()).contains("Gewist op");
    }

    @Test
    void aLegalHoldIsPlacedAndStopsAnErasureUntilLifted() throws Exception {
        String id = reported();
        HtmlPage entry = browser.logIn("beheer", "/admin/retention/" + id);
        ((HtmlTextArea) entry.getElementById("hold-reason")).setText("Strafzaak loopt");
        HtmlPage held = Browser.submit(entry, "Bewaarplicht instellen");

        assertThat(held.getForms()).noneMatch(form -> form.getActionAttribute().endsWith("/erasure"));
        ((HtmlTextArea) held.getElementById("hold-reason")).setText("Strafzaak afgerond");
        HtmlPage lifted = Browser.submit(held, "Bewaarplicht opheffen");
        assertThat(lifted.getForms()).anyMatch(form -> form.getActionAttribute().endsWith("/erasure"));
    }

    @Test
    void onlyTheAdministratorOpensTheRetentionPages() throws IOException {
        browser.logIn("burgemeester", "/incidents");
        try {
            browser.open("/admin/retention");
            throw new AssertionError("the mayor opened the retention pages");
        } catch (FailingHttpStatusCodeException refused) {
            assertThat(refused.getStatusCode()).isEqualTo(403);
        }
    }

    private String reported() throws Exception {
        Map<String, Object> report = Reports.valid();
        mvc.perform(post("/api/incidents").with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                .content(json(report))).andExpect(status().isCreated());
        return (String) report.get("incidentId");
    }
}
