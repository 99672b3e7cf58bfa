package nl.weerbaar.response.api;

import java.time.Instant;
import java.util.List;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/**
 * An intervention was chosen for an incident, together with the official. Exactly the details of its
 * type are set; the others are {@code null}. Every text belongs to the incident's data subject (the
 * view of the official, the reasoning, and what is said about the perpetrator), so an erasure of the
 * incident erases it; dates, types and flags stay readable.
 */
@Revision("1")
public record InterventionChosen(
        InterventionId interventionId,
        IncidentId incidentId,
        InterventionType type,
        @PersonalData(subject = "incidentId") Consultation consultation,
        @PersonalData(subject = "incidentId") String rationale,
        List<InvolvedActor> involvedActors,
        @PersonalData(subject = "incidentId") StopConversationPlan stopConversation,
        @PersonalData(subject = "incidentId") LetterContent letter,
        @PersonalData(subject = "incidentId") PoliceInvolvement police,
        @PersonalData(subject = "incidentId") AccessBanTerms accessBan,
        Role decidedBy,
        Instant chosenAt) {
}
