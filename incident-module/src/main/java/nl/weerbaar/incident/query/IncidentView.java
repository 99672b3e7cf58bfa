package nl.weerbaar.incident.query;

import java.time.Instant;
import java.util.List;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.ClosingOutcome;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.PerpetratorDetails;
import nl.weerbaar.incident.api.Role;

/** An incident as the register shows it to those who may see it. */
public record IncidentView(
        IncidentId incidentId,
        IncidentReference reference,
        IncidentStatus status,
        OfficialView official,
        Role handler,
        Instant occurredAt,
        Instant reportedAt,
        String location,
        Channel channel,
        List<Behaviour> behaviours,
        String description,
        PerpetratorDetails perpetrator,
        String witnesses,
        Instant closedAt,
        ClosingOutcome closingOutcome,
        boolean personalDataErased) {
}
