package nl.weerbaar.response.web.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.response.api.LetterContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorrectiveLetterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "De heer J. Jansen|Geachte heer J. Jansen,",
            "dhr. Jansen|Geachte heer Jansen,",
            "Mevrouw A. Bakker|Geachte mevrouw A. Bakker,",
            "mw. Bakker|Geachte mevrouw Bakker,",
            "Sam de Boer|Geachte Sam de Boer,"})
    void theSalutationUsesTheFormOfAddressWithoutItsArticle(String recipient, String salutation) {
        assertThat(letterTo(recipient).salutation()).isEqualTo(salutation);
    }

    private static CorrectiveLetter letterTo(String recipient) {
        return new CorrectiveLetter(new IncidentReference(2026, 1),
                new LetterContent("gedrag", "gevolgen", "bij herhaling", recipient, "Kerkstraat 1"),
                LocalDate.of(2026, 11, 29));
    }
}
