package nl.weerbaar.aftercare.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/** The aftercare was completed; the note may say how the official is doing, so it is personal data of the incident. */
@Revision("1")
public record AftercareCompleted(
        AftercareId aftercareId,
        IncidentId incidentId,
        LocalDate completedOn,
        @PersonalData(subject = "incidentId") String note,
        Role recordedBy,
        Instant recordedAt) {
}
