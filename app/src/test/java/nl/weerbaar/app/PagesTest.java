package nl.weerbaar.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the page tests: a browser without JavaScript (HtmlUnit over MockMvc), new for every test. */
public abstract class PagesTest extends ApplicationTest {

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(mvc);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
