package nl.weerbaar.incident.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** This profile took over the other profile and its incidents. */
@Revision("1")
public record PerpetratorProfilesMerged(
        PerpetratorId perpetratorId,
        PerpetratorId mergedPerpetratorId,
        List<IncidentId> incidentsTakenOver,
        Instant mergedAt) {
}
