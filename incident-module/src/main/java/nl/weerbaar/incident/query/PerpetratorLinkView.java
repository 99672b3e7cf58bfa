package nl.weerbaar.incident.query;

import java.time.Instant;
import java.util.List;
import nl.weerbaar.incident.api.IncidentId;

/**
 * The profile an incident is linked to, and whether the link made it a repeat.
 *
 * @param profile                the profile that stands for the person now (after any merge)
 * @param previousIncidentCount  the profile's incidents when this one was linked
 * @param previousIncidents      those of them the caller may see
 */
public record PerpetratorLinkView(
        IncidentId incidentId,
        PerpetratorProfileSummary profile,
        boolean repeat,
        int previousIncidentCount,
        List<ProfileIncident> previousIncidents,
        Instant linkedAt) {

    /** Earlier incidents that another case handler handles: counted, not shown. */
    public int otherPreviousIncidents() {
        return previousIncidentCount - previousIncidents.size();
    }
}
