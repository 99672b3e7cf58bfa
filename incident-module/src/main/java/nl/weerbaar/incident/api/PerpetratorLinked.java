package nl.weerbaar.incident.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The incident was linked to a perpetrator profile (the incident's side).
 *
 * @param repeat            the profile already had incidents: a second incident may warrant a response
 *                          where the first did not
 * @param previousIncidents the profile's incidents before this one
 */
@Revision("1")
public record PerpetratorLinked(
        IncidentId incidentId,
        PerpetratorId perpetratorId,
        boolean repeat,
        List<IncidentId> previousIncidents,
        Instant linkedAt) {
}
