package nl.weerbaar.response.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.FindIncidentForDecision;
import nl.weerbaar.incident.api.IncidentForDecision;
import nl.weerbaar.incident.api.IncidentsOfPerpetrator;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.PerpetratorProfileExists;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.response.query.Responses;
import nl.weerbaar.response.query.ResponsesProjection;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every intervention and no-response decision against one perpetrator, active access bans first: the
 * profile page (incident module) links here, since that module may not know about responses. The
 * profile's incidents are asked of the incident module; only those the caller may see are listed.
 */
@Controller
class PerpetratorResponses {

    /** Bans in force first (what a handler must act on), then the oldest decision first. */
    private static final Comparator<PerpetratorResponse> ORDER = Comparator
            .comparing((PerpetratorResponse response) -> !response.activeBan())
            .thenComparing(PerpetratorResponse::decidedAt);

    private final QueryGateway queries;
    private final Responses responses;
    private final ProjectionSync projections;

    PerpetratorResponses(QueryGateway queries, Responses responses, ProjectionSync projections) {
        this.queries = queries;
        this.responses = responses;
        this.projections = projections;
    }

    @GetMapping("/perpetrators/{perpetratorId}/responses")
    String page(@PathVariable PerpetratorId perpetratorId, Caller caller, Model model) {
        model.addAttribute("perpetratorId", perpetratorId);
        model.addAttribute("responses", of(perpetratorId, caller));
        return "responses/perpetrator";
    }

    @GetMapping("/api/perpetrators/{perpetratorId}/responses")
    @ResponseBody
    List<PerpetratorResponse> api(@PathVariable PerpetratorId perpetratorId, Caller caller) {
        return of(perpetratorId, caller);
    }

    /** Profiles are for case handlers only, like the profile itself. */
    private List<PerpetratorResponse> of(PerpetratorId perpetratorId, Caller caller) {
        if (!caller.role().isCaseHandler()) {
            throw new NotPermittedException("Alleen de griffier, de gemeentesecretaris en de burgemeester werken met "
                    + "daderprofielen.");
        }
        if (!queries.query(new PerpetratorProfileExists(perpetratorId), Boolean.class).join()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Niet gevonden.");
        }
        List<IncidentForDecision> incidents = queries.query(new IncidentsOfPerpetrator(perpetratorId),
                ResponseTypes.multipleInstancesOf(IncidentForDecision.class)).join();
        projections.awaitCaughtUp(ResponsesProjection.NAME);
        List<PerpetratorResponse> found = new ArrayList<>();
        for (IncidentForDecision incident : incidents) {
            if (visible(incident, caller)) {
                responses.ofIncident(incident.incidentId()).forEach(response ->
                        found.add(PerpetratorResponse.of(incident.reference().toString(), response)));
            }
        }
        found.sort(ORDER);
        return found;
    }

    /** The alderman's handler sees a council member's incident on the profile only as a count there. */
    private boolean visible(IncidentForDecision incident, Caller caller) {
        return queries.query(new FindIncidentForDecision(incident.incidentId(), caller),
                ResponseTypes.optionalInstanceOf(IncidentForDecision.class)).join().isPresent();
    }
}
