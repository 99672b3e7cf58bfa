package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * What every page shares: the "Fout:" title and the focused error summary, the language switch,
 * the navigation's current page, the municipality's theme file and the public accessibility statement.
 */
class LayoutPagesTest extends PagesTest {

    @Autowired
    private ITemplateEngine templates;

    @Test
    void anInvalidReportSaysErrorInItsTitleAndTheSummaryTakesTheFocus() throws IOException {
        HtmlPage form = browser.logIn("raadslid", "/incidents/new");
        HtmlAnchor current = form.getAnchorByHref("/incidents/new");
        assertThat(current.getAttribute("aria-current")).isEqualTo("page");
        assertThat(form.getAnchorByHref("/incidents").hasAttribute("aria-current")).isFalse();

        HtmlPage errors = Browser.submit(form, "Verder naar controleren");

        assertThat(errors.getTitleText()).isEqualTo("Fout: Voorval melden - Weerbaar");
        DomElement summary = errors.getElementById("error-summary");
        assertThat(summary.hasAttribute("autofocus")).isTrue();
        assertThat(summary.getAttribute("tabindex")).isEqualTo("-1");
        assertThat(summary.querySelector(".error-summary__title").asNormalizedText()).isEqualTo("Er is een probleem");
        assertThat(errors.querySelector(".form-field__error .visually-hidden").asNormalizedText()).isEqualTo("Fout:");
    }

    @Test
    void theTitleOfAnyPageWithFormErrorsStartsWithErrorOnce() {
        assertThat(render("Norm vaststellen - Weerbaar", List.of(), "nl")).contains("<title>Norm vaststellen - Weerbaar</title>");
        assertThat(render("Norm vaststellen - Weerbaar", List.of("fout"), "nl"))
                .contains("<title>Fout: Norm vaststellen - Weerbaar</title>", "<p>Norm vaststellen - Weerbaar</p>",
                        "<svg><title>Norm vaststellen - Weerbaar</title></svg>");
        assertThat(render("Adopt a norm - Weerbaar", List.of("fout"), "en")).contains("<title>Error: Adopt a norm - Weerbaar</title>");
        assertThat(render("Fout: Voorval melden - Weerbaar", List.of("fout"), "nl"))
                .contains("<title>Fout: Voorval melden - Weerbaar</title>");
        assertThat(render("Fout: Voorval melden - Weerbaar", List.of("fout"), "en"))
                .as("a page not translated yet keeps its own prefix").contains("<title>Fout: Voorval melden - Weerbaar</title>");
    }

    private String render(String title, List<String> errors, String language) {
        Context page = new Context(Locale.forLanguageTag(language), Map.of("title", title, "errors", errors));
        page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        return templates.process("look/title", page);
    }

