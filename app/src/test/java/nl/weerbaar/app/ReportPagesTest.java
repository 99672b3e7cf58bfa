package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The report pages: the figures with a chart beside each data table, freezing and verifying, navigation. */
class ReportPagesTest extends ApplicationTest {

    @Test
    void theCouncilSeesEachFigureAsAChartBesideItsDataTable() throws Exception {
        LocalDate today = aDayOfItsOwn();
        for (String account : new String[] {"raadslid", "raadslid", "raadslid", "wethouder"}) {
            mvc.perform(post("/api/incidents").with(as(account)).contentType(MediaType.APPLICATION_JSON)
                    .content(json(Reports.valid()))).andExpect(status().isCreated());
        }
        try (Browser browser = new Browser(mvc)) {
            HtmlPage start = browser.logIn("raad", "/reports");
            assertThat(start.getAnchorByText("Rapportages").getHrefAttribute()).isEqualTo("/reports");
            ((HtmlInput) start.getElementById("veld-from")).setValue(today.toString());
            ((HtmlInput) start.getElementById("veld-to")).setValue(today.toString());
            HtmlPage page = Browser.submit(start, "Rapportage maken");

            DomElement table = page.getElementById("tabel-incidents");
            assertThat(table.asNormalizedText()).contains("Gemeld", "3", "< 3", "≥ 4", "Raadsleden", "Wethouders");
            DomElement figure = page.getElementById("figuur-incidents");
            DomElement chart = figure.getElementsByTagName("svg").get(0);
            assertThat(chart.getAttribute("role")).isEqualTo("img");
            assertThat(chart.getAttribute("aria-labelledby")).isEqualTo("grafiek-incidents-titel grafiek-incidents-uitleg");
            assertThat(page.getElementById("grafiek-incidents-titel").getTextContent())
                    .isEqualTo("Voorvallen gemeld en geregistreerd");
            assertThat(page.getElementById("tabel-channel").getElementsByTagName("caption").get(0).getTextContent())
                    .contains("Gemelde voorvallen naar kanaal");
            assertThat(page.getAnchorByText("Cijfers als CSV").getHrefAttribute()).startsWith("/reports/period.csv?from=");
            assertThat(page.getAnchorByText("Rapportage als PDF").getHrefAttribute()).startsWith("/reports/period.pdf?from=");
            assertThat(page.asNormalizedText()).doesNotContain("Rapportage vastleggen");
        }
    }

    @Test
    void theClerkFreezesAReportAndAnyReaderSeesItMatch() throws Exception {
        LocalDate today = aDayOfItsOwn();
        mvc.perform(post("/api/incidents").with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                .content(json(Reports.valid()))).andExpect(status().isCreated());
        Thread.sleep(20);
        String asOf = java.time.Instant.now().toString();
        try (Browser browser = new Browser(mvc)) {
            HtmlPage page = browser.logIn("griffier", "/reports");
            page = browser.open("/reports?from=" + today + "&to=" + today + "&asOf=" + asOf);
            String checksum = page.getElementById("controlegetal").getTextContent();

            HtmlPage refused = Browser.submit(page, "Rapportage vastleggen");
            assertThat(refused.getTitleText()).startsWith("Fout: ");
            assertThat(refused.getElementById("error-summary").asNormalizedText()).contains("Geef de rapportage een titel");

            ((HtmlInput) refused.getElementById("veld-title")).setValue("Raadsvergadering december");
            HtmlPage frozen = Browser.submit(refused, "Rapportage vastleggen");
            assertThat(frozen.getUrl().getPath()).startsWith("/reports/frozen/");
            assertThat(frozen.getElementById("verificatie").getTextContent()).contains("komen precies overeen");
            assertThat(frozen.asNormalizedText()).contains("Raadsvergadering december", checksum);

            HtmlPage list = browser.open("/reports/frozen");
            assertThat(list.getAnchorByText("Raadsvergadering december").getHrefAttribute())
                    .isEqualTo(frozen.getUrl().getPath());
        }
    }

    @Test
    void officialsGetNoReportPage() throws Exception {
        try (Browser browser = new Browser(mvc)) {
            HtmlPage home = browser.logIn("raadslid", "/");
            assertThat(home.getAnchors()).noneMatch(anchor -> "/reports".equals(anchor.getHrefAttribute()));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> browser.open("/reports"))
                    .isInstanceOfSatisfying(org.htmlunit.FailingHttpStatusCodeException.class,
                            refused -> assertThat(refused.getStatusCode()).isEqualTo(403));
        }
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsExplainedAtItsField() throws Exception {
        try (Browser browser = new Browser(mvc)) {
            browser.logIn("secretaris", "/reports");
            HtmlPage page = browser.open("/reports?from=2026-03-31&to=2026-01-01");
            assertThat(page.getTitleText()).startsWith("Fout: ");
            assertThat(page.getElementById("veld-to-error").asNormalizedText())
                    .contains("De laatste dag mag niet voor de eerste dag liggen");
            assertThat(page.getElementById("tabel-incidents")).isNull();
        }
    }
}
