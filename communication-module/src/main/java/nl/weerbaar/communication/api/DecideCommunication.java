package nl.weerbaar.communication.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Decide, jointly and with the official's agreement, whether and how to communicate about an incident:
 * internally (to whom) and externally (in what form). A later decision on the same incident revises the
 * current one; both stay in the history.
 *
 * @param communicationId the incident's communication file, {@link CommunicationId#of(IncidentId)}
 * @param officialAgreed  must be {@code true}: nothing is communicated without the official's agreement
 * @param external        whether to communicate externally; {@code externalForm} says how
 * @param decidedBy       the role of the case handler recording the decision
 */
public record DecideCommunication(
        @TargetAggregateIdentifier CommunicationId communicationId,
        CommunicationDecisionId decisionId,
        IncidentId incidentId,
        Set<Participant> participants,
        Boolean officialAgreed,
        Set<InternalAudience> internalAudiences,
        Boolean external,
        String externalForm,
        String rationale,
        Role decidedBy) {

    public DecideCommunication {
        participants = participants == null ? Set.of() : Set.copyOf(participants);
        internalAudiences = internalAudiences == null ? Set.of() : Set.copyOf(internalAudiences);
    }

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        if (participants.isEmpty()) {
            violations.add(new RuleViolation("participants", RuleViolation.REQUIRED));
        } else if (!participants.contains(Participant.OFFICIAL)) {
            violations.add(new RuleViolation("participants", CommunicationTexts.OFFICIAL_MUST_TAKE_PART));
        } else if (!participants.contains(Participant.MAYOR) || !(participants.contains(Participant.CLERK)
                || participants.contains(Participant.MUNICIPAL_SECRETARY))) {
            violations.add(new RuleViolation("participants", CommunicationTexts.NOT_JOINT));
        }
        if (!Boolean.TRUE.equals(officialAgreed)) {
            violations.add(new RuleViolation("officialAgreed", CommunicationTexts.AGREEMENT_REQUIRED));
        }
        if (external == null) {
            violations.add(new RuleViolation("external", RuleViolation.REQUIRED));
        } else if (external) {
            Texts.require(violations, "externalForm", externalForm, CommunicationTexts.MAX_TEXT);
        }
        Texts.require(violations, "rationale", rationale, CommunicationTexts.MAX_TEXT);
        return violations;
    }

    /** Deciding to communicate nothing at all is a decision too (and the default until one is taken). */
    public boolean communicatesNothing() {
        return internalAudiences.isEmpty() && !Boolean.TRUE.equals(external);
    }
}
