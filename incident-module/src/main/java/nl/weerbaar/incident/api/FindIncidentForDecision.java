package nl.weerbaar.incident.api;

/**
 * Query for other modules that decide about an incident (responses, communication, aftercare): the
 * incident as far as such a decision needs it, if it exists and the caller may see it. Answered with
 * an optional {@link IncidentForDecision}; empty for unknown and not-visible alike (need-to-know).
 */
public record FindIncidentForDecision(IncidentId incidentId, Caller caller) {
}
