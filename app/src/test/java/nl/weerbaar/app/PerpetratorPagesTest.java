package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The profile pages, and the incident's perpetrator section (shown on the page for the incident's
 * profile, {@code /perpetrators?incident=}, the same fragment the incident page includes).
 */
class PerpetratorPagesTest extends PagesTest {

    @Test
    void aCaseHandlerCreatesAProfileAfterCorrectingTheForm() throws IOException {
        String name = "Karel " + token();
        HtmlPage form = browser.logIn("griffier", "/perpetrators/new");
        assertThat(form.getTitleText()).isEqualTo("Nieuw daderprofiel - Weerbaar");

        HtmlPage errors = Browser.submit(form, "Profiel aanmaken");
        assertThat(errors.getTitleText()).startsWith("Fout: ");
        assertThat(errors.getElementById("error-summary").querySelectorAll("a").stream()
                .map(link -> ((HtmlAnchor) link).getHrefAttribute()).toList()).containsExactly("#name");
        assertThat(errors.getElementById("name-error").asNormalizedText())
                .contains("Vul een naam, een account of een beschrijving in");

        ((HtmlInput) errors.getElementById("name")).setValue(name);
        ((HtmlTextArea) errors.getElementById("handles")).setText("@karel\n\n@karel_k");
        HtmlPage profile = Browser.submit(errors, "Profiel aanmaken");

        assertThat(profile.getUrl().getPath()).startsWith("/perpetrators/");
        assertThat(profile.querySelector("h1").asNormalizedText()).isEqualTo(name);
        assertThat(profile.asNormalizedText()).contains("@karel", "@karel_k",
                "Er zijn nog geen voorvallen aan dit profiel gekoppeld.",
                "Interventies en toegangsverboden");
        HtmlPage list = browser.open("/perpetrators?q=" + name.toUpperCase().replace(' ', '+'));
        assertThat(list.asNormalizedText()).contains(name);
    }

    @Test
    void aSuggestedCandidateIsLinkedAndTheNextIncidentIsMarkedARepeat() throws Exception {
        String token = token();
        String profile = profile("Jörgen " + token);
        String first = reported("jorgen " + token);
        HtmlPage section = griffierOpens("/perpetrators?incident=" + first);
        assertThat(section.getElementById("perpetrator-candidates").asNormalizedText()).contains("Jörgen " + token);

        HtmlPage incident = Browser.submit(section, "Koppelen");
        assertThat(incident.getUrl().getPath()).isEqualTo("/incidents/" + first);

        HtmlPage linked = browser.open("/perpetrators?incident=" + first);
        assertThat(((HtmlAnchor) linked.getElementById("perpetrator-profile")).getHrefAttribute())
                .isEqualTo("/perpetrators/" + profile);
        assertThat(linked.getElementById("perpetrator-repeat")).as("a first incident is no repeat").isNull();

        String second = reported("Jorgen " + token);
        Browser.submit(browser.open("/perpetrators?incident=" + second), "Koppelen");
        HtmlPage repeat = browser.open("/perpetrators?incident=" + second);
        assertThat(repeat.getElementById("perpetrator-repeat").asNormalizedText())
                .contains("Herhaling: eerder 1 voorval(len) van deze persoon", reference(first));

        HtmlPage profilePage = browser.open("/perpetrators/" + profile);
        assertThat(profilePage.getElementById("incidents").asNormalizedText())
                .contains(reference(first), reference(second));
    }

    @Test
    void aProfileFoundBySearchIsLinkedAndAnUnlinkNeedsAReason() throws Exception {
        String token = token();
        profile("Zoë " + token);
        String incident = reported(null);
        HtmlPage section = griffierOpens("/perpetrators?incident=" + incident);
        assertThat(section.getElementById("perpetrator-candidates")).isNull();

        ((HtmlInput) section.getElementById("perpetrator-q")).setValue("zoe " + token);
        HtmlPage results = Browser.submit(section, "Profiel zoeken");
        assertThat(results.getElementById("results").asNormalizedText()).contains("Zoë " + token);
        Browser.submit(results, "Koppelen");

        HtmlPage linked = browser.open("/perpetrators?incident=" + incident);
        HtmlPage errors = Browser.submit(linked, "Ontkoppelen");
        assertThat(errors.getTitleText()).startsWith("Fout: ");
        assertThat(errors.getElementById("error-summary").asNormalizedText())
                .contains("Vul in waarom de koppeling niet klopt");
        assertThat(errors.getElementById("perpetrator-unlink-reason-error")).isNotNull();

        ((HtmlTextArea) errors.getElementById("perpetrator-unlink-reason")).setText("Een naamgenoot");
        assertThat(Browser.submit(errors, "Ontkoppelen").getUrl().getPath()).isEqualTo("/incidents/" + incident);
        assertThat(browser.open("/perpetrators?incident=" + incident).asNormalizedText())
                .contains("Dit voorval is nog niet aan een daderprofiel gekoppeld.");
    }

