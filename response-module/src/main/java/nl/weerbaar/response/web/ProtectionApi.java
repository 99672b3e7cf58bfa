package nl.weerbaar.response.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialSummary;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.response.api.AgreeThreatMeasures;
import nl.weerbaar.response.api.EndThreatMeasures;
import nl.weerbaar.response.api.MarkFollowUpActionDone;
import nl.weerbaar.response.api.RecordSafetyScanCarriedOut;
import nl.weerbaar.response.api.RequestSafetyScan;
import nl.weerbaar.response.api.SafetyScanId;
import nl.weerbaar.response.api.ThreatMeasureId;
import nl.weerbaar.response.api.ThreatPartner;
import nl.weerbaar.response.query.ProtectiveMeasures;
import nl.weerbaar.response.query.ProtectiveMeasuresProjection;
import nl.weerbaar.response.query.SafetyScanView;
import nl.weerbaar.response.query.ThreatMeasureView;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
 * Protective measures for an official: CCV safety scans and measures against an acute threat. A
 * case handler deals with the officials routed to their role, the mayor with all; a request about an
 * official routed elsewhere is refused (403), a measure one may not see is not found (404).
 */
@RestController
class ProtectionApi {

    private final CommandGateway commands;
    private final ProtectiveMeasures measures;
    private final ProjectionSync projections;
    private final OfficialAccess access;

    ProtectionApi(CommandGateway commands, ProtectiveMeasures measures,
            ProjectionSync projections, OfficialAccess access) {
        this.commands = commands;
        this.measures = measures;
        this.projections = projections;
        this.access = access;
    }

    record SafetyScanRequest(UUID safetyScanId, OfficialId officialId, LocalDate requestedOn, IncidentId incidentId) {
    }

    @PostMapping("/api/safety-scans")
    ResponseEntity<Map<String, Object>> requestScan(@RequestBody SafetyScanRequest request, Caller caller) {
        concerning(request.officialId(), request.incidentId(), caller);
        SafetyScanId id = new SafetyScanId(request.safetyScanId() == null ? UUID.randomUUID() : request.safetyScanId());
        commands.sendAndWait(new RequestSafetyScan(id, request.officialId(), request.requestedOn(),
                request.incidentId(), caller.role()));
        projections.awaitCaughtUp(ProtectiveMeasuresProjection.NAME);
        return ResponseEntity.created(URI.create("/api/safety-scans/" + id)).body(Map.of("safetyScanId", id));
    }

    record CompletionRequest(LocalDate carriedOutOn, String adviceSummary, List<String> followUpActions) {
    }

    @PostMapping("/api/safety-scans/{safetyScanId}/completion")
    SafetyScanView completeScan(@PathVariable SafetyScanId safetyScanId, @RequestBody CompletionRequest request,
            Caller caller) {
        OfficialAccess.requireCaseHandler(caller);
        projections.awaitCaughtUp(ProtectiveMeasuresProjection.NAME);
        visible(measures.safetyScan(safetyScanId).map(SafetyScanView::officialId).orElse(null), caller);
        commands.sendAndWait(new RecordSafetyScanCarriedOut(safetyScanId, request.carriedOutOn(),
                request.adviceSummary(), request.followUpActions(), caller.role()));
        projections.awaitCaughtUp(ProtectiveMeasuresProjection.NAME);
        return measures.safetyScan(safetyScanId).orElseThrow(ProtectionApi::notFound);
    }

    record DoneRequest(LocalDate doneOn) {
    }

    /** The position is the action's place in the scan's list, from 0. */
    @PostMapping("/api/safety-scans/{safetyScanId}/follow-up-actions/{position}/done")
    SafetyScanView followUpDone(@PathVariable SafetyScanId safetyScanId, @PathVariable int position,
            @RequestBody DoneRequest request, Caller caller) {
        OfficialAccess.requireCaseHandler(caller);
        projections.awaitCaughtUp(ProtectiveMeasuresProjection.NAME);
        visible(measures.safetyScan(safetyScanId).map(SafetyScanView::officialId).orElse(null), caller);
        commands.sendAndWait(new MarkFollowUpActionDone(safetyScanId, position, request.doneOn(), caller.role()));
        projections.awaitCaughtUp(ProtectiveMeasuresProjection.NAME);
        return measures.safetyScan(safetyScanId).orElseThrow(ProtectionApi::notFound);
    }

