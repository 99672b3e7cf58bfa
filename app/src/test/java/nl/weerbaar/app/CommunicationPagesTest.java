package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
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

/** The communication page of an incident (decisions, execution, corrections) and the briefing page. */
class CommunicationPagesTest extends PagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void theClerkRecordsAJointDecisionOnlyWithTheOfficialsAgreementAndThenItsExecution() throws Exception {
        String incident = reported();
        HtmlPage incidentPage = browser.logIn("griffier", "/incidents/" + incident);
        HtmlPage page = ((HtmlAnchor) incidentPage.getAnchorByText("Communicatie")).click();
        assertThat(page.getElementById("nothing-communicated").asNormalizedText())
                .contains("er wordt niets gecommuniceerd");
        for (String participant : List.of("OFFICIAL", "MAYOR", "CLERK")) {
            ((HtmlCheckBoxInput) page.getElementById("participants-" + participant)).setChecked(true);
        }
        ((HtmlCheckBoxInput) page.getElementById("internalAudiences-PARTY_LEADERS")).setChecked(true);
        ((HtmlRadioButtonInput) page.getElementById("external-true")).setChecked(true);
        long events = eventCount();

        HtmlPage errors = Browser.submit(page, "Besluit vastleggen");
        assertThat(errors.getTitleText()).startsWith("Fout: ");
        assertThat(errors.getElementById("error-summary").asNormalizedText())
                .contains("Zonder instemming van de betrokken bestuurder wordt er niet gecommuniceerd",
                        "Beschrijf in welke vorm extern wordt gecommuniceerd", "Leg uit waarom zo is besloten");
        assertThat(errors.getElementById("officialAgreed-error")).isNotNull();
        assertThat(((HtmlCheckBoxInput) errors.getElementById("internalAudiences-PARTY_LEADERS")).isChecked()).isTrue();
        assertThat(eventCount()).isEqualTo(events);

        ((HtmlCheckBoxInput) errors.getElementById("officialAgreed")).setChecked(true);
        ((HtmlTextArea) errors.getElementById("externalForm")).setText("Verklaring op de website");
        ((HtmlTextArea) errors.getElementById("rationale")).setText("Anna wil dat het bekend wordt.");
        HtmlPage decided = Browser.submit(errors, "Besluit vastleggen");
        assertThat(decided.getTitleText()).doesNotStartWith("Fout: ");
        assertThat(decided.asNormalizedText()).contains("Fractievoorzitters", "Verklaring op de website",
                "Anna wil dat het bekend wordt.", "Nog niet vastgelegd", "Besluit herzien");

