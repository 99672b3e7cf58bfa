package nl.weerbaar.response.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the extra measures agreed with police and/or OM against an acute threat to an official.
 *
 * @param what       the measures, e.g. camera surveillance at home, a panic button
 * @param until      the last day they apply; not before {@code from}
 * @param incidentId optional: a threat may come to light other than through a reported incident
 */
public record AgreeThreatMeasures(
        @TargetAggregateIdentifier ThreatMeasureId threatMeasureId,
        OfficialId officialId,
        String what,
        LocalDate from,
        LocalDate until,
        Set<ThreatPartner> agreedWith,
        IncidentId incidentId,
        Role agreedBy) {

    public static final String BEFORE_START = "beforeStart";

    public AgreeThreatMeasures {
        agreedWith = agreedWith == null ? Set.of() : Set.copyOf(agreedWith);
    }

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        ProtectionRules.required(violations, "officialId", officialId);
        Texts.require(violations, "what", what, ResponseTexts.MAX_TEXT);
        ProtectionRules.required(violations, "from", from);
        ProtectionRules.required(violations, "until", until);
        if (from != null && until != null && until.isBefore(from)) {
            violations.add(new RuleViolation("until", BEFORE_START));
        }
        if (agreedWith.isEmpty()) {
            // the protocol's acute-threat measures are by definition agreed with police or OM
            violations.add(new RuleViolation("agreedWith", RuleViolation.REQUIRED));
        }
        return violations;
    }
}
