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
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.Role;

/**
 * An incident as the register shows it to those who may see it.
 *
 * @param registeredAt          when it entered the Incident Register (its first discussion), or {@code null}
 * @param assessment            the current assessment, or {@code null}
 * @param repeat                its perpetrator's profile already had incidents when it was linked
 * @param previousIncidentCount how many
 * @param timeline              every decision on it, oldest first (only when one incident is read)
 */
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
        Instant registeredAt,
        AssessmentView assessment,
        PerpetratorId perpetratorId,
        boolean repeat,
        int previousIncidentCount,
        Instant closedAt,
        ClosingOutcome closingOutcome,
        boolean personalDataErased,
        List<TimelineEntry> timeline) {

    IncidentView withTimeline(List<TimelineEntry> entries) {
        return new IncidentView(incidentId, reference, status, official, handler, occurredAt, reportedAt, location,
                channel, behaviours, description, perpetrator, witnesses, registeredAt, assessment, perpetratorId,
                repeat, previousIncidentCount, closedAt, closingOutcome, personalDataErased, List.copyOf(entries));
    }
}
