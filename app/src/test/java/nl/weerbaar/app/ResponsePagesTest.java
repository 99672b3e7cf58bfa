package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.htmlunit.FailingHttpStatusCodeException;
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

/** The responses page of an incident, choosing and carrying out on it, the escalation hint, and the bans list. */
class ResponsePagesTest extends PagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void theClerkChoosesALetterOnlyAfterConsultingTheOfficialAndGetsItsPdf() throws Exception {
        String incident = reported();
        HtmlPage page = browser.logIn("griffier", "/incidents/" + incident + "/responses");
        ((HtmlRadioButtonInput) page.getElementById("type-CORRECTIVE_LETTER")).setChecked(true);
        HtmlPage form = Browser.submit(page, "Verder");
        fillLetter(form);
        long events = eventCount();

        HtmlPage errors = Browser.submit(form, "Besluit vastleggen");
        assertThat(errors.getTitleText()).startsWith("Fout: ");
        assertThat(errors.getElementById("error-summary").asNormalizedText())
                .contains("Het protocol vraagt de betrokken bestuurder te raadplegen");
        assertThat(errors.getElementById("officialConsulted-error")).isNotNull();
        assertThat(eventCount()).isEqualTo(events);

        ((HtmlCheckBoxInput) errors.getElementById("officialConsulted")).setChecked(true);
        HtmlPage listed = Browser.submit(errors, "Besluit vastleggen");
        assertThat(listed.getTitleText()).doesNotStartWith("Fout: ");
        assertThat(listed.asNormalizedText()).contains("Corrigerende brief", "gekozen", "Anna wil dat het ophoudt.",
                "Bij herhaling volgt een toegangsverbod.");

