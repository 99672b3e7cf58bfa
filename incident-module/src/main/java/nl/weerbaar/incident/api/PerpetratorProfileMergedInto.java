package nl.weerbaar.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** This profile was merged into another and no longer stands on its own. */
@Revision("1")
public record PerpetratorProfileMergedInto(PerpetratorId perpetratorId, PerpetratorId survivorId, Instant mergedAt) {
}
