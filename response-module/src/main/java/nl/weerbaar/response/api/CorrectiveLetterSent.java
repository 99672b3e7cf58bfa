package nl.weerbaar.response.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.incident.api.IncidentId;
import org.axonframework.serialization.Revision;

/**
 * The corrective letter went out to the perpetrator on {@code sentOn} (a day, as the post book has it),
 * recorded at {@code recordedAt}. No texts: the letter's content is in {@link InterventionChosen}.
 */
@Revision("1")
public record CorrectiveLetterSent(
        InterventionId interventionId,
        IncidentId incidentId,
        LocalDate sentOn,
        Instant recordedAt) {
}
