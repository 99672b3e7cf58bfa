package nl.weerbaar.incident.web;

import java.util.List;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.LinkPerpetrator;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.api.UnlinkPerpetrator;
import nl.weerbaar.incident.query.IncidentRegister;
import nl.weerbaar.incident.query.IncidentRegisterProjection;
import nl.weerbaar.incident.query.PerpetratorLinkView;
import nl.weerbaar.incident.query.PerpetratorProfileSummary;
import nl.weerbaar.incident.query.PerpetratorProfiles;
import nl.weerbaar.incident.query.PerpetratorProfilesProjection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An incident's perpetrator profile: link, unlink, and the suggested candidates. The caller must see
 * the incident (otherwise 404, as for the incident itself) and be a case handler.
 */
@RestController
@RequestMapping("/api/incidents/{incidentId}")
class IncidentPerpetratorApi {

    private final CommandGateway commands;
    private final IncidentRegister register;
    private final PerpetratorProfiles profiles;
    private final ProjectionSync projections;

    IncidentPerpetratorApi(CommandGateway commands, IncidentRegister register, PerpetratorProfiles profiles,
            ProjectionSync projections) {
        this.commands = commands;
        this.register = register;
        this.profiles = profiles;
        this.projections = projections;
    }

    record LinkRequest(PerpetratorId perpetratorId) {
    }

    /** Answers the link as it is now: the profile (after any merge) and whether it is a repeat. */
    @PostMapping("/perpetrator")
    PerpetratorLinkView link(@PathVariable IncidentId incidentId, @RequestBody LinkRequest request, Caller caller) {
        mayHandle(incidentId, caller);
        commands.sendAndWait(new LinkPerpetrator(incidentId, request.perpetratorId(), caller.role()));
        awaitBothSides();
        return profiles.linkOf(incidentId, caller).orElseThrow(() -> IncidentApi.notFound(incidentId));
    }

    record ReasonRequest(String reason) {
    }

    /** The reason may come as a body or, for clients that send no body with DELETE, as a parameter. */
    @DeleteMapping("/perpetrator")
    ResponseEntity<Void> unlink(@PathVariable IncidentId incidentId,
            @RequestBody(required = false) ReasonRequest request, @RequestParam(required = false) String reason,
            Caller caller) {
        mayHandle(incidentId, caller);
        commands.sendAndWait(new UnlinkPerpetrator(incidentId, request != null ? request.reason() : reason,
                caller.role()));
        awaitBothSides();
        return ResponseEntity.noContent().build();
    }

    /** Profiles that may be the perpetrator the reporter named; a suggestion, nothing is linked. */
    @GetMapping("/perpetrator-candidates")
    List<PerpetratorProfileSummary> candidates(@PathVariable IncidentId incidentId, Caller caller) {
        mayHandle(incidentId, caller);
        return profiles.candidatesFor(incidentId);
    }

    private void mayHandle(IncidentId incidentId, Caller caller) {
        register.find(incidentId, caller).orElseThrow(() -> IncidentApi.notFound(incidentId));
        ProfileAccess.requireCaseHandler(caller);
    }

    /** The profile's page and the incident's register row both show the change. */
    private void awaitBothSides() {
        projections.awaitCaughtUp(PerpetratorProfilesProjection.NAME);
        projections.awaitCaughtUp(IncidentRegisterProjection.NAME);
    }
}
