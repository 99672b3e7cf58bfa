package nl.weerbaar.aftercare.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record when and how the official was told about a case update. */
public record RecordOfficialInformed(
        @TargetAggregateIdentifier CaseUpdateId caseUpdateId,
        Instant informedAt,
        InformationChannel how,
        String note,
        Role recordedBy) {

    public static final String CONTEXT = "informed";
    public static final String BEFORE_UPDATE = "beforeUpdate";

    public List<RuleViolation> violations(Instant now) {
        List<RuleViolation> violations = new ArrayList<>();
        AftercareRules.required(violations, "informedAt", informedAt);
        if (informedAt != null && informedAt.isAfter(now)) {
            violations.add(new RuleViolation("informedAt", RuleViolation.IN_FUTURE));
        }
        AftercareRules.required(violations, "how", how);
        Texts.limit(violations, "note", note, AftercareTexts.MAX_TEXT);
        return violations;
    }
}
