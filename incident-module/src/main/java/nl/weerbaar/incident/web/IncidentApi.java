package nl.weerbaar.incident.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.incident.api.AssessIncident;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.BehaviourType;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.CloseIncident;
import nl.weerbaar.incident.api.ClosingOutcome;
import nl.weerbaar.incident.api.DiscussionParty;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReportReceipt;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.api.RecordDiscussion;
import nl.weerbaar.incident.api.ReopenIncident;
import nl.weerbaar.incident.api.Severity;
import nl.weerbaar.incident.query.IncidentFilter;
import nl.weerbaar.incident.query.IncidentPage;
import nl.weerbaar.incident.query.IncidentRegister;
import nl.weerbaar.incident.query.IncidentRegisterProjection;
import nl.weerbaar.incident.query.IncidentTimelineProjection;
import nl.weerbaar.incident.query.IncidentView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/incidents}: report, read, close and reopen the incidents the caller may see. */
@RestController
@RequestMapping("/api/incidents")
class IncidentApi {

    static final int MAX_PAGE_SIZE = 100;

    private final CommandGateway commands;
    private final IncidentRegister register;
    private final ProjectionSync projections;

    IncidentApi(CommandGateway commands, IncidentRegister register, ProjectionSync projections) {
        this.commands = commands;
        this.register = register;
        this.projections = projections;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> report(@RequestBody IncidentRequest request, Caller caller) {
        IncidentReportReceipt receipt = commands.sendAndWait(request.toCommand(caller));
        // Answer only once the register shows it, so a GET right after this sees the incident.
        projections.awaitCaughtUp(IncidentRegisterProjection.NAME);
        Map<String, Object> body = Map.of("incidentId", receipt.incidentId(), "reference", receipt.reference());
        if (!receipt.newlyReported()) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.created(URI.create("/api/incidents/" + receipt.incidentId())).body(body);
    }

    @GetMapping("/{incidentId}")
    IncidentView incident(@PathVariable IncidentId incidentId, Caller caller) {
        return visible(incidentId, caller);
    }

    /** The register, filtered: {@code status, from, to, officialKind, behaviour, channel, repeat}. */
    @GetMapping
    IncidentPage incidents(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) IncidentStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) OfficialKind officialKind,
            @RequestParam(required = false) Behaviour behaviour, @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Boolean repeat, Caller caller) {
        return register.list(caller, new IncidentFilter(status, from, to, officialKind, behaviour, channel, repeat),
                Math.max(0, page), Math.min(MAX_PAGE_SIZE, Math.max(1, size)));
    }

    record DiscussionRequest(Set<DiscussionParty> discussedWith, OffsetDateTime discussedAt, String agreedNextStep) {
    }

    /** The case handler records a discussion; the first one enters the incident in the register. */
    @PostMapping("/{incidentId}/discussions")
    IncidentView discuss(@PathVariable IncidentId incidentId, @RequestBody DiscussionRequest request, Caller caller) {
        visible(incidentId, caller);
        commands.sendAndWait(new RecordDiscussion(incidentId, request.discussedWith(),
                request.discussedAt() == null ? null : request.discussedAt().toInstant(), request.agreedNextStep(),
                caller.role()));
        projections.awaitCaughtUp(IncidentRegisterProjection.NAME);
        return visible(incidentId, caller);
    }

    record AssessmentRequest(BehaviourType behaviourType, Severity severity, Set<NormId> normIds, String rationale) {
    }

    @PostMapping("/{incidentId}/assessments")
    IncidentView assess(@PathVariable IncidentId incidentId, @RequestBody AssessmentRequest request, Caller caller) {
        visible(incidentId, caller);
        commands.sendAndWait(new AssessIncident(incidentId, request.behaviourType(), request.severity(),
                request.normIds(), request.rationale(), caller.role()));
        projections.awaitCaughtUp(IncidentRegisterProjection.NAME);
        return visible(incidentId, caller);
    }

    record ClosureRequest(ClosingOutcome outcome, String reason) {
    }

    @PostMapping("/{incidentId}/closure")
    IncidentView close(@PathVariable IncidentId incidentId, @RequestBody ClosureRequest request, Caller caller) {
        visible(incidentId, caller);
        commands.sendAndWait(new CloseIncident(incidentId, request.outcome(), request.reason(), caller.role()));
        projections.awaitCaughtUp(IncidentRegisterProjection.NAME);
        return visible(incidentId, caller);
    }

    record ReopeningRequest(String reason) {
    }

    @PostMapping("/{incidentId}/reopening")
    IncidentView reopen(@PathVariable IncidentId incidentId, @RequestBody ReopeningRequest request, Caller caller) {
        visible(incidentId, caller);
        commands.sendAndWait(new ReopenIncident(incidentId, request.reason(), caller.role()));
        projections.awaitCaughtUp(IncidentRegisterProjection.NAME);
        return visible(incidentId, caller);
    }

    /** Read after the timeline has caught up too, so the answer shows the decision just taken. */
    private IncidentView visible(IncidentId incidentId, Caller caller) {
        projections.awaitCaughtUp(IncidentTimelineProjection.NAME);
        return register.find(incidentId, caller).orElseThrow(() -> notFound(incidentId));
    }

    /** Unknown and not-yours look the same, so nobody learns that someone else's incident exists. */
    static ResponseStatusException notFound(IncidentId incidentId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Incident " + incidentId + " not found");
    }
}
