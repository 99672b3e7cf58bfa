package nl.weerbaar.communication.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/** The correction was published; the link may lead to the official's post, so it is personal data of the incident. */
@Revision("1")
public record FalsehoodCorrectionPublished(
        FalsehoodCorrectionId correctionId,
        IncidentId incidentId,
        LocalDate publishedOn,
        @PersonalData(subject = "incidentId") String link,
        Role recordedBy,
        Instant recordedAt) {
}
