package nl.weerbaar.response.api;

import java.util.List;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;

/**
 * The protocol decides a response together with the affected official (in samenspraak): that they
 * were consulted, and what they said. Part of every response decision.
 *
 * @param officialConsulted must be {@code true}; missing or {@code false} is refused
 */
public record Consultation(Boolean officialConsulted, String officialView) {

    public static final String CONSULTATION_REQUIRED = "consultationRequired";
    public static final int MAX_VIEW = 2_000;

    /** Field names as the API spells them: the consultation's fields sit at the top of a request. */
    public void check(List<RuleViolation> violations) {
        if (!Boolean.TRUE.equals(officialConsulted)) {
            violations.add(new RuleViolation("officialConsulted", CONSULTATION_REQUIRED));
        }
        Texts.require(violations, "officialView", officialView, MAX_VIEW);
    }

    public Consultation normalized() {
        return new Consultation(officialConsulted, Texts.normalize(officialView));
    }
}
