package nl.weerbaar.response.api;

import java.util.List;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;

/**
 * A police report or criminal complaint.
 *
 * @param vpt             the code Veilige Publieke Taak: must be {@code true}; a request without it is
 *                        refused, never silently corrected, so nobody believes it was set when it was not
 * @param policeReference the police's number for it, once known
 */
public record PoliceInvolvement(Boolean vpt, String policeReference) {

    public static final String VPT_REQUIRED = "vptRequired";

    public void check(List<RuleViolation> violations) {
        if (!Boolean.TRUE.equals(vpt)) {
            violations.add(new RuleViolation("vpt", VPT_REQUIRED));
        }
        Texts.limit(violations, "policeReference", policeReference, ResponseTexts.MAX_SHORT);
    }

    public PoliceInvolvement normalized() {
        return new PoliceInvolvement(vpt, Texts.normalize(policeReference));
    }
}
