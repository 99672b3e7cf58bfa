package nl.weerbaar.incident.api;

/**
 * Query for the response module's overview of a perpetrator profile: every incident linked to the
 * profile, oldest first, answered with a list of {@link IncidentForDecision}. Unlike
 * {@link EarlierIncidentsOfPerpetrator} it looks at the whole profile, not back from one incident.
 * Visibility is not applied: the asker checks each incident with {@link FindIncidentForDecision}.
 */
public record IncidentsOfPerpetrator(PerpetratorId perpetratorId) {
}
