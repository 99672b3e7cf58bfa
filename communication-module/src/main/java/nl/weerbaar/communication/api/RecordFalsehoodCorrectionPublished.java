package nl.weerbaar.communication.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that the approved correction was published from the municipal account.
 *
 * @param link       where it was published, if known
 * @param recordedBy the role of the case handler recording it
 */
public record RecordFalsehoodCorrectionPublished(
        @TargetAggregateIdentifier FalsehoodCorrectionId correctionId,
        LocalDate publishedOn,
        String link,
        Role recordedBy) {

    public List<RuleViolation> violations(LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        if (publishedOn == null) {
            violations.add(new RuleViolation("publishedOn", RuleViolation.REQUIRED));
        } else if (publishedOn.isAfter(today)) {
            violations.add(new RuleViolation("publishedOn", RuleViolation.IN_FUTURE));
        }
        Texts.limit(violations, "link", link, CommunicationTexts.MAX_SHORT);
        return violations;
    }
}
