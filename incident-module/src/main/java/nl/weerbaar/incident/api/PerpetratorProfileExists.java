package nl.weerbaar.incident.api;

/**
 * Query whether a perpetrator profile exists (also when merged into another), answered with a
 * {@code Boolean}: the response module's overview of a profile tells an unknown profile (404) from a
 * profile without responses.
 */
public record PerpetratorProfileExists(PerpetratorId perpetratorId) {
}
