package nl.weerbaar.aftercare.web;

import java.util.List;
import nl.weerbaar.aftercare.query.AftercareProjection;
import nl.weerbaar.aftercare.query.AftercareRecords;
import nl.weerbaar.aftercare.query.CaseUpdateView;
import nl.weerbaar.aftercare.query.FollowUpOffer;
import nl.weerbaar.aftercare.query.InformDeadline;
import nl.weerbaar.incident.api.IncidentForDecision;
import nl.weerbaar.incident.api.ProjectionSync;
import org.springframework.stereotype.Component;

/** Puts an incident's aftercare together once the projection has caught up (read-your-writes). */
@Component
class AftercareFiles {

    private final AftercareRecords records;
    private final InformDeadline deadline;
    private final ProjectionSync projections;

    AftercareFiles(AftercareRecords records, InformDeadline deadline, ProjectionSync projections) {
        this.records = records;
        this.deadline = deadline;
        this.projections = projections;
    }

    AftercareFile of(IncidentForDecision incident) {
        projections.awaitCaughtUp(AftercareProjection.NAME);
        List<FollowUpOffer> offers = records.followUpOffers(incident.incidentId());
        List<CaseUpdateView> updates = records.caseUpdates(incident.incidentId());
        return new AftercareFile(incident.incidentId(), incident.reference(), offers,
                !offers.isEmpty() && updates.isEmpty(), records.aftercare(incident.incidentId()), updates,
                records.damageClaims(incident.incidentId()), deadline.workingDays());
    }

    void awaitCaughtUp() {
        projections.awaitCaughtUp(AftercareProjection.NAME);
    }
}
