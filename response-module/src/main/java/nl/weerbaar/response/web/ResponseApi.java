package nl.weerbaar.response.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.FindIncidentForDecision;
import nl.weerbaar.incident.api.IncidentForDecision;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.response.api.CancelIntervention;
import nl.weerbaar.response.api.ChooseIntervention;
import nl.weerbaar.response.api.CompleteIntervention;
import nl.weerbaar.response.api.Consultation;
import nl.weerbaar.response.api.DecideNoResponse;
import nl.weerbaar.response.api.DecisionId;
import nl.weerbaar.response.api.InterventionId;
import nl.weerbaar.response.api.InvolvedActor;
import nl.weerbaar.response.api.LiftAccessBan;
import nl.weerbaar.response.api.RecordComplaintFiled;
import nl.weerbaar.response.query.AccessBanView;
import nl.weerbaar.response.query.ResponseView;
import nl.weerbaar.response.query.Responses;
import nl.weerbaar.response.query.ResponsesProjection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Responses to incidents: choosing interventions and carrying them out, deciding on no response, and
 * the access bans. Whether the incident exists, is visible to the caller and is open is asked of the
 * incident module (a query), since this module may not read its tables.
 */
@RestController
class ResponseApi {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Responses responses;
    private final ProjectionSync projections;

    ResponseApi(CommandGateway commands, QueryGateway queries, Responses responses, ProjectionSync projections) {
        this.commands = commands;
        this.queries = queries;
        this.responses = responses;
        this.projections = projections;
    }

    @PostMapping("/api/incidents/{incidentId}/interventions")
    ResponseEntity<Map<String, Object>> choose(@PathVariable IncidentId incidentId,
            @RequestBody InterventionRequest request, Caller caller) {
        open(incidentId, caller);
        ChooseIntervention command = request.toCommand(incidentId, caller);
        commands.sendAndWait(command);
        projections.awaitCaughtUp(ResponsesProjection.NAME);
        return ResponseEntity.created(URI.create("/api/interventions/" + command.interventionId()))
                .body(Map.of("interventionId", command.interventionId()));
    }

    record OutcomeRequest(String outcome) {
    }

    @PostMapping("/api/interventions/{interventionId}/completion")
    ResponseView complete(@PathVariable InterventionId interventionId, @RequestBody OutcomeRequest request,
            Caller caller) {
        IncidentId incidentId = open(interventionId, caller);
        commands.sendAndWait(new CompleteIntervention(interventionId, request.outcome(), caller.role()));
        return decided(incidentId, interventionId);
    }

    record ReasonRequest(String reason) {
    }

    @PostMapping("/api/interventions/{interventionId}/cancellation")
    ResponseView cancel(@PathVariable InterventionId interventionId, @RequestBody ReasonRequest request,
            Caller caller) {
        IncidentId incidentId = open(interventionId, caller);
        commands.sendAndWait(new CancelIntervention(interventionId, request.reason(), caller.role()));
        return decided(incidentId, interventionId);
    }

    /** A ban in force runs on after its incident is closed, so lifting it is possible then too. */
    @PostMapping("/api/interventions/{interventionId}/lifting")
    ResponseView lift(@PathVariable InterventionId interventionId, @RequestBody ReasonRequest request,
            Caller caller) {
        IncidentId incidentId = incidentOf(interventionId);
        visible(incidentId, caller).orElseThrow(ResponseApi::notFound);
        commands.sendAndWait(new LiftAccessBan(interventionId, request.reason(), caller.role()));
        return decided(incidentId, interventionId);
    }

    record FilingRequest(String filedBy, LocalDate filedOn, String policeReference) {
    }

    /** A complaint decided on before the incident was closed may be filed after, so this needs no open incident. */
    @PostMapping("/api/interventions/{interventionId}/complaint-filing")
    ResponseView filed(@PathVariable InterventionId interventionId, @RequestBody FilingRequest request,
            Caller caller) {
        IncidentId incidentId = incidentOf(interventionId);
        visible(incidentId, caller).orElseThrow(ResponseApi::notFound);
        commands.sendAndWait(new RecordComplaintFiled(interventionId, request.filedBy(), request.filedOn(),
                request.policeReference(), caller.role()));
        return decided(incidentId, interventionId);
    }

    record NoResponseRequest(UUID decisionId, Boolean officialConsulted, String officialView, String rationale,
            Set<InvolvedActor> involvedActors) {
    }

    @PostMapping("/api/incidents/{incidentId}/no-response")
    ResponseEntity<Map<String, Object>> noResponse(@PathVariable IncidentId incidentId,
            @RequestBody NoResponseRequest request, Caller caller) {
        open(incidentId, caller);
        DecisionId decisionId = new DecisionId(request.decisionId() == null ? UUID.randomUUID() : request.decisionId());
        commands.sendAndWait(new DecideNoResponse(decisionId, incidentId,
                new Consultation(request.officialConsulted(), request.officialView()), request.rationale(),
                request.involvedActors(), caller.role()));
        projections.awaitCaughtUp(ResponsesProjection.NAME);
        return ResponseEntity.created(URI.create("/api/incidents/" + incidentId + "/responses"))
                .body(Map.of("decisionId", decisionId));
    }

    /** Everyone who may see the incident sees its responses: the official sees the decisions about their incident. */
    @GetMapping("/api/incidents/{incidentId}/responses")
    List<ResponseView> responses(@PathVariable IncidentId incidentId, Caller caller) {
        visible(incidentId, caller).orElseThrow(ResponseApi::notFound);
        projections.awaitCaughtUp(ResponsesProjection.NAME);
        return responses.ofIncident(incidentId);
    }

    /** Case handlers: who is banned from where, until when; only bans of incidents they may see. */
    @GetMapping("/api/access-bans")
    List<AccessBanView> accessBans(@RequestParam(defaultValue = "true") boolean active, Caller caller) {
        if (!caller.role().isCaseHandler()) {
            throw new NotPermittedException("Alleen behandelaars zien de toegangsverboden.");
        }
        return responses.accessBans(active).stream()
                .filter(ban -> visible(ban.incidentId(), caller).isPresent())
                .toList();
    }

    private ResponseView decided(IncidentId incidentId, InterventionId interventionId) {
        projections.awaitCaughtUp(ResponsesProjection.NAME);
        return responses.ofIncident(incidentId).stream()
                .filter(response -> response.responseId().equals(interventionId.value()))
                .findFirst().orElseThrow(ResponseApi::notFound);
    }

    private IncidentId open(InterventionId interventionId, Caller caller) {
        IncidentId incidentId = incidentOf(interventionId);
        open(incidentId, caller);
        return incidentId;
    }

    private IncidentId incidentOf(InterventionId interventionId) {
        projections.awaitCaughtUp(ResponsesProjection.NAME);
        return responses.incidentOf(interventionId).orElseThrow(ResponseApi::notFound);
    }

    /** The incident must exist, be visible to the caller and be open: a closed case is reopened first. */
    private void open(IncidentId incidentId, Caller caller) {
        IncidentForDecision incident = visible(incidentId, caller).orElseThrow(ResponseApi::notFound);
        if (incident.status().isClosed()) {
            throw new ConflictException("Dit voorval is gesloten; heropen het eerst.");
        }
    }

    private Optional<IncidentForDecision> visible(IncidentId incidentId, Caller caller) {
        return queries.query(new FindIncidentForDecision(incidentId, caller),
                ResponseTypes.optionalInstanceOf(IncidentForDecision.class)).join();
    }

    /** Unknown and not-yours look the same, so nobody learns that someone else's incident exists. */
    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Niet gevonden.");
    }
}
