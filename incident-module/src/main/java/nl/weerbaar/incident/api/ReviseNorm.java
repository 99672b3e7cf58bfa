package nl.weerbaar.incident.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reword a norm: a new version; assessments keep the version they applied. */
public record ReviseNorm(@TargetAggregateIdentifier NormId normId, String title, String description,
        LocalDate revisedOn) {

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "title", title, AdoptNorm.MAX_TITLE);
        Texts.require(violations, "description", description, AdoptNorm.MAX_DESCRIPTION);
        if (revisedOn == null) {
            violations.add(new RuleViolation("revisedOn", RuleViolation.REQUIRED));
        }
        return violations;
    }
}
