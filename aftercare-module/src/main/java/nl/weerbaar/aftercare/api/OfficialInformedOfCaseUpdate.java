package nl.weerbaar.aftercare.api;

import java.time.Instant;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/** The official was told about the case update; the note may say how they took it. */
@Revision("1")
public record OfficialInformedOfCaseUpdate(
        CaseUpdateId caseUpdateId,
        IncidentId incidentId,
        Instant informedAt,
        InformationChannel how,
        @PersonalData(subject = "incidentId") String note,
        Role recordedBy,
        Instant recordedAt) {
}
