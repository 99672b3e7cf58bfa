package nl.weerbaar.communication.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.communication.api.CommunicationDecisionId;
import nl.weerbaar.communication.api.CommunicationId;
import nl.weerbaar.communication.api.DecideCommunication;
import nl.weerbaar.communication.api.ExecuteCommunicationDecision;
import nl.weerbaar.communication.api.InternalAudience;
import nl.weerbaar.communication.api.Participant;
import nl.weerbaar.communication.query.CommunicationDecisionView;
import nl.weerbaar.communication.query.CommunicationDecisions;
import nl.weerbaar.communication.query.CommunicationProjection;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.IncidentForDecision;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.ProjectionSync;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Communication decisions on an incident: taken jointly with the official's agreement by a case handler
 * who may see the incident, revised by a later one, carried out once. Everyone who may see the incident
 * (the official too) reads them.
 */
@RestController
class CommunicationApi {

    private final CommandGateway commands;
    private final CommunicationDecisions decisions;
    private final IncidentAccess incidents;
    private final ProjectionSync projections;

    CommunicationApi(CommandGateway commands, CommunicationDecisions decisions, IncidentAccess incidents,
            ProjectionSync projections) {
        this.commands = commands;
        this.decisions = decisions;
        this.incidents = incidents;
        this.projections = projections;
    }

    record DecisionRequest(UUID decisionId, Set<Participant> participants, Boolean officialAgreed,
            Set<InternalAudience> internalAudiences, Boolean external, String externalForm, String rationale) {
    }

    @PostMapping("/api/incidents/{incidentId}/communication-decisions")
    ResponseEntity<Map<String, Object>> decide(@PathVariable IncidentId incidentId,
            @RequestBody DecisionRequest request, Caller caller) {
        incidents.open(incidentId, caller);
        CommunicationDecisionId decisionId = new CommunicationDecisionId(
                request.decisionId() == null ? UUID.randomUUID() : request.decisionId());
        commands.sendAndWait(new DecideCommunication(CommunicationId.of(incidentId), decisionId, incidentId,
                request.participants(), request.officialAgreed(), request.internalAudiences(), request.external(),
                request.externalForm(), request.rationale(), caller.role()));
        projections.awaitCaughtUp(CommunicationProjection.NAME);
        return ResponseEntity.created(URI.create("/api/communication-decisions/" + decisionId))
                .body(Map.of("decisionId", decisionId));
    }

    /** The official sees the decisions about their incident; none yet means nothing is communicated. */
    @GetMapping("/api/incidents/{incidentId}/communication-decisions")
    CommunicationOverview ofIncident(@PathVariable IncidentId incidentId, Caller caller) {
        IncidentForDecision incident = incidents.seen(incidentId, caller);
        projections.awaitCaughtUp(CommunicationProjection.NAME);
        return CommunicationOverview.of(incidentId, incident.reference(), decisions.ofIncident(incidentId));
    }

    @GetMapping("/api/communication-decisions/{decisionId}")
    CommunicationDecisionView decision(@PathVariable CommunicationDecisionId decisionId, Caller caller) {
        IncidentId incidentId = incidentOf(decisionId);
        incidents.seen(incidentId, caller);
        return find(incidentId, decisionId);
    }

    record ExecutionRequest(LocalDate executedOn, String executedBy) {
    }

    /** Carrying out often lags behind the decision, so it may be recorded after the incident is closed. */
    @PostMapping("/api/communication-decisions/{decisionId}/execution")
    CommunicationDecisionView execute(@PathVariable CommunicationDecisionId decisionId,
            @RequestBody ExecutionRequest request, Caller caller) {
        IncidentId incidentId = incidentOf(decisionId);
        incidents.seen(incidentId, caller);
        commands.sendAndWait(new ExecuteCommunicationDecision(CommunicationId.of(incidentId), decisionId,
                request.executedOn(), request.executedBy(), caller.role()));
        projections.awaitCaughtUp(CommunicationProjection.NAME);
        return find(incidentId, decisionId);
    }

    private IncidentId incidentOf(CommunicationDecisionId decisionId) {
        projections.awaitCaughtUp(CommunicationProjection.NAME);
        return decisions.incidentOf(decisionId).orElseThrow(IncidentAccess::notFound);
    }

    private CommunicationDecisionView find(IncidentId incidentId, CommunicationDecisionId decisionId) {
        return decisions.ofIncident(incidentId).stream()
                .filter(decision -> decision.decisionId().equals(decisionId.value()))
                .findFirst().orElseThrow(IncidentAccess::notFound);
    }
}
