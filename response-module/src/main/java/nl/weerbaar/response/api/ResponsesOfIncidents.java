package nl.weerbaar.response.api;

import java.util.List;
import nl.weerbaar.incident.api.IncidentId;

/**
 * Query for anonymised overviews in other modules (the party leaders' briefing): which responses these
 * incidents got, answered with a list of {@link ResponseOutline}, per incident oldest first. Only kinds
 * and statuses, never texts; the asker decides who may read the overview.
 */
public record ResponsesOfIncidents(List<IncidentId> incidentIds) {

    public ResponsesOfIncidents {
        incidentIds = List.copyOf(incidentIds);
    }
}
