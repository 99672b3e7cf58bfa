package nl.weerbaar.response.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * The municipality filed the criminal complaint with the police on {@code filedOn}, recorded at
 * {@code recordedAt}. From here on the police and the public prosecutor report progress, which the
 * official must be kept informed of. The name of whoever filed it and the police's number belong to the
 * incident's data subject, so an erasure of the incident erases them.
 *
 * @param policeReference the police's number, or {@code null} when it was not (yet) given
 */
@Revision("1")
public record CriminalComplaintFiled(
        InterventionId interventionId,
        IncidentId incidentId,
        @PersonalData(subject = "incidentId") String filedBy,
        LocalDate filedOn,
        @PersonalData(subject = "incidentId") String policeReference,
        Instant recordedAt) {
}
