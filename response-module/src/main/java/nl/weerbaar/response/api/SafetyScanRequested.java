package nl.weerbaar.response.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/** A CCV safety scan was requested for the official. */
@Revision("1")
public record SafetyScanRequested(
        SafetyScanId safetyScanId,
        OfficialId officialId,
        IncidentId incidentId,
        LocalDate requestedOn,
        Role requestedBy,
        Instant recordedAt) {
}
