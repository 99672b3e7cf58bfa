package nl.weerbaar.incident.web;

import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.EraseIncidentPersonalData;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.LiftLegalHold;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.PlaceLegalHold;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.query.IncidentRegisterProjection;
import nl.weerbaar.incident.query.RetentionOverview;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erasure and legal hold of an incident's personal data: administrators only. They act on
 * references and dates, never on the incident's content.
 */
@RestController
@RequestMapping("/api/incidents/{incidentId}")
class RetentionApi {

    private final CommandGateway commands;
    private final RetentionOverview retention;
    private final ProjectionSync projections;

    RetentionApi(CommandGateway commands, RetentionOverview retention, ProjectionSync projections) {
        this.commands = commands;
        this.retention = retention;
        this.projections = projections;
    }

    record ReasonRequest(String reason) {
    }

    @PostMapping("/erasure")
    RetentionOverview.Entry erase(@PathVariable IncidentId incidentId, @RequestBody ReasonRequest request,
            Caller caller) {
        return decide(incidentId, caller, new EraseIncidentPersonalData(incidentId, request.reason()));
    }

    @PostMapping("/legal-hold")
    RetentionOverview.Entry placeHold(@PathVariable IncidentId incidentId, @RequestBody ReasonRequest request,
            Caller caller) {
        return decide(incidentId, caller, new PlaceLegalHold(incidentId, request.reason()));
    }

    /** The reason may come as a body or, for clients that send no body with DELETE, as a parameter. */
    @DeleteMapping("/legal-hold")
    RetentionOverview.Entry liftHold(@PathVariable IncidentId incidentId,
            @RequestBody(required = false) ReasonRequest request, @RequestParam(required = false) String reason,
            Caller caller) {
        return decide(incidentId, caller,
                new LiftLegalHold(incidentId, request != null ? request.reason() : reason));
    }

    private RetentionOverview.Entry decide(IncidentId incidentId, Caller caller, Object command) {
        if (!caller.role().mayManageRetention()) {
            throw new NotPermittedException("Alleen de functioneel beheerder wist persoonsgegevens of stelt een "
                    + "bewaarplicht in.");
        }
        retention.find(incidentId).orElseThrow(() -> IncidentApi.notFound(incidentId));
        commands.sendAndWait(command);
        projections.awaitCaughtUp(IncidentRegisterProjection.NAME);
        return retention.find(incidentId).orElseThrow(() -> IncidentApi.notFound(incidentId));
    }
}
