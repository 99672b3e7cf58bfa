package nl.weerbaar.incident.api;

import java.time.Instant;

/**
 * Query: the incidents closed at or before {@code closedBefore}, not on legal hold and not yet erased.
 * Answered with a {@code List<IncidentId>}.
 */
public record IncidentsDueForErasure(Instant closedBefore) {
}
