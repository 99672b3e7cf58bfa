package nl.weerbaar.response.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a CCV safety scan was requested for an official, possibly after an incident.
 *
 * @param incidentId optional: a scan is also requested without an incident (e.g. on taking office)
 * @param requestedBy the role of the case handler recording it
 */
public record RequestSafetyScan(
        @TargetAggregateIdentifier SafetyScanId safetyScanId,
        OfficialId officialId,
        LocalDate requestedOn,
        IncidentId incidentId,
        Role requestedBy) {

    public List<RuleViolation> violations(LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        ProtectionRules.required(violations, "officialId", officialId);
        ProtectionRules.required(violations, "requestedOn", requestedOn);
        ProtectionRules.notAfter(violations, "requestedOn", requestedOn, today);
        return violations;
    }
}
