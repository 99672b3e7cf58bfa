package nl.weerbaar.aftercare.web;

import java.util.List;
import nl.weerbaar.aftercare.query.AftercareView;
import nl.weerbaar.aftercare.query.CaseUpdateView;
import nl.weerbaar.aftercare.query.DamageClaimView;
import nl.weerbaar.aftercare.query.FollowUpOffer;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReference;

/**
 * Everything of an incident's aftercare, as the API answers it and the page shows it.
 *
 * @param followUpOffers   the criminal complaints filed for the incident (not cancelled)
 * @param followUpToStart a complaint was filed and no case update is recorded yet: the page offers to start
 */
record AftercareFile(IncidentId incidentId, IncidentReference reference, List<FollowUpOffer> followUpOffers,
        boolean followUpToStart, List<AftercareView> aftercare, List<CaseUpdateView> caseUpdates,
        List<DamageClaimView> damageClaims, int informWithinWorkingDays) {
}
