package nl.weerbaar.response.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.FindIncidentForDecision;
import nl.weerbaar.incident.api.FindOfficial;
import nl.weerbaar.incident.api.IncidentForDecision;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.ListOfficials;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialSummary;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Need-to-know for protective measures: they are about an official, not an incident, so the routing
 * rule of incidents applies to the official directly (council member: clerk; alderman or mayor:
 * secretary; the mayor sees all). The official's kind is asked of the incident module.
 */
@Component
class OfficialAccess {

    private final QueryGateway queries;

    OfficialAccess(QueryGateway queries) {
        this.queries = queries;
    }

    /** Only case handlers deal with protective measures; the official is consulted, not the user. */
    static void requireCaseHandler(Caller caller) {
        if (!caller.role().isCaseHandler()) {
            throw new NotPermittedException("Alleen behandelaars en de burgemeester beheren beschermende maatregelen.");
        }
    }

    /** The official named in a request; unknown is a mistake in the input (400), naming the field. */
    OfficialSummary known(OfficialId officialId, String field) {
        if (officialId == null) {
            throw new RuleViolationException(List.of(new RuleViolation(field, RuleViolation.REQUIRED)));
        }
        return find(officialId).orElseThrow(() -> new RuleViolationException(
                List.of(new RuleViolation(field, RuleViolation.UNKNOWN))));
    }

    boolean maySee(Caller caller, OfficialSummary official) {
        return caller.maySee(official.officialId(), official.kind().caseHandler());
    }

    /** For filtering a list: asks once per official. An official no longer known is seen by the mayor only. */
    Predicate<OfficialId> visibleTo(Caller caller) {
        Map<OfficialId, Boolean> seen = new HashMap<>();
        return officialId -> seen.computeIfAbsent(officialId,
                id -> find(id).map(official -> maySee(caller, official)).orElse(caller.role() == Role.MAYOR));
    }

    /** The officials a case handler may act for, to pick from: the same rule as {@link #maySee}. */
    List<OfficialSummary> selectable(Caller caller) {
        return queries.query(new ListOfficials(), ResponseTypes.multipleInstancesOf(OfficialSummary.class)).join()
                .stream().filter(official -> maySee(caller, official)).toList();
    }

    /** The incident, if the caller may see it: measures are linked only to incidents the caller handles. */
    Optional<IncidentForDecision> incident(IncidentId incidentId, Caller caller) {
        return queries.query(new FindIncidentForDecision(incidentId, caller),
                ResponseTypes.optionalInstanceOf(IncidentForDecision.class)).join();
    }

    /**
     * A named incident must be one the caller may see and concern the same official, so a measure is
     * never linked to a stranger's case; anything else reads as an unknown incident (400).
     */
    void requireIncidentOf(IncidentId incidentId, OfficialId officialId, Caller caller) {
        if (incidentId != null && !incident(incidentId, caller)
                .map(incident -> incident.officialId().equals(officialId)).orElse(false)) {
            throw new RuleViolationException(List.of(new RuleViolation("incidentId", RuleViolation.UNKNOWN)));
        }
    }

    private Optional<OfficialSummary> find(OfficialId officialId) {
        return queries.query(new FindOfficial(officialId), ResponseTypes.optionalInstanceOf(OfficialSummary.class))
                .join();
    }
}
