package nl.weerbaar.communication.web;

import java.util.List;
import nl.weerbaar.communication.query.CommunicationDecisionView;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReference;

/**
 * An incident's communication: the decision that holds and every one before it.
 *
 * @param decided      a decision was taken; until then nothing is communicated
 * @param communicates the current decision informs someone, internally or externally
 * @param current      the decision that holds, or {@code null}
 * @param decisions    all decisions, oldest first
 */
record CommunicationOverview(IncidentId incidentId, IncidentReference reference, boolean decided,
        boolean communicates, CommunicationDecisionView current, List<CommunicationDecisionView> decisions) {

    static CommunicationOverview of(IncidentId incidentId, IncidentReference reference,
            List<CommunicationDecisionView> decisions) {
        CommunicationDecisionView current = decisions.stream().filter(CommunicationDecisionView::current)
                .reduce((first, second) -> second).orElse(null);
        return new CommunicationOverview(incidentId, reference, current != null,
                current != null && !current.communicatesNothing(), current, decisions);
    }
}
