package nl.weerbaar.incident.api;

/**
 * One version of a norm, as an assessment applied it: a later revision or retirement of the norm
 * never changes what this assessment says.
 */
public record NormVersion(NormId normId, int version) {
}
