package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;

/** The report form as a browser without JavaScript uses it: login, errors, check your answers, confirmation. */
class IncidentPagesTest extends PagesTest {

    @Test
    void submittingAnEmptyFormShowsAnErrorSummaryAndAMessageAtEachField() throws IOException {
        HtmlPage form = logIn("raadslid", "/incidents/new");
        assertThat(form.getTitleText()).isEqualTo("Voorval melden - Weerbaar");

        HtmlPage errors = submit(form, "Verder naar controleren");

        assertThat(errors.getTitleText()).startsWith("Fout: ");
        DomElement summary = errors.getElementById("error-summary");
        assertThat(summary).isNotNull();
        List<String> links = summary.querySelectorAll("a").stream()
                .map(link -> ((HtmlAnchor) link).getHrefAttribute()).toList();
        assertThat(links).containsExactly("#occurredDate", "#location", "#channel",
                "#behaviours-VERBAL_AGGRESSION", "#description");
        for (String anchor : links) {
            assertThat(errors.getElementById(anchor.substring(1))).as(anchor).isNotNull();
        }
        assertThat(errors.getElementById("description-error").asNormalizedText())
                .contains("Beschrijf wat er is gebeurd");
        assertThat(errors.getElementById("location-error").asNormalizedText()).contains("Vul in waar het gebeurde");
        assertThat(((HtmlInput) errors.getElementById("location")).getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aValidReportIsCheckedThenConfirmedWithItsReference() throws IOException {
        long events = eventCount();
        HtmlPage form = logIn("raadslid", "/incidents/new");
        fillIn(form);

        HtmlPage check = submit(form, "Verder naar controleren");
        assertThat(check.getElementById("error-summary")).as(check.asNormalizedText()).isNull();
        assertThat(check.getTitleText()).isEqualTo("Controleer uw melding - Weerbaar");
        assertThat(check.asNormalizedText()).contains("Anonieme e-mail met scheldwoorden", "Bedreiging", "E-mail");
        assertThat(eventCount()).as("nothing is stored before confirming").isEqualTo(events);

        HtmlPage confirmation = submit(check, "Melding versturen");
        assertThat(confirmation.getTitleText()).isEqualTo("Melding ontvangen - Weerbaar");
        String reference = confirmation.querySelector(".reference").asNormalizedText();
        assertThat(reference).matches("\\d{4}-\\d{4}");
        assertThat(confirmation.asNormalizedText()).contains("griffier");

        HtmlPage incident = confirmation.getAnchorByText("Bekijk uw melding").click();
        assertThat(incident.getTitleText()).isEqualTo("Melding " + reference + " - Weerbaar");
        assertThat(incident.asNormalizedText()).contains("Anonieme e-mail met scheldwoorden", "Anna de Vries");
    }

    @Test
    void changingAnAnswerReturnsToTheFilledForm() throws IOException {
        HtmlPage form = logIn("raadslid", "/incidents/new");
        fillIn(form);
        HtmlPage check = submit(form, "Verder naar controleren");

        HtmlPage again = submit(check, "Melding wijzigen");

        assertThat(again.getTitleText()).isEqualTo("Voorval melden - Weerbaar");
        assertThat(((HtmlTextArea) again.getElementById("description")).getText())
                .isEqualTo("Anonieme e-mail met scheldwoorden");
        assertThat(((HtmlCheckBoxInput) again.getElementById("behaviours-THREAT")).isChecked()).isTrue();
    }

    @Test
    void submittingTheCheckPageTwiceCreatesOneIncident() throws IOException {
        HtmlPage form = logIn("raadslid", "/incidents/new");
        fillIn(form);
        HtmlPage check = submit(form, "Verder naar controleren");
        long events = eventCount();

        HtmlPage first = submit(check, "Melding versturen");
        HtmlPage second = submit(check, "Melding versturen");

        assertThat(eventCount()).isEqualTo(events + 1);
        assertThat(second.getUrl()).isEqualTo(first.getUrl());
        assertThat(second.querySelector(".reference").asNormalizedText())
                .isEqualTo(first.querySelector(".reference").asNormalizedText());
    }

    @Test
    void aFutureDateIsRefusedAtTheDateField() throws IOException {
        HtmlPage form = logIn("raadslid", "/incidents/new");
        fillIn(form);
        ((HtmlInput) form.getElementById("occurredDate")).setValue(LocalDate.now().plusDays(2).toString());

        HtmlPage errors = submit(form, "Verder naar controleren");

        assertThat(errors.getElementById("occurredDate-error").asNormalizedText())
                .contains("mogen niet in de toekomst liggen");
    }

    @Test
    void caseHandlerChoosesTheOfficialAndReportsOnTheirBehalf() throws IOException {
        HtmlPage form = logIn("griffier", "/incidents/new");
        HtmlSelect official = (HtmlSelect) form.getElementById("officialId");
        official.setSelectedAttribute(BRAM.toString(), true);
        fillIn(form);

        HtmlPage confirmation = submit(submit(form, "Verder naar controleren"), "Melding versturen");

        assertThat(confirmation.getTitleText()).isEqualTo("Melding ontvangen - Weerbaar");
        HtmlPage register = browser.open("/incidents");
        assertThat(register.getTitleText()).isEqualTo("Meldingen - Weerbaar");
        assertThat(register.asNormalizedText()).contains("Incidentenregister", "Bram Bakker",
                confirmation.querySelector(".reference").asNormalizedText());
    }

    @Test
    void anotherOfficialsIncidentPageIsNotFound() throws IOException {
        HtmlPage form = logIn("raadslid", "/incidents/new");
        fillIn(form);
        HtmlPage incident = submit(submit(form, "Verder naar controleren"), "Melding versturen")
                .getAnchorByText("Bekijk uw melding").click();
        String path = incident.getUrl().getPath();
        browser.close();
        browser = new Browser(mvc);

        logIn("raadslid2", "/incidents");
        try {
            browser.open(path);
            throw new AssertionError("raadslid2 could open " + path);
        } catch (FailingHttpStatusCodeException notFound) {
            assertThat(notFound.getStatusCode()).isEqualTo(404);
            assertThat(notFound.getResponse().getContentAsString()).contains("Pagina niet gevonden");
        }
    }

    @Test
    void theLoginPageRefusesAWrongPasswordWithAnErrorSummary() throws IOException {
        HtmlPage login = browser.open("/incidents");
        ((HtmlInput) login.getElementById("username")).setValue("raadslid");
        ((HtmlInput) login.getElementById("password")).setValue("fout");

        HtmlPage again = submit(login, "Inloggen");

        assertThat(again.getTitleText()).startsWith("Fout: ");
        assertThat(again.getElementById("error-summary").asNormalizedText())
                .contains("De gebruikersnaam of het wachtwoord klopt niet");
    }

    private HtmlPage logIn(String username, String path) throws IOException {
        return browser.logIn(username, path);
    }

    private static void fillIn(HtmlPage form) {
        ((HtmlInput) form.getElementById("occurredDate")).setValue("2026-11-03");
        // A morning hour: HtmlUnit's time input parses 12-hour style and drops 13:00 and later.
        ((HtmlInput) form.getElementById("occurredTime")).setValue("09:15");
        ((HtmlInput) form.getElementById("location")).setValue("Mijn mailbox");
        ((HtmlRadioButtonInput) form.getElementById("channel")).setChecked(true);
        ((HtmlCheckBoxInput) form.getElementById("behaviours-THREAT")).setChecked(true);
        ((HtmlTextArea) form.getElementById("description")).setText("Anonieme e-mail met scheldwoorden");
    }

    private static HtmlPage submit(HtmlPage page, String buttonText) throws IOException {
        return Browser.submit(page, buttonText);
    }
}
