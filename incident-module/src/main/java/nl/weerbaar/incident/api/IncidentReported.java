package nl.weerbaar.incident.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An incident was reported and routed to its case handler. It is not yet in the Incident Register:
 * that needs a discussion with the clerk, the secretary and/or the mayor.
 *
 * @param handler        the case handler role it is routed to
 * @param reportedByRole the reporter's role: {@link Role#OFFICIAL} or a case handler reporting on behalf
 * @param location       where it happened; may be the official's home, so personal data
 */
@Revision("1")
public record IncidentReported(
        IncidentId incidentId,
        IncidentReference reference,
        OfficialId officialId,
        OfficialKind officialKind,
        Role handler,
        Role reportedByRole,
        Instant reportedAt,
        Instant occurredAt,
        @PersonalData(subject = "incidentId") String location,
        Channel channel,
        List<Behaviour> behaviours,
        @PersonalData(subject = "incidentId") String description,
        @PersonalData(subject = "incidentId") PerpetratorDetails perpetrator,
        @PersonalData(subject = "incidentId") String witnesses) {
}
