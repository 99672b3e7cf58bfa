package nl.weerbaar.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A closed incident was reopened; it returns to the status it had before closing.
 *
 * @param status the status it returns to
 */
@Revision("1")
public record IncidentReopened(
        IncidentId incidentId,
        @PersonalData(subject = "incidentId") String reason,
        IncidentStatus status,
        Instant reopenedAt) {
}
