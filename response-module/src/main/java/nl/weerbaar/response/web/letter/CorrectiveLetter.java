package nl.weerbaar.response.web.letter;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.response.api.LetterContent;

/**
 * What goes into one corrective letter: the texts as the read model has them (so an erased letter
 * reads "[gewist]"), the incident's reference and the date the letter carries.
 */
public record CorrectiveLetter(IncidentReference reference, LetterContent content, LocalDate date) {

    private static final Map<String, String> FORMS_OF_ADDRESS = Map.of(
            "de heer ", "heer ", "dhr. ", "heer ", "mevrouw ", "mevrouw ", "mevr. ", "mevrouw ", "mw. ", "mevrouw ");

    /**
     * The opening line as Dutch letters have it: "Geachte heer Jansen," for "De heer J. Jansen" (the
     * form of address without its article), otherwise "Geachte" and the name as given.
     */
    public String salutation() {
        String name = content.recipientName() == null ? "" : content.recipientName().strip();
        String lower = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> form : FORMS_OF_ADDRESS.entrySet()) {
            if (lower.startsWith(form.getKey())) {
                return "Geachte " + form.getValue() + name.substring(form.getKey().length()).strip() + ",";
            }
        }
        return name.isEmpty() ? "Geachte heer, mevrouw," : "Geachte " + name + ",";
    }
}
