package nl.weerbaar.incident.query;

import java.time.Instant;
import java.util.List;
import nl.weerbaar.incident.api.PerpetratorId;

/**
 * One profile as a case handler sees it, with the person's history.
 *
 * <p>Interventions and access bans against the person belong here too; they arrive with the
 * response module, which will add them beside {@link #incidents()}.
 *
 * @param mergedInto       the profile it was merged into, where its incidents now count (so none here)
 * @param mergedProfiles   the profiles merged into this one: the same person under other names
 * @param incidents        its incidents the caller may see, oldest first
 * @param otherIncidents   how many more it has that another case handler handles
 */
public record PerpetratorProfileView(
        PerpetratorId perpetratorId,
        String name,
        List<String> handles,
        String description,
        Instant createdAt,
        PerpetratorId mergedInto,
        Instant erasedAt,
        List<PerpetratorProfileSummary> mergedProfiles,
        List<ProfileIncident> incidents,
        int otherIncidents) {

    /** What the person is called in lists: the name, or else the first handle; {@code null} with neither. */
    public String displayName() {
        return name != null ? name : handles.isEmpty() ? null : handles.get(0);
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public int incidentCount() {
        return incidents.size() + otherIncidents;
    }
}
