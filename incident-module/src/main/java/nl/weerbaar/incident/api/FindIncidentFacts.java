package nl.weerbaar.incident.api;

import java.util.List;

/**
 * Query for anonymised overviews in other modules (the party leaders' briefing): the facts of these
 * incidents that name nobody, answered with a list of {@link IncidentFacts} in the order of reporting.
 * Unknown ids are left out. Need-to-know is not applied: the facts identify no official or perpetrator,
 * so the asker decides who may read the overview.
 */
public record FindIncidentFacts(List<IncidentId> incidentIds) {

    public FindIncidentFacts {
        incidentIds = List.copyOf(incidentIds);
    }
}