    @GetMapping("/api/safety-scans")
    List<SafetyScanView> safetyScans(Caller caller) {
        OfficialAccess.requireCaseHandler(caller);
        projections.awaitCaughtUp(ProtectiveMeasuresProjection.NAME);
        var visible = access.visibleTo(caller);
        return measures.safetyScans().stream().filter(scan -> visible.test(scan.officialId())).toList();
    }

    record ThreatMeasureRequest(UUID threatMeasureId, OfficialId officialId, String what, LocalDate from,
            LocalDate until, Set<ThreatPartner> agreedWith, IncidentId incidentId) {
    }

    @PostMapping("/api/threat-measures")
    ResponseEntity<Map<String, Object>> agree(@RequestBody ThreatMeasureRequest request, Caller caller) {
        concerning(request.officialId(), request.incidentId(), caller);
        ThreatMeasureId id = new ThreatMeasureId(
                request.threatMeasureId() == null ? UUID.randomUUID() : request.threatMeasureId());
        commands.sendAndWait(new AgreeThreatMeasures(id, request.officialId(), request.what(), request.from(),
                request.until(), request.agreedWith(), request.incidentId(), caller.role()));
        projections.awaitCaughtUp(ProtectiveMeasuresProjection.NAME);
        return ResponseEntity.created(URI.create("/api/threat-measures/" + id)).body(Map.of("threatMeasureId", id));
    }

    record EndingRequest(String reason) {
    }

    @PostMapping("/api/threat-measures/{threatMeasureId}/ending")
    ThreatMeasureView end(@PathVariable ThreatMeasureId threatMeasureId, @RequestBody EndingRequest request,
            Caller caller) {
        OfficialAccess.requireCaseHandler(caller);
        projections.awaitCaughtUp(ProtectiveMeasuresProjection.NAME);
        visible(measures.threatMeasure(threatMeasureId).map(ThreatMeasureView::officialId).orElse(null), caller);
        commands.sendAndWait(new EndThreatMeasures(threatMeasureId, request.reason(), caller.role()));
        projections.awaitCaughtUp(ProtectiveMeasuresProjection.NAME);
        return measures.threatMeasure(threatMeasureId).orElseThrow(ProtectionApi::notFound);
    }

    /** Case handlers: which officials are under extra protection, until when. */
    @GetMapping("/api/threat-measures")
    List<ThreatMeasureView> threatMeasures(@RequestParam(defaultValue = "true") boolean active, Caller caller) {
        OfficialAccess.requireCaseHandler(caller);
        projections.awaitCaughtUp(ProtectiveMeasuresProjection.NAME);
        var visible = access.visibleTo(caller);
        return measures.threatMeasures(active).stream().filter(measure -> visible.test(measure.officialId())).toList();
    }

    /**
     * A new measure: the official must be known and routed to the caller. A named incident must be one
     * the caller may see and concern the same official, so a measure is never linked to a stranger's case.
     */
    private void concerning(OfficialId officialId, IncidentId incidentId, Caller caller) {
        OfficialAccess.requireCaseHandler(caller);
        if (officialId == null) {
            return; // the command names the missing field
        }
        OfficialSummary official = access.known(officialId, "officialId");
        if (!access.maySee(caller, official)) {
            throw new NotPermittedException("Deze bestuurder valt onder een andere behandelaar.");
        }
        access.requireIncidentOf(incidentId, officialId, caller);
    }

    /** Unknown and not-yours look the same, so nobody learns what protects an official routed elsewhere. */
    private void visible(OfficialId officialId, Caller caller) {
        if (officialId == null || !access.visibleTo(caller).test(officialId)) {
            throw notFound();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Niet gevonden.");
    }
}
