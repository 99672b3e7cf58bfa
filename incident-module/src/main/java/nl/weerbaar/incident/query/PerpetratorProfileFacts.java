package nl.weerbaar.incident.query;

import java.time.Instant;
import java.util.List;
import nl.weerbaar.incident.api.PerpetratorId;

/**
 * What the administrator needs to erase a profile: dates and counts, never what it says about the
 * person or its incidents.
 */
public record PerpetratorProfileFacts(
        PerpetratorId perpetratorId,
        Instant createdAt,
        PerpetratorId mergedInto,
        Instant erasedAt,
        List<PerpetratorId> mergedProfiles,
        int incidentCount) {
}
