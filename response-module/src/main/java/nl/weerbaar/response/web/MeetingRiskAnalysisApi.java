package nl.weerbaar.response.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.response.api.MeetingKind;
import nl.weerbaar.response.api.MeetingRiskAnalysisId;
import nl.weerbaar.response.api.RecordMeetingRiskAnalysis;
import nl.weerbaar.response.query.MeetingRiskAnalysisView;
import nl.weerbaar.response.query.ProtectiveMeasures;
import nl.weerbaar.response.query.ProtectiveMeasuresProjection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Risk analyses before public meetings. One without officials involved concerns the organisation and
 * every case handler sees it; one naming officials is seen by the handlers of any of them and the mayor.
 * Nobody records an analysis they could not see afterwards.
 */
@RestController
class MeetingRiskAnalysisApi {

    private final CommandGateway commands;
    private final ProtectiveMeasures measures;
    private final ProjectionSync projections;
    private final OfficialAccess access;

    MeetingRiskAnalysisApi(CommandGateway commands, ProtectiveMeasures measures, ProjectionSync projections,
            OfficialAccess access) {
        this.commands = commands;
        this.measures = measures;
        this.projections = projections;
        this.access = access;
    }

    record AnalysisRequest(UUID analysisId, MeetingKind meetingKind, String meetingName, LocalDate meetingOn,
            String risksFound, String measuresTaken, List<OfficialId> officials) {
    }

    @PostMapping("/api/meeting-risk-analyses")
    ResponseEntity<Map<String, Object>> record(@RequestBody AnalysisRequest request, Caller caller) {
        OfficialAccess.requireCaseHandler(caller);
        List<OfficialId> officials = request.officials() == null ? List.of() : request.officials();
        for (int i = 0; i < officials.size(); i++) {
            access.known(officials.get(i), "officials[" + i + "]");
        }
        if (!visible(officials, access.visibleTo(caller))) {
            throw new NotPermittedException("Deze bestuurders vallen onder een andere behandelaar.");
        }
        MeetingRiskAnalysisId id = new MeetingRiskAnalysisId(
                request.analysisId() == null ? UUID.randomUUID() : request.analysisId());
        commands.sendAndWait(new RecordMeetingRiskAnalysis(id, request.meetingKind(), request.meetingName(),
                request.meetingOn(), request.risksFound(), request.measuresTaken(), officials, caller.role()));
        projections.awaitCaughtUp(ProtectiveMeasuresProjection.NAME);
        return ResponseEntity.created(URI.create("/api/meeting-risk-analyses/" + id)).body(Map.of("analysisId", id));
    }

    @GetMapping("/api/meeting-risk-analyses")
    List<MeetingRiskAnalysisView> analyses(Caller caller) {
        OfficialAccess.requireCaseHandler(caller);
        projections.awaitCaughtUp(ProtectiveMeasuresProjection.NAME);
        Predicate<OfficialId> visible = access.visibleTo(caller);
        return measures.meetingRiskAnalyses().stream().filter(analysis -> visible(analysis.officials(), visible))
                .toList();
    }

    private static boolean visible(List<OfficialId> officials, Predicate<OfficialId> visible) {
        return officials.isEmpty() || officials.stream().anyMatch(visible);
    }
}
