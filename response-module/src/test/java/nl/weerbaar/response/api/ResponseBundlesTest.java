package nl.weerbaar.response.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The module's Dutch and English bundles say the same things, and a refusal's page text is its API text. */
class ResponseBundlesTest {

    @Test
    void englishHasExactlyTheKeysOfDutch() throws IOException {
        assertThat(bundle("messages/response_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages/response.properties").stringPropertyNames());
    }

    @Test
    void everyRefusalIsWordedInBothLanguagesTheDutchAsTheApiSaysIt() throws IOException {
        Properties dutch = bundle("messages/response.properties");
        Properties english = bundle("messages/response_en.properties");
        for (ResponseConflict.Reason reason : ResponseConflict.Reason.values()) {
            assertThat(dutch.getProperty(reason.messageKey())).as(reason.name()).isEqualTo(reason.dutch());
            assertThat(english.getProperty(reason.messageKey())).as(reason.name()).isNotBlank();
            assertThat(new ResponseConflict(reason).getMessage()).isEqualTo(reason.dutch());
        }
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                ResponseBundlesTest.class.getClassLoader().getResourceAsStream(path), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
