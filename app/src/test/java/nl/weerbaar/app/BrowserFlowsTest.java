package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.weerbaar.app.demo.DemoNorms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The three end-to-end flows in headless Chromium, in order, one browser: an official reports (first with an
 * error), the clerk handles it up to the downloaded letter, the council reviewer reads the trail and a report.
 * Then the report flow again at phone width. A full-page screenshot of every step lands under
 * {@code target/browser-screenshots/<flow>/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserFlowsTest extends ApplicationTest {

    private static Chromium chromium;
    private static String incidentId;
    private static String reference;
    private static final String PERPETRATOR = "Kees Kwaadspreker";

    @BeforeEach
    void startBrowser() {
        if (chromium == null) {
            chromium = Chromium.start(port, 1280, 1024);
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @Test
    @Order(1)
    void anOfficialReportsAnIncidentCorrectsAnErrorAndSeesTheConfirmation() {
        String[] result = report(chromium, "official-reports");
        incidentId = result[0];
        reference = result[1];
    }

    /** The report flow as the official: an error first, then corrected, checked and confirmed. */
    static String[] report(Chromium chromium, String flow) {
        chromium.logIn("raadslid", "/incidents/new");
        assertThat(chromium.driver.getTitle()).isEqualTo("Voorval melden - Weerbaar");
        chromium.screenshot(flow, "01-empty-form");

        chromium.type("description", "Iemand schreeuwde in de hal dat hij mij zou opwachten.");
        chromium.type("perpetratorName", PERPETRATOR);
        chromium.click("Verder naar controleren");
        assertThat(chromium.driver.getTitle()).startsWith("Fout: ");
        WebElement summary = chromium.byId("error-summary");
        assertThat(summary.getText()).contains("Vul in waar het gebeurde");
        assertThat(chromium.activeId()).as("focus on the error summary").isEqualTo("error-summary");
        chromium.screenshot(flow, "02-error-summary");

        chromium.set("occurredDate", LocalDate.now().minusDays(1).toString());
        chromium.set("occurredTime", "20:15");
        chromium.type("location", "Hal van het gemeentehuis");
        chromium.check("channel");
        chromium.check("behaviours-THREAT");
        chromium.click("Verder naar controleren");
        assertThat(chromium.driver.getTitle()).isEqualTo("Controleer uw melding - Weerbaar");
        assertThat(chromium.driver.findElement(By.id("inhoud")).getText())
                .contains("Hal van het gemeentehuis", "Bedreiging", PERPETRATOR);
        chromium.screenshot(flow, "03-check-answers");

        chromium.click("Melding versturen");
        assertThat(chromium.driver.getTitle()).isEqualTo("Melding ontvangen - Weerbaar");
        String reference = chromium.driver.findElement(By.cssSelector(".reference")).getText();
        assertThat(reference).matches("\\d{4}-\\d{4}");
        chromium.screenshot(flow, "04-confirmation");
        String href = chromium.driver.findElement(By.linkText("Bekijk uw melding")).getAttribute("href");
        return new String[] {href.substring(href.lastIndexOf('/') + 1), reference};
    }

    @Test
    @Order(2)
    void theClerkRegistersAssessesLinksAProfileAndDownloadsACorrectiveLetter() throws Exception {
        String flow = "clerk-handles";
        assertThat(incidentId).as("the official's report (step 1)").isNotNull();
        // Today's reports, newest first (other tests report in the future: the register sorts those first).
        LocalDate today = LocalDate.now(clock);
        chromium.logIn("griffier", "/incidents?from=" + today + "&to=" + today);
        assertThat(chromium.driver.findElement(By.id("inhoud")).getText()).contains(reference);
        chromium.screenshot(flow, "01-register");

        chromium.open("/incidents/" + incidentId);
        assertThat(chromium.driver.getTitle()).isEqualTo("Melding " + reference + " - Weerbaar");
        chromium.screenshot(flow, "02-incident");
        chromium.check("discussedWith-CLERK");
        chromium.setToNow("discussedDate", "discussedTime");
        chromium.type("agreedNextStep", "Corrigerende brief aan de dader");
        chromium.click("Bespreking vastleggen");
        assertThat(chromium.driver.getTitle()).doesNotStartWith("Fout: ");
        chromium.screenshot(flow, "03-registered");

        chromium.check("behaviourType-INSTRUMENTAL");
        chromium.check("severity-HIGH");
        chromium.check("norm-" + DemoNorms.id("N2"));
        chromium.type("rationale", "Bewust dreigend");
        chromium.click("Beoordeling vastleggen");
        assertThat(chromium.driver.getTitle()).doesNotStartWith("Fout: ");
        chromium.screenshot(flow, "04-assessed");

        chromium.open("/perpetrators?incident=" + incidentId);
        chromium.driver.findElement(By.linkText("Nieuw daderprofiel aanmaken en koppelen")).click();
        assertThat(chromium.byId("name").getAttribute("value")).isEqualTo(PERPETRATOR);
        chromium.screenshot(flow, "05-new-profile");
        chromium.click("Profiel aanmaken en koppelen");
        assertThat(chromium.path()).startsWith("/incidents/" + incidentId);
        assertThat(chromium.byId("perpetrator").getText()).contains(PERPETRATOR);
        chromium.screenshot(flow, "06-profile-linked");

        chromium.open("/incidents/" + incidentId + "/responses");
        chromium.check("type-CORRECTIVE_LETTER");
        chromium.screenshot(flow, "07-choose-response");
        chromium.click("Verder");
        chromium.type("officialView", "Het raadslid wil dat het ophoudt.");
        chromium.type("rationale", "Gerichte intimidatie");
        chromium.type("behaviour", "U riep in de hal dat u het raadslid zou opwachten.");
        chromium.type("impact", "Het raadslid voelt zich niet veilig.");
        chromium.type("consequences", "Bij herhaling volgt een toegangsverbod.");
        chromium.type("recipientName", PERPETRATOR);
        chromium.check("officialConsulted");
        chromium.screenshot(flow, "08-letter-form");
        chromium.click("Besluit vastleggen");
        assertThat(chromium.driver.getTitle()).doesNotStartWith("Fout: ");
        assertThat(chromium.byId("inhoud").getText()).contains("Corrigerende brief");
        chromium.screenshot(flow, "09-letter-chosen");

        chromium.driver.findElement(By.linkText("Brief downloaden (PDF)")).click();
        Path pdf = chromium.awaitDownload(".pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        System.out.println("Corrective letter downloaded by Chromium: " + pdf + " (" + bytes.length + " bytes)");
    }

    @Test
    @Order(3)
    void theCouncilReviewerReadsTheRedactedTrailAndAReportWithCharts() {
        String flow = "council-reviews";
        assertThat(reference).as("the official's report (step 1)").isNotNull();
        chromium.logIn("raad", "/audit");
        chromium.screenshot(flow, "01-audit-trail");
        chromium.open("/audit?incident=" + reference);
        String trail = chromium.byId("inhoud").getText();
        assertThat(trail).contains(reference, "Interventie gekozen: corrigerende brief");
        assertThat(trail).as("redacted: no personal data").doesNotContain(PERPETRATOR, "Hal van het gemeentehuis",
                "Anna de Vries");
        chromium.screenshot(flow, "02-audit-trail-of-incident");

        chromium.open("/reports");
        chromium.screenshot(flow, "03-report-form");
        LocalDate today = LocalDate.now();
        chromium.open("/reports?from=" + today.minusDays(30) + "&to=" + today);
        assertThat(chromium.driver.findElements(By.cssSelector(".report-figure svg"))).as("charts").isNotEmpty();
        assertThat(chromium.byId("tabel-incidents").getText()).contains("Gemeld");
        chromium.screenshot(flow, "04-period-report");
    }

    @Test
    @Order(4)
    void onAPhoneTheReportFlowWorksWithoutSidewaysScrolling() {
        chromium.resize(375, 812);
        try {
            chromium.logIn("raadslid", "/incidents/new");
            assertThat(noHorizontalScroll(chromium)).as("no sideways scrolling on the form").isTrue();
            report(chromium, "phone-official-reports");
            assertThat(noHorizontalScroll(chromium)).as("no sideways scrolling on the confirmation").isTrue();
        } finally {
            chromium.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    static boolean noHorizontalScroll(Chromium chromium) {
        return (Boolean) chromium.script("return document.scrollingElement.scrollWidth <= window.innerWidth");
    }
}
