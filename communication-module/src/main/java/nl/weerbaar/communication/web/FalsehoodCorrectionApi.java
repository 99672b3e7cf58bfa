package nl.weerbaar.communication.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.communication.api.ApproveFalsehoodCorrection;
import nl.weerbaar.communication.api.FalsehoodCorrectionId;
import nl.weerbaar.communication.api.RecordFalsehoodCorrectionPublished;
import nl.weerbaar.communication.api.RequestFalsehoodCorrection;
import nl.weerbaar.communication.query.CommunicationProjection;
import nl.weerbaar.communication.query.FalsehoodCorrectionView;
import nl.weerbaar.communication.query.FalsehoodCorrections;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Correcting an obvious falsehood on social media from the municipal account: asked for by the clerk or
 * the secretary, approved, published. Each correction belongs to an incident and is seen by whoever may
 * see that incident.
 */
@RestController
class FalsehoodCorrectionApi {

    private final CommandGateway commands;
    private final FalsehoodCorrections corrections;
    private final IncidentAccess incidents;
    private final ProjectionSync projections;

    FalsehoodCorrectionApi(CommandGateway commands, FalsehoodCorrections corrections, IncidentAccess incidents,
            ProjectionSync projections) {
        this.commands = commands;
        this.corrections = corrections;
        this.incidents = incidents;
        this.projections = projections;
    }

    record CorrectionRequest(UUID correctionId, IncidentId incidentId, String where, String falsehood,
            String proposedCorrection) {
    }

    /** The incident is named in the body, so one the caller may not see is a mistake in the input (400). */
    @PostMapping("/api/falsehood-corrections")
    ResponseEntity<Map<String, Object>> request(@RequestBody CorrectionRequest request, Caller caller) {
        if (request.incidentId() != null && incidents.visible(request.incidentId(), caller).isEmpty()) {
            throw new RuleViolationException(List.of(new RuleViolation("incidentId", RuleViolation.UNKNOWN)));
        }
        FalsehoodCorrectionId id = new FalsehoodCorrectionId(
                request.correctionId() == null ? UUID.randomUUID() : request.correctionId());
        commands.sendAndWait(new RequestFalsehoodCorrection(id, request.incidentId(), request.where(),
                request.falsehood(), request.proposedCorrection(), caller.role()));
        projections.awaitCaughtUp(CommunicationProjection.NAME);
        return ResponseEntity.created(URI.create("/api/falsehood-corrections/" + id)).body(Map.of("correctionId", id));
    }

    @GetMapping("/api/falsehood-corrections/{correctionId}")
    FalsehoodCorrectionView correction(@PathVariable FalsehoodCorrectionId correctionId, Caller caller) {
        return seen(correctionId, caller);
    }

    @GetMapping("/api/incidents/{incidentId}/falsehood-corrections")
    List<FalsehoodCorrectionView> ofIncident(@PathVariable IncidentId incidentId, Caller caller) {
        incidents.seen(incidentId, caller);
        projections.awaitCaughtUp(CommunicationProjection.NAME);
        return corrections.ofIncident(incidentId);
    }

    record ApprovalRequest(LocalDate approvedOn) {
    }

    @PostMapping("/api/falsehood-corrections/{correctionId}/approval")
    FalsehoodCorrectionView approve(@PathVariable FalsehoodCorrectionId correctionId,
            @RequestBody ApprovalRequest request, Caller caller) {
        seen(correctionId, caller);
        commands.sendAndWait(new ApproveFalsehoodCorrection(correctionId, request.approvedOn(), caller.role()));
        return updated(correctionId);
    }

    record PublicationRequest(LocalDate publishedOn, String link) {
    }

    @PostMapping("/api/falsehood-corrections/{correctionId}/publication")
    FalsehoodCorrectionView publish(@PathVariable FalsehoodCorrectionId correctionId,
            @RequestBody PublicationRequest request, Caller caller) {
        seen(correctionId, caller);
        commands.sendAndWait(new RecordFalsehoodCorrectionPublished(correctionId, request.publishedOn(),
                request.link(), caller.role()));
        return updated(correctionId);
    }

    private FalsehoodCorrectionView seen(FalsehoodCorrectionId correctionId, Caller caller) {
        projections.awaitCaughtUp(CommunicationProjection.NAME);
        FalsehoodCorrectionView correction = corrections.find(correctionId).orElseThrow(IncidentAccess::notFound);
        incidents.seen(correction.incidentId(), caller);
        return correction;
    }

    private FalsehoodCorrectionView updated(FalsehoodCorrectionId correctionId) {
        projections.awaitCaughtUp(CommunicationProjection.NAME);
        return corrections.find(correctionId).orElseThrow(IncidentAccess::notFound);
    }
}
