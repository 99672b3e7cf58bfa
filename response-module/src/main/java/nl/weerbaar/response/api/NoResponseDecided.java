package nl.weerbaar.response.api;

import java.time.Instant;
import java.util.List;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/** It was decided, together with the official, to take no response for now. */
@Revision("1")
public record NoResponseDecided(
        DecisionId decisionId,
        IncidentId incidentId,
        @PersonalData(subject = "incidentId") Consultation consultation,
        @PersonalData(subject = "incidentId") String rationale,
        List<InvolvedActor> involvedActors,
        Role decidedBy,
        Instant decidedAt) {
}
