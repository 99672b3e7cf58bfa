package nl.weerbaar.response.api;

import java.time.LocalDate;

/**
 * Query: the access bans whose last day was before {@code today}, not lifted, cancelled or expired yet.
 * Answered with a {@code List<InterventionId>}; each ban checks again before it expires.
 */
public record AccessBansDueForExpiry(LocalDate today) {
}
