package nl.weerbaar.response.web;

import java.util.List;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.response.api.InterventionStatus;
import nl.weerbaar.response.api.InterventionType;
import nl.weerbaar.response.query.ResponseView;

/**
 * What was done about the same perpetrator before, and the next step on the ladder (stop conversation,
 * corrective letter, police report, then criminal complaint or access ban). Only a suggestion: the
 * protocol leaves the choice to the handler and the official.
 *
 * @param next the suggested step: an {@link InterventionType} name, or {@code TOP} for complaint or ban
 */
record EscalationHint(List<Earlier> earlier, String next) {

    /** One earlier decision, with the reference of the incident it was about. */
    record Earlier(IncidentReference reference, ResponseView response) {
    }

    static EscalationHint of(List<Earlier> earlier) {
        int highest = earlier.stream()
                .map(Earlier::response)
                .filter(response -> !InterventionStatus.CANCELLED.name().equals(response.status()))
                .filter(response -> !response.kind().equals("NO_RESPONSE"))
                .mapToInt(response -> InterventionType.valueOf(response.kind()).ordinal())
                .max().orElse(-1);
        int next = highest + 1;
        return new EscalationHint(earlier, next >= InterventionType.CRIMINAL_COMPLAINT.ordinal()
                ? "TOP" : InterventionType.values()[next].name());
    }
}
