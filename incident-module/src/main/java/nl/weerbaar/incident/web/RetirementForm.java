package nl.weerbaar.incident.web;

import java.util.List;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.RetireNorm;
import nl.weerbaar.incident.api.RuleViolation;

/** The form that retires a norm, as posted. */
public record RetirementForm(String retiredOn) {

    static RetirementForm blank() {
        return new RetirementForm(null);
    }

    RetireNorm command(NormId normId, List<RuleViolation> unreadable) {
        return new RetireNorm(normId, FormDates.parse(retiredOn, "retiredOn", unreadable));
    }
}
