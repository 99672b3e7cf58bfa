package nl.weerbaar.incident.api;

/**
 * Query for the response module's escalation hint: the incidents of this perpetrator reported before
 * the given one, answered with a list of {@link IncidentForDecision}. Only references and states, never
 * content; the asking page shows the hint to case handlers only, since the earlier incidents may concern
 * other officials.
 */
public record EarlierIncidentsOfPerpetrator(PerpetratorId perpetratorId, IncidentId incidentId) {
}
