package nl.weerbaar.aftercare.web;

import java.util.Optional;
import nl.weerbaar.incident.api.Caller;
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
 * Need-to-know for aftercare, asked of the incident module (this module may not read its tables):
 * everyone who may see the incident sees its aftercare; its case handlers and the mayor record it.
 * Aftercare, the criminal case and damage recovery run on after an incident is closed, so a closed
 * incident takes records too.
 */
@Component("aftercareIncidentAccess")
class IncidentAccess {

    private final QueryGateway queries;

    IncidentAccess(QueryGateway queries) {
        this.queries = queries;
    }

    Optional<IncidentForDecision> visible(IncidentId incidentId, Caller caller) {
        return queries.query(new FindIncidentForDecision(incidentId, caller),
                ResponseTypes.optionalInstanceOf(IncidentForDecision.class)).join();
    }

    /** The incident, or 404 when it does not exist or the caller may not see it: the two look the same. */
    IncidentForDecision seen(IncidentId incidentId, Caller caller) {
        return visible(incidentId, caller).orElseThrow(IncidentAccess::notFound);
    }

    /** The incident for a case handler who records; the official sees their aftercare but does not record it (403). */
    IncidentForDecision recorder(IncidentId incidentId, Caller caller) {
        IncidentForDecision incident = seen(incidentId, caller);
        requireCaseHandler(caller);
        return incident;
    }

    static void requireCaseHandler(Caller caller) {
        if (!caller.role().isCaseHandler()) {
            throw new NotPermittedException("Alleen behandelaars en de burgemeester leggen nazorg vast.");
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Niet gevonden.");
    }
}
