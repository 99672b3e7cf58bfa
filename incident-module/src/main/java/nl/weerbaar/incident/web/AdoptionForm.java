package nl.weerbaar.incident.web;

import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.AdoptNorm;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.RuleViolation;

/**
 * The adoption form as the browser posts it: text only, so any input can be shown back. It carries
 * its norm id from the first page on, which makes a double submit one norm.
 */
public record AdoptionForm(String normId, String code, String title, String description, String adoptedOn) {

    static AdoptionForm blank() {
        return new AdoptionForm(UUID.randomUUID().toString(), null, null, null, null);
    }

    /** The same answers under a fresh id, for when the id turned out to be taken (a resubmitted old form). */
    AdoptionForm withNewId() {
        return new AdoptionForm(UUID.randomUUID().toString(), code, title, description, adoptedOn);
    }

    /** @param unreadable receives what could not even be read (a malformed date) */
    AdoptNorm command(List<RuleViolation> unreadable) {
        return new AdoptNorm(id(), code, title, description, FormDates.parse(adoptedOn, "adoptedOn", unreadable));
    }

    /** A tampered id is replaced rather than refused: the id is the form's, not the user's. */
    private NormId id() {
        try {
            return NormId.of(normId);
        } catch (RuntimeException tampered) {
            return new NormId(UUID.randomUUID());
        }
    }
}
