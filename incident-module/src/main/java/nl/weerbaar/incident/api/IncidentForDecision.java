package nl.weerbaar.incident.api;

/**
 * What a decision about an incident in another module needs to know of it: never its content.
 *
 * @param handler the case handler role the incident is routed to
 */
public record IncidentForDecision(IncidentId incidentId, IncidentReference reference, IncidentStatus status,
        OfficialId officialId, Role handler) {
}
