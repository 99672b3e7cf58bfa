package nl.weerbaar.incident.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The incident was discussed with the clerk, the secretary and/or the mayor.
 *
 * @param registered {@code true} for the first discussion: the incident entered the Incident Register
 */
@Revision("1")
public record IncidentDiscussed(
        IncidentId incidentId,
        List<DiscussionParty> discussedWith,
        Instant discussedAt,
        @PersonalData(subject = "incidentId") String agreedNextStep,
        boolean registered,
        Instant recordedAt) {
}
