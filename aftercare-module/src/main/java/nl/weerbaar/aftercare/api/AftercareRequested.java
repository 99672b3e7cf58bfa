package nl.weerbaar.aftercare.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/** The official asked for aftercare; what they asked for says something about them, so it is personal data of the incident. */
@Revision("1")
public record AftercareRequested(
        AftercareId aftercareId,
        IncidentId incidentId,
        AftercareKind kind,
        @PersonalData(subject = "incidentId") String description,
        LocalDate requestedOn,
        Role requestedBy,
        Instant recordedAt) {
}
