package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;

/** A browser without JavaScript on the application's pages (HtmlUnit over MockMvc). */
final class Browser implements AutoCloseable {

    private final WebClient client;

    Browser(MockMvc mvc) {
        client = MockMvcWebClientBuilder.mockMvcSetup(mvc).build();
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        // A page that refreshes itself (a running rebuild) stays put: a test reads it as served.
        client.setRefreshHandler((page, url, seconds) -> { });
    }

    HtmlPage open(String path) throws IOException {
        return client.getPage("http://localhost" + path);
    }

    /** Whatever the path answers (a download, not only a page). */
    org.htmlunit.Page fetch(String path) throws IOException {
        return client.getPage("http://localhost" + path);
    }

    /** Opens the path, is sent to the login page, logs in with the demo password and lands on the path. */
    HtmlPage logIn(String username, String path) throws IOException {
        HtmlPage login = open(path);
        assertThat(login.getTitleText()).isEqualTo("Inloggen - Weerbaar");
        ((HtmlInput) login.getElementById("username")).setValue(username);
        ((HtmlInput) login.getElementById("password")).setValue("demo");
        HtmlPage page = submit(login, "Inloggen");
        assertThat(page.getUrl().getPath()).isEqualTo(path);
        return page;
    }

    /** Clicks the submit button with this text, in whichever form on the page holds it. */
    static HtmlPage submit(HtmlPage page, String buttonText) throws IOException {
        for (HtmlForm form : page.getForms()) {
            for (HtmlElement button : form.getElementsByTagName("button")) {
                if (button.asNormalizedText().equals(buttonText)) {
                    return ((HtmlButton) button).click();
                }
            }
        }
        throw new AssertionError("no button '" + buttonText + "' on " + page.getUrl());
    }

    @Override
    public void close() {
        client.close();
    }
}
