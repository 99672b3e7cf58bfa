package nl.weerbaar.incident.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a norm to the norms framework, as council and college agreed it (administrator). */
public record AdoptNorm(@TargetAggregateIdentifier NormId normId, String code, String title, String description,
        LocalDate adoptedOn) {

    public static final int MAX_CODE = 20;
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 5_000;

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "code", code, MAX_CODE);
        Texts.require(violations, "title", title, MAX_TITLE);
        Texts.require(violations, "description", description, MAX_DESCRIPTION);
        if (adoptedOn == null) {
            violations.add(new RuleViolation("adoptedOn", RuleViolation.REQUIRED));
        }
        return violations;
    }
}
