package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.query.NormsProjection;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator's pages for the norms framework: adopt, reword and retire a norm. */
class NormPagesTest extends PagesTest {

    @Autowired
    private ProjectionSync projections;

    /** The demo norms are adopted at start-up; their projection may lag a moment behind. */
    @BeforeEach
    void awaitTheDemoNorms() {
        assertThat(projections.awaitCaughtUp(NormsProjection.NAME)).isTrue();
    }

    @Test
    void theAdministratorSeesTheFrameworkFromTheMenu() throws Exception {
        HtmlPage start = browser.logIn("beheer", "/");
        HtmlPage framework = start.getAnchorByText("Normering").click();

        assertThat(framework.getTitleText()).isEqualTo("Normering - Weerbaar");
        assertThat(framework.asNormalizedText()).contains("N1", "Persoonlijke beledigingen in het debat",
                "N8", "Fysiek geweld of vernieling", "14 oktober 2025");
    }

    @Test
    void theAdministratorAdoptsANormAfterCorrectingTheFormAndThenRevisesIt() throws Exception {
        HtmlPage form = browser.logIn("beheer", "/admin/norms/new");
        input(form, "adoption-code").setValue("N-P1");

        HtmlPage errors = Browser.submit(form, "Norm vaststellen");
        assertThat(errors.getTitleText()).startsWith("Fout: ");
        assertThat(errors.getElementById("error-summary").asNormalizedText()).contains(
                "Vul de titel van de norm in", "Beschrijf het gedrag dat de grens overschrijdt",
                "Vul de datum in waarop raad en college de norm vaststelden");
        assertThat(errors.getElementById("adoption-title-error")).isNotNull();
        assertThat(input(errors, "adoption-code").getValue()).as("the answers are kept").isEqualTo("N-P1");

        input(errors, "adoption-title").setValue("Opwachten na de vergadering");
        ((HtmlTextArea) errors.getElementById("adoption-description"))
                .setText("Iemand wacht een bestuurder op bij het verlaten van het gemeentehuis.");
        input(errors, "adoption-adoptedOn").setValue("2025-10-14");
        HtmlPage norm = Browser.submit(errors, "Norm vaststellen");

        assertThat(norm.getTitleText()).isEqualTo("Norm N-P1 - Weerbaar");
        assertThat(norm.getUrl().getPath()).startsWith("/admin/norms/");
        assertThat(norm.querySelectorAll(".norm-version")).hasSize(1);

        ((HtmlTextArea) norm.getElementById("revision-description"))
                .setText("Iemand wacht een bestuurder op, bij het gemeentehuis of elders.");
        input(norm, "revision-revisedOn").setValue("2025-10-13");
        HtmlPage tooEarly = Browser.submit(norm, "Nieuwe versie opslaan");
        assertThat(tooEarly.getElementById("revision-revisedOn-error").asNormalizedText())
                .contains("De nieuwe versie kan niet ingaan voor de huidige versie");

        input(tooEarly, "revision-revisedOn").setValue("2026-03-01");
        HtmlPage revised = Browser.submit(tooEarly, "Nieuwe versie opslaan");
        assertThat(revised.getTitleText()).doesNotStartWith("Fout: ");
        assertThat(revised.querySelectorAll(".norm-version")).hasSize(2);
        assertThat(revised.asNormalizedText()).contains(
                "Iemand wacht een bestuurder op, bij het gemeentehuis of elders.",
                "Iemand wacht een bestuurder op bij het verlaten van het gemeentehuis.", "1 maart 2026");
    }

    @Test
    void theAdministratorRetiresANormAndItsFormsDisappear() throws Exception {
        HtmlPage form = browser.logIn("beheer", "/admin/norms/new");
        input(form, "adoption-code").setValue("N-P2");
        input(form, "adoption-title").setValue("Opwachten");
        ((HtmlTextArea) form.getElementById("adoption-description")).setText("Iemand wacht een bestuurder op.");
        input(form, "adoption-adoptedOn").setValue("2025-10-14");
        HtmlPage norm = Browser.submit(form, "Norm vaststellen");

        HtmlPage errors = Browser.submit(norm, "Norm intrekken");
        assertThat(errors.getElementById("retirement-retiredOn-error").asNormalizedText())
                .contains("Vul de datum in waarop de norm is ingetrokken");

        input(errors, "retirement-retiredOn").setValue("2026-06-01");
        HtmlPage retired = Browser.submit(errors, "Norm intrekken");
        assertThat(retired.querySelector(".caption").asNormalizedText()).isEqualTo("Ingetrokken");
        assertThat(retired.asNormalizedText()).contains("1 juni 2026");
        assertThat(retired.getForms()).noneMatch(each -> each.getActionAttribute().contains("/admin/norms/"));
    }

    @Test
    void theSameFormSentTwiceAdoptsOneNormAndAnOldFormWithOtherAnswersAsksToCheck() throws Exception {
        HtmlPage form = browser.logIn("beheer", "/admin/norms/new");
        input(form, "adoption-code").setValue("N-P3");
        input(form, "adoption-title").setValue("Opwachten");
        ((HtmlTextArea) form.getElementById("adoption-description")).setText("Iemand wacht een bestuurder op.");
        input(form, "adoption-adoptedOn").setValue("2025-10-14");
        HtmlPage first = Browser.submit(form, "Norm vaststellen");
        long events = eventCount();

        HtmlPage again = Browser.submit(form, "Norm vaststellen");
        assertThat(again.getUrl()).isEqualTo(first.getUrl());
        assertThat(eventCount()).isEqualTo(events);

        input(form, "adoption-code").setValue("N-P4");
        HtmlPage check = Browser.submit(form, "Norm vaststellen");
        assertThat(check.getElementById("error-summary").asNormalizedText())
                .contains("Dit formulier was al verstuurd voor een andere norm");
        assertThat(eventCount()).isEqualTo(events);
        HtmlPage second = Browser.submit(check, "Norm vaststellen");
        assertThat(second.getTitleText()).isEqualTo("Norm N-P4 - Weerbaar");
        assertThat(second.getUrl()).isNotEqualTo(first.getUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"griffier", "burgemeester"})
    void onlyTheAdministratorOpensTheNormPages(String account) throws IOException {
        HtmlPage start = browser.logIn(account, "/");
        assertThat(start.getAnchors()).noneMatch(anchor -> anchor.getHrefAttribute().endsWith("/admin/norms"));
        try {
            browser.open("/admin/norms/new");
            throw new AssertionError(account + " opened the norm pages");
        } catch (FailingHttpStatusCodeException refused) {
            assertThat(refused.getStatusCode()).isEqualTo(403);
        }
    }

    private static HtmlInput input(HtmlPage page, String id) {
        return (HtmlInput) page.getElementById(id);
    }
}
