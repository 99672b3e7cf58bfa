package nl.weerbaar.aftercare.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/** Police or public prosecutor reported a step in the case; the summary is about the suspect and the official. */
@Revision("1")
public record CaseUpdateRecorded(
        CaseUpdateId caseUpdateId,
        IncidentId incidentId,
        LocalDate date,
        CaseUpdateSource source,
        CaseUpdateKind kind,
        @PersonalData(subject = "incidentId") String summary,
        Role recordedBy,
        Instant recordedAt) {
}
