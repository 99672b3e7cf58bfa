package nl.weerbaar.aftercare.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a damage claim moved on (in progress, awarded, rejected, ...), with an optional note. */
public record UpdateDamageClaimStatus(
        @TargetAggregateIdentifier DamageClaimId damageClaimId,
        ClaimStatus status,
        LocalDate changedOn,
        String note,
        Role recordedBy) {

    public static final String CONTEXT = "claimStatus";
    public static final String BEFORE_FILING = "beforeFiling";

    public List<RuleViolation> violations(LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        AftercareRules.required(violations, "status", status);
        AftercareRules.happened(violations, "changedOn", changedOn, today);
        Texts.limit(violations, "note", note, AftercareTexts.MAX_TEXT);
        return violations;
    }
}
