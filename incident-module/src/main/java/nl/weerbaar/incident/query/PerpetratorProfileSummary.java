package nl.weerbaar.incident.query;

import java.time.Instant;
import java.util.List;
import nl.weerbaar.incident.api.PerpetratorId;

/**
 * A profile in a list (search results, suggested candidates, the profile linked to an incident).
 *
 * @param incidentCount its incidents, those of profiles merged into it included, whoever handles them
 */
public record PerpetratorProfileSummary(
        PerpetratorId perpetratorId,
        String name,
        List<String> handles,
        String description,
        Instant createdAt,
        int incidentCount,
        Instant erasedAt) {

    /** What the person is called in lists: the name, or else the first handle; {@code null} with neither. */
    public String displayName() {
        return name != null ? name : handles.isEmpty() ? null : handles.get(0);
    }

    public boolean isErased() {
        return erasedAt != null;
    }
}
