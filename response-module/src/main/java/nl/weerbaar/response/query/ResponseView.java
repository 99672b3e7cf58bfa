package nl.weerbaar.response.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.response.api.InvolvedActor;
import nl.weerbaar.response.api.LetterContent;
import nl.weerbaar.response.api.PoliceInvolvement;
import nl.weerbaar.response.api.StopConversationPlan;

/**
 * One response decision on an incident: an intervention or the decision to take no response for now.
 * Only the details of its kind are set.
 *
 * @param kind   an {@code InterventionType} name, or {@code NO_RESPONSE}
 * @param status {@code CHOSEN}, {@code COMPLETED} or {@code CANCELLED}; {@code DECIDED} for no response
 * @param sentOn the day a corrective letter went out, once recorded
 * @param complaintFiledBy who filed a criminal complaint for the municipality, once recorded
 * @param complaintFiledOn the day it was filed
 */
public record ResponseView(UUID responseId, IncidentId incidentId, String kind, String status,
        boolean officialConsulted, String officialView, String rationale, List<InvolvedActor> involvedActors,
        String decidedByRole, Instant decidedAt, StopConversationPlan stopConversation, LetterContent letter,
        PoliceInvolvement police, AccessBanView accessBan, String outcome, Instant completedAt,
        String cancellationReason, Instant cancelledAt, LocalDate sentOn, String complaintFiledBy,
        LocalDate complaintFiledOn, boolean personalDataErased) {
}
