package nl.weerbaar.aftercare.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a step in the criminal case that police or public prosecutor reported, so the official can
 * be told about it.
 *
 * @param date the day the municipality heard of it: the working days to inform the official count from here
 */
public record RecordCaseUpdate(
        @TargetAggregateIdentifier CaseUpdateId caseUpdateId,
        IncidentId incidentId,
        LocalDate date,
        CaseUpdateSource source,
        CaseUpdateKind kind,
        String summary,
        Role recordedBy) {

    public static final String CONTEXT = "caseUpdate";

    public List<RuleViolation> violations(LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        AftercareRules.happened(violations, "date", date, today);
        AftercareRules.required(violations, "source", source);
        AftercareRules.required(violations, "kind", kind);
        Texts.require(violations, "summary", summary, AftercareTexts.MAX_TEXT);
        return violations;
    }
}
