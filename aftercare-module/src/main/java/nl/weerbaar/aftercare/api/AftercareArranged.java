package nl.weerbaar.aftercare.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/** The aftercare was arranged; who arranged it and with whom name people, so they are personal data of the incident. */
@Revision("1")
public record AftercareArranged(
        AftercareId aftercareId,
        IncidentId incidentId,
        @PersonalData(subject = "incidentId") String arrangedBy,
        @PersonalData(subject = "incidentId") String arrangedWith,
        LocalDate arrangedOn,
        Role recordedBy,
        Instant recordedAt) {
}
