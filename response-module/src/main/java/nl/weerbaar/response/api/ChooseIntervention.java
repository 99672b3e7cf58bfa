package nl.weerbaar.response.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Choose an intervention for an incident, together with the official. Only the details of the
 * chosen type count; the details of other types are not stored.
 *
 * @param decidedBy the role of the case handler deciding
 */
public record ChooseIntervention(
        IncidentId incidentId,
        @TargetAggregateIdentifier InterventionId interventionId,
        InterventionType type,
        Consultation consultation,
        String rationale,
        Set<InvolvedActor> involvedActors,
        StopConversationPlan stopConversation,
        LetterContent letter,
        PoliceInvolvement police,
        AccessBanTerms accessBan,
        Role decidedBy) {

    public ChooseIntervention {
        involvedActors = involvedActors == null ? Set.of() : Set.copyOf(involvedActors);
        consultation = consultation == null ? new Consultation(null, null) : consultation;
    }

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        if (type == null) {
            violations.add(new RuleViolation("type", RuleViolation.REQUIRED));
        }
        consultation.check(violations);
        Texts.require(violations, "rationale", rationale, ResponseTexts.MAX_TEXT);
        if (type == null) {
            return violations;
        }
        switch (type) {
            case STOP_CONVERSATION -> orEmpty(stopConversation).check(violations);
            case CORRECTIVE_LETTER -> (letter == null ? new LetterContent(null, null, null, null, null) : letter)
                    .check(violations);
            case POLICE_REPORT, CRIMINAL_COMPLAINT -> (police == null ? new PoliceInvolvement(null, null) : police)
                    .check(violations);
            case ACCESS_BAN -> (accessBan == null ? new AccessBanTerms(null, null, null, null, null) : accessBan)
                    .check(violations);
        }
        return violations;
    }

    private static StopConversationPlan orEmpty(StopConversationPlan plan) {
        return plan == null ? new StopConversationPlan(null, null, null, null) : plan;
    }
}
