package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The case handlers' protective measures page: every form, its errors, and need-to-know by the official. */
class ProtectionPagesTest extends PagesTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

    @Test
    void theClerkRequestsAScanForAnnaRecordsItCarriedOutAndMarksAFollowUpDone() throws Exception {
        HtmlPage page = browser.logIn("griffier", "/protection");
        List<String> before = ids(page, "scan-");
        long events = eventCount();

        HtmlPage errors = Browser.submit(page, "Scan aanvragen");
        assertThat(errors.getTitleText()).startsWith("Fout: ");
        assertThat(errors.getElementById("error-summary").asNormalizedText()).contains("Kies de bestuurder");
        assertThat(errors.getElementById("scanOfficial-error")).isNotNull();
        assertThat(eventCount()).isEqualTo(events);

        HtmlSelect official = (HtmlSelect) errors.getElementById("scanOfficial");
        official.setSelectedAttribute(ANNA.toString(), true);
        ((HtmlInput) errors.getElementById("requestedOn")).setValue(TODAY);
        HtmlPage requested = Browser.submit(errors, "Scan aanvragen");
        assertThat(requested.getTitleText()).isEqualTo("Bescherming - Weerbaar");
        String scan = ids(requested, "scan-").stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
        assertThat(requested.getElementById("scan-" + scan).asNormalizedText())
                .contains("Anna de Vries", "Nog niet uitgevoerd");

        ((HtmlInput) requested.getElementById("carriedOutOn-" + scan)).setValue(TODAY);
        ((HtmlTextArea) requested.getElementById("adviceSummary-" + scan)).setText("Camera bij de voordeur.");
        ((HtmlTextArea) requested.getElementById("followUpActions-" + scan)).setText("Camera plaatsen\n\nRoute wijzigen");
        HtmlPage carriedOut = submitIn(requested.getElementById("carriedOutOn-" + scan), "Uitvoering vastleggen");
        assertThat(carriedOut.getElementById("scan-" + scan).asNormalizedText())
                .contains("Camera bij de voordeur.", "Camera plaatsen", "Route wijzigen")
                .doesNotContain("Nog niet uitgevoerd");

        ((HtmlInput) carriedOut.getElementById("doneOn-" + scan + "-0")).setValue(TODAY);
        HtmlPage done = submitIn(carriedOut.getElementById("doneOn-" + scan + "-0"), "Actie gedaan");
        assertThat(done.getElementById("scan-" + scan).asNormalizedText()).contains("gedaan op " + TODAY);
        assertThat(done.getElementById("doneOn-" + scan + "-0")).isNull();
        assertThat(done.getElementById("doneOn-" + scan + "-1")).isNotNull();

        try (Browser secretary = new Browser(mvc)) {
            assertThat(secretary.logIn("secretaris", "/protection").getElementById("scan-" + scan)).isNull();
        }
    }

    @Test
    void theClerkAgreesThreatMeasuresAndEndsThemEarly() throws Exception {
        HtmlPage page = browser.logIn("griffier", "/protection");
        ((HtmlSelect) page.getElementById("threatOfficial")).setSelectedAttribute(ANNA.toString(), true);
        ((HtmlTextArea) page.getElementById("what")).setText("Camerabewaking bij de woning");
        ((HtmlInput) page.getElementById("measuresFrom")).setValue(TODAY);
        ((HtmlInput) page.getElementById("measuresUntil")).setValue(LocalDate.parse(TODAY).plusDays(14).toString());
        long events = eventCount();

        HtmlPage errors = Browser.submit(page, "Maatregelen vastleggen");
        assertThat(errors.getTitleText()).startsWith("Fout: ");
        assertThat(errors.getElementById("error-summary").asNormalizedText()).contains("politie en/of OM");
        assertThat(((HtmlTextArea) errors.getElementById("what")).getText()).isEqualTo("Camerabewaking bij de woning");
        assertThat(eventCount()).isEqualTo(events);

        ((HtmlCheckBoxInput) errors.getElementById("agreedWith-POLICE")).setChecked(true);
        HtmlPage agreed = Browser.submit(errors, "Maatregelen vastleggen");
        assertThat(agreed.asNormalizedText()).contains("Maatregelen voor Anna de Vries", "Camerabewaking bij de woning");

        String threat = ids(agreed, "threat-").stream().filter(id -> agreed.getElementById("threat-" + id)
                .asNormalizedText().contains("Camerabewaking bij de woning")).findFirst().orElseThrow();
        HtmlPage noReason = submitIn(agreed.getElementById("endReason-" + threat), "Maatregelen beëindigen");
        assertThat(noReason.getTitleText()).startsWith("Fout: ");
        assertThat(noReason.getElementById("error-summary").asNormalizedText()).contains("Vul de reden van beëindigen in");
        assertThat(noReason.getElementById("endReason-" + threat + "-error")).isNotNull();
        ((HtmlTextArea) noReason.getElementById("endReason-" + threat)).setText("De dreiging is voorbij.");
        HtmlPage ended = submitIn(noReason.getElementById("endReason-" + threat), "Maatregelen beëindigen");
        assertThat(ended.getTitleText()).doesNotStartWith("Fout: ");
        assertThat(ended.asNormalizedText()).doesNotContain("Camerabewaking bij de woning");
    }

    @Test
    void theClerkRecordsAMeetingRiskAnalysis() throws Exception {
        HtmlPage page = browser.logIn("griffier", "/protection");
        ((HtmlRadioButtonInput) page.getElementById("meetingKind-PUBLIC_PARTICIPATION")).setChecked(true);
        ((HtmlInput) page.getElementById("meetingName")).setValue("Inspraak windpark");
        ((HtmlInput) page.getElementById("meetingOn")).setValue(TODAY);
        ((HtmlTextArea) page.getElementById("risksFound")).setText("Boze omwonenden verwacht.");
        ((HtmlTextArea) page.getElementById("measuresTaken")).setText("Twee beveiligers bij de deur.");
        ((HtmlCheckBoxInput) page.getElementById("analysisOfficials-" + ANNA)).setChecked(true);

        HtmlPage recorded = Browser.submit(page, "Risicoanalyse vastleggen");
        assertThat(recorded.getTitleText()).isEqualTo("Bescherming - Weerbaar");
        assertThat(recorded.asNormalizedText()).contains("Inspraakbijeenkomst: Inspraak windpark",
                "Twee beveiligers bij de deur.", "Anna de Vries");
    }

    @Test
    void fromAnIncidentTheClerkRequestsAScanLinkedToIt() throws Exception {
        Map<String, Object> report = Reports.valid();
        mvc.perform(MockMvcRequestBuilders.post("/api/incidents")
                        .with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(report)))
                .andExpect(status().isCreated());
        String incident = (String) report.get("incidentId");
        HtmlPage responses = browser.logIn("griffier", "/incidents/" + incident + "/responses");
        HtmlPage page = responses.getAnchorByText("Veiligheidsscan aanvragen of maatregelen bij acute dreiging vastleggen")
                .click();
        List<String> before = ids(page, "scan-");
        assertThat(((HtmlSelect) page.getElementById("scanOfficial")).getSelectedOptions())
                .extracting(option -> option.getValueAttribute()).containsExactly(ANNA.toString());
        assertThat(page.asNormalizedText()).contains("Naar aanleiding van voorval");

        ((HtmlInput) page.getElementById("requestedOn")).setValue(TODAY);
        HtmlPage requested = Browser.submit(page, "Scan aanvragen");
        assertThat(requested.getTitleText()).isEqualTo("Bescherming - Weerbaar");
        String scan = ids(requested, "scan-").stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
        assertThat(requested.getElementById("scan-" + scan).asNormalizedText()).contains("Naar aanleiding van");
        assertThat(jdbc.queryForObject("SELECT incident_id::text FROM safety_scans WHERE safety_scan_id = ?::uuid",
                String.class, scan)).isEqualTo(incident);

        try (Browser secretary = new Browser(mvc)) {
            assertThatThrownBy(() -> secretary.logIn("secretaris", "/protection?incident=" + incident))
                    .isInstanceOfSatisfying(FailingHttpStatusCodeException.class,
                            failure -> assertThat(failure.getStatusCode()).isEqualTo(404));
        }
    }

    @Test
    void anOfficialMayNotOpenThePage() {
        assertThatThrownBy(() -> browser.logIn("raadslid", "/protection"))
                .isInstanceOfSatisfying(FailingHttpStatusCodeException.class,
                        failure -> assertThat(failure.getStatusCode()).isEqualTo(403));
    }

    /** The ids of the scans or measures on the page, from their articles. */
    private static List<String> ids(HtmlPage page, String prefix) {
        return page.getByXPath("//article[starts-with(@id, '" + prefix + "')]").stream()
                .map(element -> ((HtmlElement) element).getId().substring(prefix.length())).toList();
    }

    /** Other tests leave measures on the page too, so the button is taken from the field's own form. */
    private static HtmlPage submitIn(DomElement field, String buttonText) throws IOException {
        HtmlForm form = ((HtmlElement) field).getEnclosingForm();
        for (HtmlElement button : form.getElementsByTagName("button")) {
            if (button.asNormalizedText().equals(buttonText)) {
                return ((HtmlButton) button).click();
            }
        }
        throw new AssertionError("no button '" + buttonText + "' in the form of " + field.getId());
    }
}
