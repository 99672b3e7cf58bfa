package nl.weerbaar.communication.api;

import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The clerk or the secretary asks for an obvious falsehood on social media about an incident to be
 * corrected from the general municipal account.
 *
 * @param where              where the falsehood was posted (platform, account, link)
 * @param falsehood          what is false
 * @param proposedCorrection the correction proposed for the municipal account
 * @param requestedBy        the role asking: the protocol leaves this to the clerk or the secretary
 */
public record RequestFalsehoodCorrection(
        @TargetAggregateIdentifier FalsehoodCorrectionId correctionId,
        IncidentId incidentId,
        String where,
        String falsehood,
        String proposedCorrection,
        Role requestedBy) {

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        if (incidentId == null) {
            violations.add(new RuleViolation("incidentId", RuleViolation.REQUIRED));
        }
        Texts.require(violations, "where", where, CommunicationTexts.MAX_SHORT);
        Texts.require(violations, "falsehood", falsehood, CommunicationTexts.MAX_TEXT);
        Texts.require(violations, "proposedCorrection", proposedCorrection, CommunicationTexts.MAX_TEXT);
        return violations;
    }
}
