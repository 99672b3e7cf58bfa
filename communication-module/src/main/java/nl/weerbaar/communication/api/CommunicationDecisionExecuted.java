package nl.weerbaar.communication.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/** A communication decision was carried out; who did it is named in words, so that is personal data of the incident. */
@Revision("1")
public record CommunicationDecisionExecuted(
        CommunicationId communicationId,
        CommunicationDecisionId decisionId,
        IncidentId incidentId,
        LocalDate executedOn,
        @PersonalData(subject = "incidentId") String executedBy,
        Role recordedBy,
        Instant recordedAt) {
}
