package nl.weerbaar.incident.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.PerpetratorDetails;
import nl.weerbaar.incident.api.ReportIncident;

/**
 * The JSON body of {@code POST /api/incidents}.
 *
 * @param incidentId optional; a client that sets it may safely send the same report again
 * @param officialId optional for an official reporting for themselves
 */
record IncidentRequest(
        UUID incidentId,
        UUID officialId,
        OffsetDateTime occurredAt,
        String location,
        Channel channel,
        List<Behaviour> behaviours,
        String description,
        PerpetratorDetails perpetrator,
        String witnesses) {

    ReportIncident toCommand(Caller caller) {
        UUID official = officialId != null ? officialId
                : caller.officialId() == null ? null : caller.officialId().value();
        return new ReportIncident(
                new IncidentId(incidentId == null ? UUID.randomUUID() : incidentId),
                official == null ? null : new OfficialId(official),
                caller.asReporter(),
                occurredAt == null ? null : occurredAt.toInstant(),
                location,
                channel,
                behaviours == null ? Set.of() : Set.copyOf(behaviours.stream().filter(b -> b != null).toList()),
                description,
                perpetrator,
                witnesses);
    }
}
