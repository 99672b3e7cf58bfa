package nl.weerbaar.response.web.letter;

import java.time.LocalDate;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.response.api.LetterContent;

/**
 * What goes into one corrective letter: the texts as the read model has them (so an erased letter
 * reads "[gewist]"), the incident's reference and the date the letter carries.
 */
public record CorrectiveLetter(IncidentReference reference, LetterContent content, LocalDate date) {
}