        HtmlPage preview = ((HtmlAnchor) listed.getAnchorByText("Brief bekijken")).click();
        assertThat(preview.asNormalizedText()).contains("Bij herhaling volgt een toegangsverbod.");
        Page pdf = ((HtmlAnchor) listed.getAnchorByText("Brief downloaden (PDF)")).click();
        assertThat(new String(pdf.getWebResponse().getContentAsStream().readNBytes(4))).isEqualTo("%PDF");
    }

    @Test
    void theOfficialSeesTheDecisionsReadOnlyAndAnotherOfficialNothing() throws Exception {
        String incident = reported();
        choose(incident, "CORRECTIVE_LETTER");

        HtmlPage page = browser.logIn("raadslid", "/incidents/" + incident + "/responses");
        assertThat(page.asNormalizedText()).contains("Corrigerende brief", "Anna wil dat het ophoudt.");
        assertThat(page.getForms()).allMatch(form -> form.getActionAttribute().endsWith("/logout"));
        assertThat(page.getAnchors()).noneMatch(anchor -> anchor.getHrefAttribute().contains("letter"));

        try (Browser other = new Browser(mvc)) {
            assertThatThrownBy(() -> other.logIn("raadslid2", "/incidents/" + incident + "/responses"))
                    .isInstanceOfSatisfying(FailingHttpStatusCodeException.class,
                            failure -> assertThat(failure.getStatusCode()).isEqualTo(404));
        }
    }

    @Test
    void theClerkCompletesOneInterventionAndCancelsAnother() throws Exception {
        String incident = reported();
        String conversation = choose(incident, "STOP_CONVERSATION");
        String letter = choose(incident, "CORRECTIVE_LETTER");
        HtmlPage page = browser.logIn("griffier", "/incidents/" + incident + "/responses");

        HtmlPage errors = Browser.submit(page, "Uitgevoerd");
        assertThat(errors.getTitleText()).startsWith("Fout: ");
        assertThat(errors.getElementById("error-summary").asNormalizedText()).contains("Beschrijf de uitkomst");

        ((HtmlTextArea) errors.getElementById("outcome-" + conversation)).setText("Gesprek gevoerd, excuses aangeboden");
        HtmlPage completed = Browser.submit(errors, "Uitgevoerd");
        assertThat(completed.asNormalizedText()).contains("uitgevoerd", "Gesprek gevoerd, excuses aangeboden");

        ((HtmlTextArea) completed.getElementById("reason-" + letter)).setText("Het gesprek was genoeg");
        HtmlPage cancelled = Browser.submit(completed, "Annuleren");
        assertThat(cancelled.asNormalizedText()).contains("geannuleerd", "Het gesprek was genoeg");
        assertThat(cancelled.getForms()).noneMatch(form -> form.getActionAttribute().contains("/interventions/"));
    }

    @Test
    void aRepeatShowsWhatWasDoneBeforeAndSuggestsTheNextStep() throws Exception {
        String profile = profile();
        String first = reported();
        link(first, profile);
        choose(first, "STOP_CONVERSATION");
        String second = reported();
        link(second, profile);

        HtmlPage page = browser.logIn("griffier", "/incidents/" + second + "/responses");
        String hint = page.getElementById("escalation-hint").asNormalizedText();
        assertThat(hint).contains("Stopgesprek", "een corrigerende brief");

        try (Browser official = new Browser(mvc)) {
            assertThat(official.logIn("raadslid", "/incidents/" + second + "/responses")
                    .getElementById("escalation-hint")).isNull();
        }
    }

    @Test
    void theBansListShowsABanInForce() throws Exception {
        String incident = reported();
        choose(incident, "ACCESS_BAN");

        HtmlPage page = browser.logIn("griffier", "/access-bans");
        assertThat(page.getAnchors()).anyMatch(anchor -> anchor.getHrefAttribute()
                .equals("/incidents/" + incident + "/responses"));
        assertThat(page.getElementById("inhoud").asNormalizedText()).contains("Art. 174 Gemeentewet");
    }

    @Test
    void theClerkLiftsABanOnlyWithAReason() throws Exception {
        String incident = reported();
        String ban = choose(incident, "ACCESS_BAN");
        HtmlPage page = browser.logIn("griffier", "/incidents/" + incident + "/responses");
        long events = eventCount();

        HtmlPage errors = Browser.submit(page, "Verbod opheffen");
        assertThat(errors.getTitleText()).startsWith("Fout: ");
        assertThat(errors.getElementById("error-summary").asNormalizedText()).contains("Vul de reden van opheffen in");
        assertThat(errors.getElementById("liftReason-" + ban + "-error")).isNotNull();
        assertThat(eventCount()).isEqualTo(events);

        ((HtmlTextArea) errors.getElementById("liftReason-" + ban)).setText("Excuses aangeboden, verbod niet meer nodig");
        HtmlPage lifted = Browser.submit(errors, "Verbod opheffen");
        assertThat(lifted.getTitleText()).doesNotStartWith("Fout: ");
        assertThat(lifted.getElementById("response-" + ban).asNormalizedText())
                .contains("Opgeheven", "Excuses aangeboden, verbod niet meer nodig");
        assertThat(lifted.getElementById("liftReason-" + ban)).isNull();
    }

    @Test
    void theClerkRecordsWhenTheLetterWasSent() throws Exception {
        String incident = reported();
        String letter = choose(incident, "CORRECTIVE_LETTER");
        HtmlPage page = browser.logIn("griffier", "/incidents/" + incident + "/responses");
        assertThat(page.getElementById("response-" + letter).asNormalizedText()).contains("Nog niet vastgelegd");

        ((HtmlInput) page.getElementById("sentOn-" + letter)).setValue(TODAY.toString());
        HtmlPage sent = Browser.submit(page, "Verzending vastleggen");
        assertThat(sent.getTitleText()).doesNotStartWith("Fout: ");
        assertThat(sent.getElementById("response-" + letter).asNormalizedText())
                .contains("Verstuurd op\n" + TODAY).doesNotContain("Nog niet vastgelegd");
        assertThat(sent.getElementById("sentOn-" + letter)).isNull();
    }

    @Test
    void theMayorRecordsWhoFiledTheComplaintAndIsToldWhatIsMissing() throws Exception {
        String incident = reported();
        String complaint = choose(incident, "CRIMINAL_COMPLAINT");
        HtmlPage page = browser.logIn("burgemeester", "/incidents/" + incident + "/responses");
        assertThat(page.getElementById("response-" + complaint).asNormalizedText())
                .contains("Aangifte gedaan\nNog niet vastgelegd");
        long events = eventCount();

        ((HtmlInput) page.getElementById("filedOn-" + complaint)).setValue(TODAY.plusDays(1).toString());
        HtmlPage errors = Browser.submit(page, "Aangifte vastleggen");
        assertThat(errors.getTitleText()).startsWith("Fout: ");
        assertThat(errors.getElementById("error-summary").asNormalizedText())
                .contains("Vul in wie de aangifte namens de gemeente deed");
        assertThat(errors.getElementById("filedBy-" + complaint + "-error")).isNotNull();
        assertThat(eventCount()).isEqualTo(events);

        ((HtmlInput) errors.getElementById("filedBy-" + complaint)).setValue("M. de Vries, griffier");
        ((HtmlInput) errors.getElementById("filedOn-" + complaint)).setValue(TODAY.plusDays(1).toString());
        HtmlPage future = Browser.submit(errors, "Aangifte vastleggen");
        assertThat(future.getElementById("error-summary").asNormalizedText())
                .contains("De aangifte kan niet in de toekomst zijn gedaan");

        ((HtmlInput) future.getElementById("filedBy-" + complaint)).setValue("M. de Vries, griffier");
        ((HtmlInput) future.getElementById("filedOn-" + complaint)).setValue(TODAY.toString());
        ((HtmlInput) future.getElementById("policeReference-" + complaint)).setValue("PL0100-2026-77");
        HtmlPage filed = Browser.submit(future, "Aangifte vastleggen");
        assertThat(filed.getTitleText()).doesNotStartWith("Fout: ");
        assertThat(filed.getElementById("response-" + complaint).asNormalizedText())
                .contains("Aangifte gedaan\n" + TODAY + " door M. de Vries, griffier", "PL0100-2026-77");
        assertThat(filed.getElementById("filedBy-" + complaint)).isNull();
    }

    private static void fillLetter(HtmlPage form) {
        ((HtmlTextArea) form.getElementById("officialView")).setText("Anna wil dat het ophoudt.");
        ((HtmlTextArea) form.getElementById("rationale")).setText("Gerichte intimidatie");
        ((HtmlCheckBoxInput) form.getElementById("involvedActors-POLICE")).setChecked(true);
        ((HtmlTextArea) form.getElementById("behaviour")).setText("U riep dat u weet waar het raadslid woont.");
        ((HtmlTextArea) form.getElementById("impact")).setText("Het raadslid voelt zich thuis niet veilig.");
        ((HtmlTextArea) form.getElementById("consequences")).setText("Bij herhaling volgt een toegangsverbod.");
        ((HtmlInput) form.getElementById("recipientName")).setValue("J. Jansen");
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
        body.put("conductedBy", "MAYOR");
        body.put("plannedOn", TODAY.plusDays(7).toString());
        body.put("behaviour", "U riep dat u weet waar het raadslid woont.");
        body.put("impact", "Het raadslid voelt zich thuis niet veilig.");
        body.put("consequences", "Bij herhaling volgt een toegangsverbod.");
        body.put("recipientName", "J. Jansen");
        body.put("scope", "TOWN_HALL");
        body.put("from", TODAY.toString());
        body.put("until", TODAY.plusMonths(3).toString());
        body.put("legalBasis", "Art. 174 Gemeentewet");
        body.put("vpt", true);
        return (String) JsonText.parse(post("/api/incidents/" + incident + "/interventions", "griffier", body))
                .get("interventionId");
    }

    private String profile() throws Exception {
        return (String) JsonText.parse(post("/api/perpetrators", "griffier",
                Map.of("name", "Kees Herhaal", "handles", List.of()))).get("perpetratorId");
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
