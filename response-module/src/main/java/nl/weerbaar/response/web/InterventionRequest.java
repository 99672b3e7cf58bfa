package nl.weerbaar.response.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.response.api.AccessBanTerms;
import nl.weerbaar.response.api.BanScope;
import nl.weerbaar.response.api.ChooseIntervention;
import nl.weerbaar.response.api.Consultation;
import nl.weerbaar.response.api.ConversationConductor;
import nl.weerbaar.response.api.ConversationSetting;
import nl.weerbaar.response.api.InterventionId;
import nl.weerbaar.response.api.InterventionType;
import nl.weerbaar.response.api.InvolvedActor;
import nl.weerbaar.response.api.LetterContent;
import nl.weerbaar.response.api.PoliceInvolvement;
import nl.weerbaar.response.api.StopConversationPlan;

/**
 * The body of {@code POST /api/incidents/{id}/interventions}: flat, as the API documents it.
 *
 * @param interventionId optional; a client that sets it may safely retry (a second one is refused as a conflict)
 */
record InterventionRequest(UUID interventionId, InterventionType type, Boolean officialConsulted, String officialView,
        String rationale, Set<InvolvedActor> involvedActors, ConversationConductor conductedBy,
        String actorDescription, LocalDate plannedOn, ConversationSetting setting, String behaviour, String impact,
        String consequences, String recipientName, String recipientAddress, Boolean vpt, String policeReference,
        BanScope scope, String area, LocalDate from, LocalDate until, String legalBasis) {

    ChooseIntervention toCommand(IncidentId incidentId, Caller caller) {
        return new ChooseIntervention(incidentId,
                new InterventionId(interventionId == null ? UUID.randomUUID() : interventionId), type,
                new Consultation(officialConsulted, officialView), rationale, involvedActors,
                new StopConversationPlan(conductedBy, actorDescription, plannedOn, setting),
                new LetterContent(behaviour, impact, consequences, recipientName, recipientAddress),
                new PoliceInvolvement(vpt, policeReference),
                new AccessBanTerms(scope, area, from, until, legalBasis), caller.role());
    }
}
