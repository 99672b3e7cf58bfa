package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.app.demo.DemoNorms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA rules) on every page of the application, each as the user who
 * sees it, in its empty state (as first opened), its error state (its form submitted empty or invalid) and its
 * filled state (showing data), at desktop and phone width; then a keyboard-only report. Fails listing every
 * violation; the results land in {@code target/accessibility-report.json} and as a table on stdout.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityTest extends ApplicationTest {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** The outermost elements reaching past the right edge of the viewport, as short selectors. */
    private static final String TOO_WIDE = """
            const w = window.innerWidth, found = [];
            for (const e of document.body.querySelectorAll('*')) {
              if (e.getBoundingClientRect().right > w + 1 && !(e.parentElement && e.parentElement !== document.body
                  && e.parentElement.getBoundingClientRect().right > w + 1)) {
                found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                    ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' (' + Math.round(e.getBoundingClientRect().right) + 'px)');
              }
            }
            return found.slice(0, 8).join(', ');""";

    private static Chromium chromium;
    private static final List<Map<String, Object>> checked = new ArrayList<>();
    private static final List<Map<String, Object>> violations = new ArrayList<>();
    private static final List<String> keyboardProblems = new ArrayList<>();
    private static String viewport = "desktop";

    @BeforeEach
    void startBrowser() {
        if (chromium == null) {
            chromium = Chromium.start(port, 1280, 1024);
        }
    }

    @AfterAll
    static void report() throws IOException {
        if (chromium == null) {
            return;
        }
        String browser = chromium.version();
        chromium.close();
        chromium = null;
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", Instant.now().toString());
        report.put("browser", "Chromium " + browser + " (headless)");
        report.put("axeCore", "com.deque.html.axe-core:selenium 4.10.2");
        report.put("tags", TAGS);
        report.put("pageStatesChecked", checked.size());
        report.put("violationCount", violations.size());
        report.put("checked", checked);
        report.put("violations", violations);
        report.put("keyboardProblems", keyboardProblems);
        Path file = Chromium.TARGET.resolve("accessibility-report.json");
        Files.writeString(file, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report));

        StringBuilder table = new StringBuilder("\nAccessibility (axe-core, " + String.join(" ", TAGS) + ") in Chromium "
                + browser + ":\n");
        table.append(String.format("%-8s %-45s %-7s %-10s %s%n", "width", "page", "state", "violations", "rules"));
        for (Map<String, Object> page : checked) {
            table.append(String.format("%-8s %-45s %-7s %-10s %s%n", page.get("viewport"), page.get("page"),
                    page.get("state"), page.get("violations"), page.get("rules")));
        }
        table.append(checked.size()).append(" page states checked, ").append(violations.size())
                .append(" violations; keyboard problems: ").append(keyboardProblems.size())
                .append("; report: ").append(file.toAbsolutePath()).append('\n');
        System.out.println(table);
    }

    @Test
    @Order(1)
    void everyPageHasNoViolationsInItsEmptyErrorAndFilledStates() throws Exception {
        viewport = "desktop";
        int before = violations.size();
        walkThroughEveryPage();
        assertNoNewViolations(before);
    }

    @Test
    @Order(2)
    void everyPageHasNoViolationsAndNoSidewaysScrollingOnAPhone() throws Exception {
        viewport = "phone";
        chromium.resize(375, 812);
        int before = violations.size();
        try {
            walkThroughEveryPage();
        } finally {
            chromium.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            viewport = "desktop";
        }
        assertNoNewViolations(before);
    }

    @Test
    @Order(3)
    void anOfficialReportsWithTheKeyboardOnly() {
        keyboardProblems.clear();
        chromium.logIn("raadslid", "/");
        chromium.open("/incidents/new");
        Actions keys = new Actions(chromium.driver);

        keys.sendKeys(Keys.TAB).perform();
        assertThat(attribute("className")).as("the first Tab reaches the skip link").contains("skip-link");
        focusVisible("skip link");
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(chromium.activeId()).as("the skip link moves focus to the content").isEqualTo("inhoud");

        tabTo("button", "Verder naar controleren", keys);
        keys.sendKeys(Keys.ENTER).perform();
        waitForTitle("Fout: ");
        assertThat(chromium.activeId()).as("after submitting empty, focus on the error summary")
                .isEqualTo("error-summary");
        focusVisible("error summary");
        keys.sendKeys(Keys.TAB).perform();
        assertThat(attribute("tagName")).isEqualTo("A");
        focusVisible("first error link");
        String target = attribute("hash").substring(1);
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(chromium.activeId()).as("an error link takes focus to its field").isEqualTo(target);

        // Back to the top of the form, then every required field in tab order.
        keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        focusVisible("shift+tab");
        LocalDate yesterday = LocalDate.now().minusDays(1);
        Set<String> done = new LinkedHashSet<>();
        for (int i = 0; i < 80 && !done.contains("submit"); i++) {
            keys.sendKeys(Keys.TAB).perform();
            String id = chromium.activeId();
            String text = attribute("textContent").strip();
            focusVisible(id.isEmpty() ? text : id);
            switch (id) {
                case "occurredDate" -> keys.sendKeys(yesterday.format(DateTimeFormatter.ofPattern("MMddyyyy"))).perform();
                case "occurredTime" -> keys.sendKeys("0815A").perform();
                case "location" -> keys.sendKeys("Markt, voor het gemeentehuis").perform();
                case "channel" -> {
                    keys.sendKeys(Keys.ARROW_DOWN).perform(); // moves to and selects the second channel
                    done.add(id);
                    id = chromium.activeId();
                }
                case "behaviours-VERBAL_AGGRESSION" -> {
                    keys.sendKeys(Keys.TAB).perform();
                    keys.sendKeys(Keys.SPACE).perform();
                    done.add(id);
                    id = chromium.activeId();
                }
                case "description" -> keys.sendKeys("Iemand riep dat ik moest oppassen.").perform();
                default -> {
                    if (text.equals("Verder naar controleren")) {
                        keys.sendKeys(Keys.ENTER).perform();
                        id = "submit";
                    }
                }
            }
            done.add(id);
        }
        assertThat(done).as("every required field reached with Tab").contains("occurredDate", "occurredTime",
                "location", "channel", "behaviours-THREAT", "description", "submit");
        waitForTitle("Controleer uw melding");
        assertThat(chromium.byId("inhoud").getText()).contains("Markt, voor het gemeentehuis", "Bedreiging", "Telefoon");
        tabTo("button", "Melding versturen", keys);
        keys.sendKeys(Keys.ENTER).perform();
        waitForTitle("Melding ontvangen");
        chromium.screenshot("keyboard-official-reports", "01-confirmation");
        assertThat(keyboardProblems).as("every focused element shows a visible focus indicator").isEmpty();
    }

    // ---- the walk -------------------------------------------------------------------------------------------

    private void walkThroughEveryPage() throws Exception {
        // axe-core itself works: a page without a language and an image without text has violations.
        chromium.driver.get("data:text/html,<title>x</title><img src='x.png'>");
        assertThat(new AxeBuilder().withTags(TAGS).analyze(chromium.driver).getViolations())
                .extracting(Rule::getId).contains("image-alt", "html-has-lang");

        // Anonymous: the login page, with a wrong password.
        chromium.driver.manage().deleteAllCookies();
        chromium.open("/login");
        audit("/login", "empty");
        chromium.byId("username").sendKeys("raadslid");
        chromium.byId("password").sendKeys("fout");
        chromium.click("Inloggen");
        audit("/login", "error");
        chromium.open("/toegankelijkheid");
        audit("/toegankelijkheid", "filled");

        // The official: home, the report form in every state, their own incidents.
        chromium.logIn("raadslid", "/");
        audit("/", "filled");
        chromium.open("/incidents/new");
        audit("/incidents/new", "empty");
        chromium.click("Verder naar controleren");
        audit("/incidents/new", "error");
        // The same form in English (the language switch), then back to Dutch for the rest of the walk.
        chromium.open("/incidents/new?lang=en");
        chromium.click("Continue to check");
        audit("/incidents/new (English)", "error");
        chromium.open("/incidents/new?lang=nl");
        String name = "Piet Plaaggeest " + UUID.randomUUID().toString().substring(0, 8);
        chromium.set("occurredDate", LocalDate.now().minusDays(1).toString());
        chromium.set("occurredTime", "21:30");
        chromium.type("location", "Raadszaal");
        chromium.check("channel");
        chromium.check("behaviours-INTIMIDATION");
        chromium.type("description", "Een bezoeker bleef na de vergadering bij mijn auto wachten.");
        chromium.type("perpetratorName", name);
        chromium.click("Verder naar controleren");
        audit("/incidents/new (check answers)", "filled");
        chromium.click("Melding versturen");
        audit("/incidents/{id}/confirmation", "filled");
        String href = chromium.driver.findElement(By.linkText("Bekijk uw melding")).getAttribute("href");
        String incident = href.substring(href.lastIndexOf('/') + 1);
        String reference = chromium.driver.findElement(By.cssSelector(".reference")).getText();
        chromium.open("/incidents");
        audit("/incidents (own)", "filled");
        chromium.open("/incidents/" + incident);
        audit("/incidents/{id} (official)", "filled");
        chromium.open("/incidents/" + UUID.randomUUID());
        audit("error page (404)", "error");

        // The clerk: register, decisions, perpetrator, responses, letter.
        chromium.logIn("griffier", "/incidents");
        audit("/incidents (register)", "filled");
        chromium.open("/incidents/" + incident);
        audit("/incidents/{id} (clerk)", "empty");
        chromium.click("Bespreking vastleggen");
        audit("/incidents/{id} discussion", "error");
        chromium.check("discussedWith-CLERK");
        chromium.setToNow("discussedDate", "discussedTime");
        chromium.type("agreedNextStep", "Brief aan de dader");
        chromium.click("Bespreking vastleggen");
        chromium.click("Beoordeling vastleggen");
        audit("/incidents/{id} assessment", "error");
        chromium.check("behaviourType-INSTRUMENTAL");
        chromium.check("severity-HIGH");
        chromium.check("norm-" + DemoNorms.id("N2"));
        chromium.type("rationale", "Bewust intimiderend");
        chromium.click("Beoordeling vastleggen");
        audit("/incidents/{id} (clerk, assessed)", "filled");
        chromium.click("Voorval sluiten");
        audit("/incidents/{id} closing", "error");

        chromium.open("/perpetrators?incident=" + incident);
        audit("/perpetrators?incident={id}", "filled");
        chromium.open("/perpetrators?q=" + UUID.randomUUID());
        audit("/perpetrators?q= (no results)", "empty");
        chromium.open("/perpetrators/new");
        audit("/perpetrators/new", "empty");
        chromium.click("Profiel aanmaken");
        audit("/perpetrators/new", "error");
        chromium.open("/perpetrators/new?incident=" + incident);
        chromium.click("Profiel aanmaken en koppelen");
        audit("/incidents/{id} (profile linked)", "filled");
        String profile = chromium.driver.findElement(By.id("perpetrator-profile")).getAttribute("href");
        String profileId = profile.substring(profile.lastIndexOf('/') + 1);
        chromium.open("/perpetrators?q=" + name.replace(' ', '+'));
        audit("/perpetrators?q=", "filled");
        chromium.open("/perpetrators/" + profileId);
        audit("/perpetrators/{id}", "filled");
        chromium.open("/perpetrators/" + profileId + "/responses");
        audit("/perpetrators/{id}/responses", "filled");

        chromium.open("/incidents/" + incident + "/responses");
        audit("/incidents/{id}/responses", "empty");
        chromium.click("Verder");
        audit("/incidents/{id}/responses", "error");
        chromium.check("type-CORRECTIVE_LETTER");
        chromium.click("Verder");
        audit("/incidents/{id}/responses/new", "empty");
        chromium.click("Besluit vastleggen");
        audit("/incidents/{id}/responses/new", "error");
        chromium.type("officialView", "Het raadslid wil een brief.");
        chromium.type("rationale", "Intimidatie");
        chromium.type("behaviour", "U wachtte bij de auto van het raadslid.");
        chromium.type("impact", "Het raadslid voelt zich onveilig.");
        chromium.type("consequences", "Bij herhaling volgt een toegangsverbod.");
        chromium.type("recipientName", name);
        chromium.check("officialConsulted");
        chromium.click("Besluit vastleggen");
        audit("/incidents/{id}/responses", "filled");
        chromium.driver.findElement(By.linkText("Brief bekijken")).click();
        audit("/interventions/{id}/letter", "filled");
        chromium.open("/access-bans");
        audit("/access-bans", "filled");

        chromium.open("/protection");
        audit("/protection", "empty");
        chromium.click("Scan aanvragen");
        audit("/protection", "error");
        new org.openqa.selenium.support.ui.Select(chromium.byId("scanOfficial")).selectByIndex(1);
        chromium.set("requestedOn", LocalDate.now().toString());
        chromium.click("Scan aanvragen");
        audit("/protection", "filled");

        chromium.open("/incidents/" + incident + "/aftercare");
        audit("/incidents/{id}/aftercare", "empty");
        chromium.click("Nazorg vastleggen");
        audit("/incidents/{id}/aftercare", "error");
        chromium.check("request-kind-VICTIM_SUPPORT");
        chromium.set("request-requestedOn", LocalDate.now().toString());
        chromium.click("Nazorg vastleggen");
        audit("/incidents/{id}/aftercare", "filled");
        chromium.open("/aftercare");
        audit("/aftercare", "filled");

        chromium.open("/incidents/" + incident + "/communication");
        audit("/incidents/{id}/communication", "empty");
        chromium.click("Besluit vastleggen");
        audit("/incidents/{id}/communication", "error");
        for (String participant : List.of("OFFICIAL", "MAYOR", "CLERK")) {
            chromium.check("participants-" + participant);
        }
        chromium.check("internalAudiences-PARTY_LEADERS");
        chromium.check("officialAgreed");
        chromium.check("external-false");
        chromium.type("rationale", "Het raadslid wil dat de fractievoorzitters het weten.");
        chromium.click("Besluit vastleggen");
        audit("/incidents/{id}/communication", "filled");
        chromium.open("/briefings/party-leaders");
        audit("/briefings/party-leaders", "filled");

        chromium.open("/audit");
        audit("/audit", "filled");
        chromium.open("/audit?incident=" + reference);
        audit("/audit?incident=", "filled");
        chromium.open("/audit?from=gisteren&role=KONING");
        audit("/audit", "error");
        chromium.open("/audit/protocol-checks?incident=" + reference);
        audit("/audit/protocol-checks", "filled");

        chromium.open("/reports");
        audit("/reports", "empty");
        chromium.open("/reports?from=2026-03-31&to=2026-01-01");
        audit("/reports", "error");
        LocalDate today = LocalDate.now();
        chromium.open("/reports?from=" + today.minusDays(30) + "&to=" + today);
        audit("/reports (period report, charts)", "filled");
        chromium.click("Rapportage vastleggen");
        audit("/reports (freeze)", "error");
        chromium.type("veld-title", "Raadsvergadering " + UUID.randomUUID().toString().substring(0, 6));
        chromium.click("Rapportage vastleggen");
        audit("/reports/frozen/{id}", "filled");
        chromium.open("/reports/frozen");
        audit("/reports/frozen", "filled");

        // The mayor: the access log.
        chromium.logIn("burgemeester", "/access-log");
        audit("/access-log", "filled");

        // The council reviewer: the redacted trail, reports, briefing.
        chromium.logIn("raad", "/audit");
        audit("/audit (council reviewer)", "filled");
        chromium.open("/audit/verification");
        audit("/audit/verification", "filled");
        chromium.open("/reports?from=" + today.minusDays(30) + "&to=" + today);
        audit("/reports (council reviewer)", "filled");
        chromium.open("/briefings/party-leaders");
        audit("/briefings/party-leaders (council reviewer)", "filled");

        // The administrator: retention, norms, projections.
        chromium.logIn("beheer", "/admin/retention");
        audit("/admin/retention", "filled");
        chromium.open("/admin/retention/" + incident);
        audit("/admin/retention/{id}", "empty");
        chromium.click("Persoonsgegevens wissen");
        audit("/admin/retention/{id}", "error");
        chromium.open("/admin/norms");
        audit("/admin/norms", "filled");
        chromium.open("/admin/norms/new");
        audit("/admin/norms/new", "empty");
        chromium.click("Norm vaststellen");
        audit("/admin/norms/new", "error");
        chromium.open("/admin/norms/" + DemoNorms.id("N2"));
        audit("/admin/norms/{id}", "filled");
        chromium.open("/admin/projections");
        audit("/admin/projections", "filled");

        // The official again: what the case handlers decided, read-only; a page they may not open.
        chromium.logIn("raadslid", "/incidents/" + incident + "/responses");
        audit("/incidents/{id}/responses (official)", "filled");
        chromium.open("/incidents/" + incident + "/aftercare");
        audit("/incidents/{id}/aftercare (official)", "filled");
        chromium.open("/incidents/" + incident + "/communication");
        audit("/incidents/{id}/communication (official)", "filled");
        chromium.open("/reports");
        audit("error page (403)", "error");
    }

    /** Runs axe-core on the page as it is and records every violation. */
    private void audit(String page, String state) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(chromium.driver);
        assertThat(results.isErrored()).as("axe-core ran on " + page + ": " + results.getErrorMessage()).isFalse();
        Set<String> rules = new LinkedHashSet<>();
        for (Rule rule : results.getViolations()) {
            rules.add(rule.getId());
            for (CheckedNode node : rule.getNodes()) {
                Map<String, Object> violation = new LinkedHashMap<>();
                violation.put("viewport", viewport);
                violation.put("page", page);
                violation.put("state", state);
                violation.put("url", chromium.path());
                violation.put("rule", rule.getId());
                violation.put("impact", node.getImpact() != null ? node.getImpact() : rule.getImpact());
                violation.put("target", String.valueOf(node.getTarget()));
                violation.put("help", rule.getHelp());
                violation.put("html", node.getHtml());
                violations.add(violation);
            }
        }
        boolean sideways = "phone".equals(viewport) && !BrowserFlowsTest.noHorizontalScroll(chromium);
        if (sideways) {
            Map<String, Object> violation = new LinkedHashMap<>();
            violation.put("viewport", viewport);
            violation.put("page", page);
            violation.put("state", state);
            violation.put("url", chromium.path());
            violation.put("rule", "horizontal-scroll (WCAG 1.4.10 reflow, not an axe rule)");
            violation.put("impact", "serious");
            violation.put("target", "document.scrollingElement.scrollWidth="
                    + chromium.script("return document.scrollingElement.scrollWidth") + " > innerWidth="
                    + chromium.script("return window.innerWidth") + "; too wide: " + chromium.script(TOO_WIDE));
            violations.add(violation);
            rules.add("horizontal-scroll");
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("viewport", viewport);
        entry.put("page", page);
        entry.put("state", state);
        entry.put("title", chromium.driver.getTitle());
        entry.put("violations", results.getViolations().stream().mapToInt(r -> r.getNodes().size()).sum()
                + (sideways ? 1 : 0));
        entry.put("rules", String.join(" ", rules));
        checked.add(entry);
        String step = String.format("%02d-%s-%s", checked.size(), state,
                page.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", ""));
        chromium.screenshot("accessibility-" + viewport, step);
    }

    private static void assertNoNewViolations(int before) {
        List<Map<String, Object>> found = violations.subList(before, violations.size());
        StringBuilder list = new StringBuilder();
        for (Map<String, Object> v : found) {
            list.append(String.format("%n  %s [%s] %s at %s on %s (%s, %s)", v.get("rule"), v.get("impact"),
                    v.get("help") == null ? "" : v.get("help"), v.get("target"), v.get("page"), v.get("state"),
                    v.get("viewport")));
        }
        assertThat(found).as("accessibility violations:" + list).isEmpty();
    }

    // ---- keyboard helpers -----------------------------------------------------------------------------------

    private String attribute(String property) {
        Object value = chromium.script("return document.activeElement ? String(document.activeElement[arguments[0]]) : ''",
                property);
        return value == null ? "" : value.toString();
    }

    /** Records a problem when the focused element shows no outline or box shadow. */
    private void focusVisible(String what) {
        Object visible = chromium.script("""
                const e = document.activeElement; if (!e || e === document.body) return 'nothing focused';
                const s = getComputedStyle(e);
                if ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none') return 'ok';
                return e.tagName.toLowerCase() + (e.type ? '[type=' + e.type + ']' : '') + ' :focus='
                    + e.matches(':focus') + ' :focus-within=' + e.matches(':focus-within')
                    + ' outline=' + s.outlineStyle + ' ' + s.outlineWidth + ' box-shadow=' + s.boxShadow;""");
        if (!"ok".equals(visible)) {
            keyboardProblems.add("no visible focus indicator (computed outline/box-shadow) on " + what + " at "
                    + chromium.path() + ": " + visible);
        }
    }

    private void tabTo(String tag, String text, Actions keys) {
        for (int i = 0; i < 100; i++) {
            keys.sendKeys(Keys.TAB).perform();
            focusVisible(chromium.activeId().isEmpty() ? attribute("textContent").strip() : chromium.activeId());
            if (attribute("tagName").equalsIgnoreCase(tag) && attribute("textContent").strip().equals(text)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + tag + " '" + text + "' on " + chromium.path());
    }

    private void waitForTitle(String start) {
        new org.openqa.selenium.support.ui.WebDriverWait(chromium.driver, java.time.Duration.ofSeconds(30))
                .until(d -> d.getTitle().startsWith(start));
    }

}
