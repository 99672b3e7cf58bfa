package nl.weerbaar.incident.api;

/**
 * What a decision about an incident in another module needs to know of it: never its content.
 *
 * @param handler       the case handler role the incident is routed to
 * @param perpetratorId the linked perpetrator profile, or {@code null}; lets a response page look back
 * @param repeat        the profile already had incidents when this one was linked (the escalation hint)
 */
public record IncidentForDecision(IncidentId incidentId, IncidentReference reference, IncidentStatus status,
        OfficialId officialId, Role handler, PerpetratorId perpetratorId, boolean repeat) {
}
