package nl.weerbaar.response.web.letter;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The municipality's letterhead for generated letters ({@code weerbaar.letterhead.*}). The defaults
 * are Assen's; {@code municipality-name} follows {@code weerbaar.municipality.name} (application.properties).
 *
 * @param senderTitle   who signs: the mayor is competent for measures against aggression
 * @param returnAddress the lines of the municipality's postal address, printed in the letterhead
 * @param place         the place of the date line ("Assen, 29 november 2026")
 * @param footer        optional line at the foot of the letter, e.g. how to reach the municipality
 */
@ConfigurationProperties("weerbaar.letterhead")
public record LetterheadSettings(
        @DefaultValue("Gemeente Assen") String municipalityName,
        @DefaultValue("De burgemeester van Assen") String senderTitle,
        @DefaultValue({"Postbus 30018", "9400 RA Assen"}) List<String> returnAddress,
        @DefaultValue("Assen") String place,
        String footer) {

    public LetterheadSettings {
        returnAddress = returnAddress == null ? List.of() : List.copyOf(returnAddress);
    }
}
