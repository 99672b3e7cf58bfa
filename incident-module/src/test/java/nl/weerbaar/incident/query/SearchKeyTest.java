package nl.weerbaar.incident.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jósé Jansen       | jose jansen",
            "  JOSÉ   JANSEN   | jose jansen",
            "Çağlar Ünal       | caglar unal",
            "@PietP            | pietp",
            "@ piet            | piet",
            "ﬁona              | fiona"})
    void aKeyIsLowerCaseWithoutAccentsSpacesOrLeadingAt(String text, String key) {
        assertThat(SearchKey.of(text)).isEqualTo(key);
    }

    @Test
    void nothingToFindGivesNoKey() {
        assertThat(SearchKey.of((String) null)).isNull();
        assertThat(SearchKey.of("   ")).isNull();
        assertThat(SearchKey.of("@")).isNull();
        assertThat(SearchKey.of("[gewist]")).as("an erased text names no one").isNull();
    }

    @Test
    void keysOfSeveralTextsAreDistinctAndInOrder() {
        assertThat(SearchKey.of(Arrays.asList("@Jose", null, "José", "Piet"))).containsExactly("jose", "piet");
    }
}
