package nl.weerbaar.communication.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.communication.api.InternalAudience;
import nl.weerbaar.communication.api.Participant;
import nl.weerbaar.incident.api.IncidentId;

/**
 * One communication decision on an incident, as those who may see the incident read it.
 *
 * @param current      it holds: no later decision revised it
 * @param supersededBy the revision that replaced it, or {@code null}
 * @param executedOn   when it was carried out, once recorded
 */
public record CommunicationDecisionView(UUID decisionId, IncidentId incidentId, int number, UUID revises,
        boolean current, UUID supersededBy, List<Participant> participants, boolean officialAgreed,
        List<InternalAudience> internalAudiences, boolean external, String externalForm, String rationale,
        String decidedByRole, Instant decidedAt, LocalDate executedOn, String executedBy,
        String executionRecordedByRole, Instant executionRecordedAt, boolean personalDataErased) {

    /** Deciding to communicate nothing is a decision too; there is then nothing to carry out. */
    public boolean communicatesNothing() {
        return internalAudiences.isEmpty() && !external;
    }

    public boolean sharedWithPartyLeaders() {
        return internalAudiences.contains(InternalAudience.PARTY_LEADERS);
    }
}
