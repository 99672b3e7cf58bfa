package nl.weerbaar.communication.web;

import java.util.Optional;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.FindIncidentForDecision;
import nl.weerbaar.incident.api.IncidentForDecision;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.NotPermittedException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Need-to-know for communication: whether the incident exists, is visible to the caller and is open is
 * asked of the incident module (a query), since this module may not read its tables.
 */
@Component("communicationIncidentAccess")
class IncidentAccess {

    private final QueryGateway queries;

    IncidentAccess(QueryGateway queries) {
        this.queries = queries;
    }

    Optional<IncidentForDecision> visible(IncidentId incidentId, Caller caller) {
        return queries.query(new FindIncidentForDecision(incidentId, caller),
                ResponseTypes.optionalInstanceOf(IncidentForDecision.class)).join();
    }

    IncidentForDecision seen(IncidentId incidentId, Caller caller) {
        return visible(incidentId, caller).orElseThrow(IncidentAccess::notFound);
    }

    /** Deciding needs an open incident: a closed case is reopened first. */
    IncidentForDecision open(IncidentId incidentId, Caller caller) {
        IncidentForDecision incident = seen(incidentId, caller);
        if (incident.status().isClosed()) {
            throw new ConflictException("Dit voorval is gesloten; heropen het eerst.");
        }
        return incident;
    }

    /** The pages offer no forms to others; a hand-made request is refused before it reaches a command. */
    static void requireCaseHandler(Caller caller) {
        if (!caller.role().isCaseHandler()) {
            throw new NotPermittedException("Alleen behandelaars leggen communicatie vast.");
        }
    }

    /** Unknown and not-yours look the same, so nobody learns that someone else's incident exists. */
    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Niet gevonden.");
    }
}
