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
 * Decide, together with the official, to take no response for now. A decision of its own, with a
 * rationale, so a later repeat by the same perpetrator shows it.
 *
 * @param decidedBy the role of the case handler deciding
 */
public record DecideNoResponse(
        @TargetAggregateIdentifier DecisionId decisionId,
        IncidentId incidentId,
        Consultation consultation,
        String rationale,
        Set<InvolvedActor> involvedActors,
        Role decidedBy) {

    public DecideNoResponse {
        involvedActors = involvedActors == null ? Set.of() : Set.copyOf(involvedActors);
        consultation = consultation == null ? new Consultation(null, null) : consultation;
    }

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        consultation.check(violations);
        Texts.require(violations, "rationale", rationale, ResponseTexts.MAX_TEXT);
        return violations;
    }
}