    @Test
    void theLanguageSwitchShowsThisPageInTheOtherLanguageKeepingItsQuery() throws IOException {
        HtmlPage dutch = browser.open("/login?logout");
        HtmlAnchor toEnglish = dutch.querySelector(".language-switch");
        assertThat(toEnglish.asNormalizedText()).isEqualTo("English");
        assertThat(toEnglish.getAttribute("lang")).isEqualTo("en");
        assertThat(toEnglish.getAttribute("hreflang")).isEqualTo("en");
        assertThat(toEnglish.getHrefAttribute()).isEqualTo("/login?logout&lang=en");
        assertThat(dutch.querySelector(".skip-link").asNormalizedText()).isEqualTo("Naar de inhoud");

        HtmlPage english = toEnglish.click();
        assertThat(english.getTitleText()).isEqualTo("Log in - Weerbaar");
        assertThat(english.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(english.asNormalizedText()).contains("You have been logged out.", "Username", "Password",
                "Skip to content", "Accessibility");
        HtmlAnchor toDutch = english.querySelector(".language-switch");
        assertThat(toDutch.asNormalizedText()).isEqualTo("Nederlands");
        assertThat(toDutch.getAttribute("lang")).isEqualTo("nl");
        assertThat(toDutch.getHrefAttribute()).isEqualTo("/login?logout&lang=nl");

        HtmlPage failed = Browser.submit(english, "Log in");
        assertThat(failed.getTitleText()).isEqualTo("Error: Log in - Weerbaar");
        assertThat(failed.getElementById("error-summary").asNormalizedText())
                .contains("There is a problem", "The username or the password is not correct");
        assertThat(browser.open("/login?lang=nl").getTitleText()).isEqualTo("Inloggen - Weerbaar");
    }

    @Test
    void theStartPageAndTheNavigationSpeakEnglishWhenChosen() throws IOException {
        HtmlPage start = browser.logIn("griffier", "/");
        HtmlPage english = browser.open("/?lang=en");
        assertThat(english.getTitleText()).isEqualTo("Weerbaar");
        assertThat(((DomElement) english.querySelector("nav.page-nav")).getAttribute("aria-label")).isEqualTo("Main menu");
        assertThat(english.querySelector("nav.page-nav").asNormalizedText())
                .contains("Incident register", "Perpetrator profiles", "Reports");
        assertThat(english.asNormalizedText()).contains("Report an incident", "Log out");
        assertThat(start.querySelector("nav.page-nav").asNormalizedText()).contains("Incidentenregister");
        browser.open("/?lang=nl");
    }

    @Test
    void theAccessibilityStatementIsPublicInDutchAndEnglishAndLinkedFromEveryFooter() throws IOException {
        HtmlPage login = browser.open("/login");
        HtmlPage statement = login.getAnchorByHref("/toegankelijkheid").click();

        assertThat(statement.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(statement.getTitleText()).isEqualTo("Toegankelijkheidsverklaring - Weerbaar");
        assertThat(statement.getElementById("status").asNormalizedText()).contains("voldoet gedeeltelijk");
        assertThat(statement.asNormalizedText()).contains("Gemeente Assen", "WCAG 2.1", "EN 301 549", "axe-core",
                "Chromium", "toetsenbord", "JavaScript", "29 november 2026", "Nationale ombudsman");
        assertThat(statement.getElementById("contact").asNormalizedText()).contains("toegankelijkheid@assen.example");
        List<String> headings = statement.querySelectorAll("h2").stream().map(h -> h.asNormalizedText()).toList();
        assertThat(headings).containsExactly("Nalevingsstatus", "Hoe we dit hebben gecontroleerd",
                "Wat nog niet toegankelijk is", "Feedback en contact", "Handhavingsprocedure");

        HtmlPage english = browser.open("/toegankelijkheid?lang=en");
        assertThat(english.getTitleText()).isEqualTo("Accessibility statement - Weerbaar");
        assertThat(english.getElementById("status").asNormalizedText()).contains("partially complies");
        assertThat(english.asNormalizedText()).contains("29 November 2026", "How we checked this");
        browser.open("/toegankelijkheid?lang=nl");
    }

    @Test
    void theMunicipalityThemeComesAfterTheDefaultTokensAndIsCached() throws Exception {
        HtmlPage login = browser.open("/login");
        List<String> stylesheets = login.querySelectorAll("link[rel=stylesheet]").stream()
                .map(link -> ((DomElement) link).getAttribute("href")).toList();
        assertThat(stylesheets).containsExactly("/css/theme-default.css", "/css/weerbaar.css",
                "/css/municipality-theme.css");
        assertThat(login.getDocumentElement().getAttribute("class")).isEqualTo("weerbaar-theme utrecht-theme");

        MockHttpServletResponse theme = mvc.perform(get("/css/municipality-theme.css"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/css")))
                .andExpect(header().string("Cache-Control", containsString("max-age=3600")))
                .andExpect(content().string(containsString("--utrecht-button-primary-action-background-color")))
                .andReturn().getResponse();
        mvc.perform(get("/css/municipality-theme.css").header("If-Modified-Since", theme.getHeader("Last-Modified")))
                .andExpect(status().isNotModified());
        mvc.perform(get("/css/theme-default.css"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("--utrecht-document-font-family")));
    }
}
