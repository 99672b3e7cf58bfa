package nl.weerbaar.aftercare.query;

import java.time.Instant;
import java.util.UUID;

/** A criminal complaint was filed for the incident: keeping the official informed should start. */
public record FollowUpOffer(UUID interventionId, Instant offeredAt) {
}