    @Test
    void aNewProfileOpenedFromAnIncidentStartsWithTheReportAndIsLinked() throws Exception {
        String name = "Ingrid " + token();
        String incident = reported(name);
        HtmlPage section = griffierOpens("/perpetrators?incident=" + incident);

        HtmlPage form = section.getAnchorByText("Nieuw daderprofiel aanmaken en koppelen").click();
        assertThat(((HtmlInput) form.getElementById("name")).getValue()).isEqualTo(name);
        HtmlPage back = Browser.submit(form, "Profiel aanmaken en koppelen");

        assertThat(back.getUrl().getPath()).isEqualTo("/incidents/" + incident);
        assertThat(browser.open("/perpetrators?incident=" + incident).getElementById("perpetrator-profile")
                .asNormalizedText()).isEqualTo(name);
    }

    @Test
    void twoProfilesOfOnePersonAreMergedOnTheProfilePage() throws Exception {
        String token = token();
        String survivor = profile("Bas " + token);
        profile("B. " + token + "-alias");
        HtmlPage page = browser.logIn("griffier", "/perpetrators/" + survivor);

        ((HtmlInput) page.getElementById("merge-q")).setValue(token + "-alias");
        HtmlPage found = Browser.submit(page, "Profiel zoeken");
        HtmlPage merged = Browser.submit(found, "Samenvoegen met dit profiel");

        assertThat(merged.getUrl().getPath()).isEqualTo("/perpetrators/" + survivor);
        assertThat(merged.getElementById("merged-profiles").asNormalizedText()).contains("B. " + token + "-alias");
    }

    @Test
    void theAdministratorErasesAProfileWithoutSeeingIt() throws Exception {
        String name = "Geheim " + token();
        String id = profile(name);
        HtmlPage page = browser.logIn("beheer", "/perpetrators/" + id);
        assertThat(page.getTitleText()).isEqualTo("Daderprofiel wissen - Weerbaar");
        assertThat(page.asNormalizedText()).doesNotContain(name);

        HtmlPage errors = Browser.submit(page, "Persoonsgegevens wissen");
        assertThat(errors.getElementById("erasure-reason-error").asNormalizedText())
                .contains("Vul de reden voor het wissen in");
        ((HtmlTextArea) errors.getElementById("erasure-reason")).setText("Verzoek van betrokkene");
        HtmlPage erased = Browser.submit(errors, "Persoonsgegevens wissen");

        assertThat(erased.asNormalizedText()).contains("Gewist op");
        assertThat(erased.getForms()).noneMatch(form -> form.getActionAttribute().endsWith("/erasure"));
    }

    @Test
    void onlyCaseHandlersSeeProfilesInTheMenuAndOpenThem() throws IOException {
        assertThat(browser.logIn("griffier", "/incidents").getAnchorByText("Daderprofielen").getHrefAttribute())
                .isEqualTo("/perpetrators");
        browser.close();
        browser = new Browser(mvc);

        HtmlPage official = browser.logIn("raadslid", "/incidents");
        assertThat(official.getAnchors()).noneMatch(anchor -> anchor.asNormalizedText().equals("Daderprofielen"));
        for (String path : List.of("/perpetrators", "/perpetrators/new", "/perpetrators/" + UUID.randomUUID())) {
            assertThatThrownBy(() -> browser.open(path)).as(path)
                    .isInstanceOfSatisfying(FailingHttpStatusCodeException.class,
                            refused -> assertThat(refused.getStatusCode()).isEqualTo(403));
        }
    }

    /** The login page returns to a path without its query, so the page with one is opened after. */
    private HtmlPage griffierOpens(String pathWithQuery) throws IOException {
        browser.logIn("griffier", "/perpetrators");
        return browser.open(pathWithQuery);
    }

    private String profile(String name) throws Exception {
        String answer = mvc.perform(post("/api/perpetrators").with(as("griffier"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("name", name))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return (String) JsonText.parse(answer).get("perpetratorId");
    }

    /** Anna reports an incident, naming the perpetrator (or not); answers its id. */
    private String reported(String perpetratorName) throws Exception {
        Map<String, Object> report = Reports.valid();
        report.remove("perpetrator");
        if (perpetratorName != null) {
            report.put("perpetrator", Map.of("name", perpetratorName));
        }
        mvc.perform(post("/api/incidents").with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                .content(json(report))).andExpect(status().isCreated());
        return (String) report.get("incidentId");
    }

    private String reference(String incidentId) {
        return jdbc.queryForObject("SELECT reference FROM incident_register WHERE incident_id = ?::uuid",
                String.class, incidentId);
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
