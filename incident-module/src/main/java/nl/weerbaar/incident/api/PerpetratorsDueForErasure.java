package nl.weerbaar.incident.api;

import java.time.Instant;

/**
 * Query: the perpetrator profiles whose retention is over: every incident linked to them (or to a
 * profile merged into them) has had its personal data erased, or, never linked, they were created
 * before {@code createdBefore}. Not merged into another and not erased yet. Answered with a
 * {@code List<PerpetratorId>}.
 */
public record PerpetratorsDueForErasure(Instant createdBefore) {
}
