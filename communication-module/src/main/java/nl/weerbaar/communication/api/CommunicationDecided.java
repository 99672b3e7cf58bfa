package nl.weerbaar.communication.api;

import java.time.Instant;
import java.util.List;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/**
 * A communication decision was taken about an incident, jointly and with the official's agreement. The
 * texts may describe the official and what happened, so they are personal data of the incident; the
 * audiences, the participants and the dates stay readable.
 *
 * @param number  1 for the first decision on the incident, higher for each revision
 * @param revises the decision this one replaces, or {@code null} for the first
 */
@Revision("1")
public record CommunicationDecided(
        CommunicationId communicationId,
        CommunicationDecisionId decisionId,
        IncidentId incidentId,
        int number,
        CommunicationDecisionId revises,
        List<Participant> participants,
        boolean officialAgreed,
        List<InternalAudience> internalAudiences,
        boolean external,
        @PersonalData(subject = "incidentId") String externalForm,
        @PersonalData(subject = "incidentId") String rationale,
        Role decidedBy,
        Instant decidedAt) {
}
