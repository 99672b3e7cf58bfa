package nl.weerbaar.aftercare.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.aftercare.api.CaseUpdateId;
import nl.weerbaar.aftercare.api.FindOverdueCaseUpdates;
import nl.weerbaar.aftercare.api.OverdueCaseUpdate;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.FindIncidentForDecision;
import nl.weerbaar.incident.api.IncidentForDecision;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.ProjectionSync;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The overdue case updates a case handler or the mayor may see, for their overview (the start page,
 * the aftercare overview and {@code GET /api/case-updates?overdue=true}). Only case handlers get any:
 * an official is told, not reminded. Need-to-know is asked of the incident module per incident.
 */
@Component
public class OverdueOverview {

    private final AftercareRecords records;
    private final QueryGateway queries;
    private final ProjectionSync projections;

    public OverdueOverview(AftercareRecords records, QueryGateway queries, ProjectionSync projections) {
        this.records = records;
        this.queries = queries;
        this.projections = projections;
    }

    /** Each overdue update with its incident, of incidents the caller may see; longest overdue first. */
    public List<Row> of(Caller caller) {
        if (!caller.role().isCaseHandler()) {
            return List.of();
        }
        projections.awaitCaughtUp(AftercareProjection.NAME);
        Map<IncidentId, Optional<IncidentForDecision>> seen = new HashMap<>();
        return records.overdue().stream()
                .flatMap(update -> seen.computeIfAbsent(update.incidentId(), id -> visible(id, caller)).stream()
                        .map(incident -> new Row(update, incident)))
                .toList();
    }

    @QueryHandler
    public List<OverdueCaseUpdate> overdue(FindOverdueCaseUpdates query) {
        return of(query.caller()).stream()
                .map(row -> new OverdueCaseUpdate(new CaseUpdateId(row.update().caseUpdateId()),
                        row.update().incidentId(), row.incident().reference(), row.update().date(),
                        row.update().source(), row.update().kind(), row.update().dueOn()))
                .toList();
    }

    /** An overdue update and the incident it belongs to (its reference, never its content). */
    public record Row(CaseUpdateView update, IncidentForDecision incident) {
    }

    private Optional<IncidentForDecision> visible(IncidentId incidentId, Caller caller) {
        return queries.query(new FindIncidentForDecision(incidentId, caller),
                ResponseTypes.optionalInstanceOf(IncidentForDecision.class)).join();
    }
}