        HtmlPage executionErrors = Browser.submit(decided, "Uitvoering vastleggen");
        assertThat(executionErrors.getElementById("error-summary").asNormalizedText())
                .contains("Vul de datum van uitvoering in", "Vul in door wie het besluit is uitgevoerd");
        HtmlInput executedOn = executionErrors.querySelector("input[name=executedOn]");
        executedOn.setValue(TODAY.toString());
        ((HtmlInput) executionErrors.querySelector("input[name=executedBy]")).setValue("De burgemeester, in het overleg");
        HtmlPage executed = Browser.submit(executionErrors, "Uitvoering vastleggen");
        assertThat(executed.asNormalizedText()).contains("De burgemeester, in het overleg");
        assertThat(executed.getForms()).noneMatch(form -> form.getActionAttribute().endsWith("/execution"));
    }

    @Test
    void theOfficialSeesTheDecisionsReadOnlyAndAnotherOfficialNothing() throws Exception {
        String incident = reported();
        post("/api/incidents/" + incident + "/communication-decisions", "griffier",
                CommunicationApiTest.decision(List.of("COUNCIL"), false));

        HtmlPage page = browser.logIn("raadslid", "/incidents/" + incident + "/communication");
        assertThat(page.asNormalizedText()).contains("De voltallige raad", "Anna wil dat de fractievoorzitters het weten.",
                "wordt afgeraden");
        assertThat(page.getForms()).allMatch(form -> form.getActionAttribute().endsWith("/logout"));

        try (Browser other = new Browser(mvc)) {
            assertThatThrownBy(() -> other.logIn("raadslid2", "/incidents/" + incident + "/communication"))
                    .isInstanceOfSatisfying(FailingHttpStatusCodeException.class,
                            failure -> assertThat(failure.getStatusCode()).isEqualTo(404));
        }
    }

    @Test
    void theClerkAsksForACorrectionWhichIsApprovedAndPublished() throws Exception {
        String incident = reported();
        HtmlPage page = browser.logIn("griffier", "/incidents/" + incident + "/communication");
        assertThat(page.getElementById("correction-reminder").asNormalizedText())
                .contains("(extreem) negatieve reacties", "wordt afgeraden", "aperte onjuistheden");

        HtmlPage errors = Browser.submit(page, "Correctie vragen");
        assertThat(errors.getElementById("error-summary").asNormalizedText())
                .contains("Vul in waar de onjuistheid staat", "Beschrijf wat er onjuist is", "Stel de correctie voor");
        ((HtmlInput) errors.getElementById("where")).setValue("Facebook, groep Assen Nieuws");
        ((HtmlTextArea) errors.getElementById("falsehood")).setText("Het raadslid zou zijn veroordeeld.");
        ((HtmlTextArea) errors.getElementById("proposedCorrection")).setText("Dat is onjuist.");
        HtmlPage requested = Browser.submit(errors, "Correctie vragen");
        assertThat(requested.asNormalizedText()).contains("Correctie (aangevraagd)", "Het raadslid zou zijn veroordeeld.");

        ((HtmlInput) requested.querySelector("input[name=approvedOn]")).setValue(TODAY.toString());
        HtmlPage approved = Browser.submit(requested, "Goedkeuring vastleggen");
        assertThat(approved.asNormalizedText()).contains("goedgekeurd, nog niet gepubliceerd");
        ((HtmlInput) approved.querySelector("input[name=publishedOn]")).setValue(TODAY.toString());
        HtmlPage published = Browser.submit(approved, "Publicatie vastleggen");
        assertThat(published.asNormalizedText()).contains("Correctie (gepubliceerd)");
    }

    @Test
    void theMayorIsNotOfferedToAskForACorrection() throws Exception {
        String incident = reported();
        HtmlPage page = browser.logIn("burgemeester", "/incidents/" + incident + "/communication");
        assertThat(page.getForms()).noneMatch(form -> form.getActionAttribute().endsWith("/falsehood-corrections"));
    }

    @Test
    void theCouncilReviewerReadsTheBriefingAndDownloadsItsPdf() throws Exception {
        HtmlPage page = browser.logIn("raad", "/briefings/party-leaders");
        assertThat(page.getTitleText()).isEqualTo("Briefing fractievoorzitters - Weerbaar");
        assertThat(page.asNormalizedText()).contains("geanonimiseerd", "Aantal voorvallen:", "Briefing fractievoorzitters, ",
                " tot en met ");
        assertThat(page.getAnchorByText("Briefing fractievoorzitters")).isNotNull();
        Page pdf = ((HtmlAnchor) page.getAnchorByText("Briefing downloaden (PDF)")).click();
        assertThat(new String(pdf.getWebResponse().getContentAsStream().readNBytes(4))).isEqualTo("%PDF");

        ((HtmlInput) page.getElementById("from")).setValue("2026-11-20");
        ((HtmlInput) page.getElementById("to")).setValue("2026-11-01");
        HtmlPage errors = Browser.submit(page, "Toon");
        assertThat(errors.getTitleText()).startsWith("Fout: ");
        assertThat(errors.getElementById("error-summary").asNormalizedText())
                .contains("De einddatum ligt voor de begindatum");

        try (Browser official = new Browser(mvc)) {
            assertThatThrownBy(() -> official.logIn("raadslid", "/briefings/party-leaders"))
                    .isInstanceOfSatisfying(FailingHttpStatusCodeException.class,
                            failure -> assertThat(failure.getStatusCode()).isEqualTo(403));
        }
    }

    // ---------------------------------------------------------------- helpers

    private String reported() throws Exception {
        Map<String, Object> report = Reports.valid();
        post("/api/incidents", "raadslid", report);
        return (String) report.get("incidentId");
    }

    private void post(String path, String account, Map<String, ?> body) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post(path).with(as(account)).contentType(MediaType.APPLICATION_JSON)
                .content(json(body))).andExpect(status().is2xxSuccessful());
    }
}
