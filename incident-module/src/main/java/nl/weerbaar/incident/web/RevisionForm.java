package nl.weerbaar.incident.web;

import java.util.List;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.ReviseNorm;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.query.NormView;

/** The form that rewords a norm, as posted: text only, so any input can be shown back. */
public record RevisionForm(String title, String description, String revisedOn) {

    /** Starts from the current wording, which is what the administrator changes. */
    static RevisionForm of(NormView current) {
        return new RevisionForm(current.title(), current.description(), null);
    }

    ReviseNorm command(NormId normId, List<RuleViolation> unreadable) {
        return new ReviseNorm(normId, title, description, FormDates.parse(revisedOn, "revisedOn", unreadable));
    }
}
