package nl.weerbaar.app;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

/** Dutch unless the visitor chooses English; the browser's language does not decide. */
class LanguageTest extends ApplicationTest {

    @Test
    void dutchIsTheDefaultWhateverTheBrowserAsksFor() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"nl\"")));
    }

    @Test
    void theSwitchChoosesEnglishAndTheCookieKeepsIt() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(cookie().value("weerbaar-taal", "en"));
        mvc.perform(get("/login").cookie(new Cookie("weerbaar-taal", "en")))
                .andExpect(content().string(containsString("<html lang=\"en\"")));
    }

    @Test
    void aLanguageWeDoNotSpeakIsDutch() throws Exception {
        mvc.perform(get("/login").param("lang", "de"))
                .andExpect(content().string(containsString("<html lang=\"nl\"")));
    }
}
