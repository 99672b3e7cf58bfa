package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle speaks Dutch (the base file) and English ({@code _en}) with exactly the same keys,
 * none of them empty, so no page falls back to Dutch in the middle of English or shows a key.
 */
class MessageBundlesTest {

    static Stream<String> basenames() throws IOException {
        Properties application = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            application.load(in);
        }
        List<String> all = Arrays.stream(application.getProperty("spring.messages.basename").split(","))
                .map(String::trim).toList();
        assertThat(all).isNotEmpty();
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("basenames")
    void dutchAndEnglishHaveTheSameKeysAndNoEmptyText(String basename) throws IOException {
        Properties dutch = load(basename + ".properties");
        Properties english = load(basename + "_en.properties");

        Set<String> onlyDutch = new TreeSet<>(dutch.stringPropertyNames());
        onlyDutch.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(dutch.stringPropertyNames());
        assertThat(onlyDutch).as("keys of %s without English", basename).isEmpty();
        assertThat(onlyEnglish).as("keys of %s_en without Dutch", basename).isEmpty();
        assertThat(empty(dutch)).as("empty texts in %s", basename).isEmpty();
        assertThat(empty(english)).as("empty texts in %s_en", basename).isEmpty();
    }

    private static Set<String> empty(Properties bundle) {
        Set<String> keys = new TreeSet<>();
        bundle.stringPropertyNames().stream().filter(key -> bundle.getProperty(key).isBlank()).forEach(keys::add);
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as("bundle file %s on the class path", resource).isNotNull();
        Properties bundle = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        return bundle;
    }
}
