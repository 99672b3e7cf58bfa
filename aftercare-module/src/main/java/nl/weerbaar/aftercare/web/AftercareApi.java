package nl.weerbaar.aftercare.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.weerbaar.aftercare.api.AftercareId;
import nl.weerbaar.aftercare.api.AftercareKind;
import nl.weerbaar.aftercare.api.Amount;
import nl.weerbaar.aftercare.api.ArrangeAftercare;
import nl.weerbaar.aftercare.api.CaseUpdateId;
import nl.weerbaar.aftercare.api.CaseUpdateKind;
import nl.weerbaar.aftercare.api.CaseUpdateSource;
import nl.weerbaar.aftercare.api.ClaimRoute;
import nl.weerbaar.aftercare.api.ClaimStatus;
import nl.weerbaar.aftercare.api.CompleteAftercare;
import nl.weerbaar.aftercare.api.DamageClaimId;
import nl.weerbaar.aftercare.api.FileDamageClaim;
import nl.weerbaar.aftercare.api.InformationChannel;
import nl.weerbaar.aftercare.api.RecordCaseUpdate;
import nl.weerbaar.aftercare.api.RecordDamageRecovery;
import nl.weerbaar.aftercare.api.RecordOfficialInformed;
import nl.weerbaar.aftercare.api.RequestAftercare;
import nl.weerbaar.aftercare.api.UpdateDamageClaimStatus;
import nl.weerbaar.aftercare.query.AftercareRecords;
import nl.weerbaar.aftercare.query.AftercareView;
import nl.weerbaar.aftercare.query.CaseUpdateView;
import nl.weerbaar.aftercare.query.DamageClaimView;
import nl.weerbaar.aftercare.query.InformDeadline;
import nl.weerbaar.aftercare.query.OverdueOverview;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.IncidentForDecision;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Aftercare through the API: requested, arranged and completed aftercare; case updates from police and
 * public prosecutor and when the official was told; damage claims. Everyone who may see the incident
 * reads it; its case handlers and the mayor record. Unknown and not-visible are both 404.
 */
@RestController
class AftercareApi {

    private final CommandGateway commands;
    private final IncidentAccess access;
    private final AftercareFiles files;
    private final AftercareRecords records;
    private final OverdueOverview overview;
    private final InformDeadline deadline;

    AftercareApi(CommandGateway commands, IncidentAccess access, AftercareFiles files, AftercareRecords records,
            OverdueOverview overview, InformDeadline deadline) {
        this.commands = commands;
        this.access = access;
        this.files = files;
        this.records = records;
        this.overview = overview;
        this.deadline = deadline;
    }

    @GetMapping("/api/incidents/{incidentId}/aftercare")
    AftercareFile file(@PathVariable IncidentId incidentId, Caller caller) {
        return files.of(access.seen(incidentId, caller));
    }

    // ---------------------------------------------------------------- aftercare

    record AftercareRequest(UUID aftercareId, AftercareKind kind, String description, LocalDate requestedOn) {
    }

    @PostMapping("/api/incidents/{incidentId}/aftercare")
    ResponseEntity<Map<String, Object>> request(@PathVariable IncidentId incidentId,
            @RequestBody AftercareRequest request, Caller caller) {
        access.recorder(incidentId, caller);
        AftercareId aftercareId = new AftercareId(request.aftercareId() == null ? UUID.randomUUID()
                : request.aftercareId());
        commands.sendAndWait(new RequestAftercare(aftercareId, incidentId, request.kind(), request.description(),
                request.requestedOn(), caller.role()));
        files.awaitCaughtUp();
        return ResponseEntity.created(URI.create("/api/incidents/" + incidentId + "/aftercare"))
                .body(Map.of("aftercareId", aftercareId));
    }

    record ArrangementRequest(String arrangedBy, String arrangedWith, LocalDate arrangedOn) {
    }

    @PostMapping("/api/aftercare/{aftercareId}/arrangement")
    AftercareView arrange(@PathVariable AftercareId aftercareId, @RequestBody ArrangementRequest request,
            Caller caller) {
        IncidentId incidentId = recorderOf(() -> records.incidentOf(aftercareId), caller);
        commands.sendAndWait(new ArrangeAftercare(aftercareId, request.arrangedBy(), request.arrangedWith(),
                request.arrangedOn(), caller.role()));
        return aftercare(incidentId, aftercareId);
    }

    record CompletionRequest(LocalDate completedOn, String note) {
    }

    @PostMapping("/api/aftercare/{aftercareId}/completion")
    AftercareView complete(@PathVariable AftercareId aftercareId, @RequestBody CompletionRequest request,
            Caller caller) {
        IncidentId incidentId = recorderOf(() -> records.incidentOf(aftercareId), caller);
        commands.sendAndWait(new CompleteAftercare(aftercareId, request.completedOn(), request.note(), caller.role()));
        return aftercare(incidentId, aftercareId);
    }

    // ---------------------------------------------------------------- case updates

    record CaseUpdateRequest(UUID caseUpdateId, LocalDate date, CaseUpdateSource source, CaseUpdateKind kind,
            String summary) {
    }

    @PostMapping("/api/incidents/{incidentId}/case-updates")
    ResponseEntity<Map<String, Object>> caseUpdate(@PathVariable IncidentId incidentId,
            @RequestBody CaseUpdateRequest request, Caller caller) {
        access.recorder(incidentId, caller);
        CaseUpdateId caseUpdateId = new CaseUpdateId(request.caseUpdateId() == null ? UUID.randomUUID()
                : request.caseUpdateId());
        commands.sendAndWait(new RecordCaseUpdate(caseUpdateId, incidentId, request.date(), request.source(),
                request.kind(), request.summary(), caller.role()));
        files.awaitCaughtUp();
        return ResponseEntity.created(URI.create("/api/incidents/" + incidentId + "/aftercare"))
                .body(Map.of("caseUpdateId", caseUpdateId, "dueOn", deadline.dueOn(request.date())));
    }

    record InformedRequest(OffsetDateTime informedAt, InformationChannel how, String note) {
    }

    @PostMapping("/api/case-updates/{caseUpdateId}/official-informed")
    CaseUpdateView informed(@PathVariable CaseUpdateId caseUpdateId, @RequestBody InformedRequest request,
            Caller caller) {
        IncidentId incidentId = recorderOf(() -> records.incidentOf(caseUpdateId), caller);
        commands.sendAndWait(new RecordOfficialInformed(caseUpdateId,
                request.informedAt() == null ? null : request.informedAt().toInstant(), request.how(), request.note(),
                caller.role()));
        files.awaitCaughtUp();
        return records.caseUpdates(incidentId).stream()
                .filter(update -> update.caseUpdateId().equals(caseUpdateId.value()))
                .findFirst().orElseThrow(IncidentAccess::notFound);
    }

    /** A case update with the reference of its incident, for lists across incidents. */
    record ListedCaseUpdate(IncidentReference reference, CaseUpdateView caseUpdate) {
    }

    /**
     * Case handlers: the case updates of the incidents they may see; {@code overdue=true} only those not
     * passed on in time (longest overdue first), otherwise all, oldest first.
     */
    @GetMapping("/api/case-updates")
    List<ListedCaseUpdate> caseUpdates(@RequestParam(defaultValue = "false") boolean overdue, Caller caller) {
        IncidentAccess.requireCaseHandler(caller);
        if (overdue) {
            return overview.of(caller).stream()
                    .map(row -> new ListedCaseUpdate(row.incident().reference(), row.update())).toList();
        }
        files.awaitCaughtUp();
        List<ListedCaseUpdate> listed = new ArrayList<>();
        Map<IncidentId, Optional<IncidentForDecision>> seen = new HashMap<>();
        for (CaseUpdateView update : records.allCaseUpdates()) {
            seen.computeIfAbsent(update.incidentId(), id -> access.visible(id, caller))
                    .ifPresent(incident -> listed.add(new ListedCaseUpdate(incident.reference(), update)));
        }
        return listed;
    }

    // ---------------------------------------------------------------- damage claims

    record DamageClaimRequest(UUID damageClaimId, String what, BigDecimal amount, ClaimRoute route,
            LocalDate filedOn) {
    }

    @PostMapping("/api/incidents/{incidentId}/damage-claims")
    ResponseEntity<Map<String, Object>> claim(@PathVariable IncidentId incidentId,
            @RequestBody DamageClaimRequest request, Caller caller) {
        access.recorder(incidentId, caller);
        DamageClaimId damageClaimId = new DamageClaimId(request.damageClaimId() == null ? UUID.randomUUID()
                : request.damageClaimId());
        FileDamageClaim command = new FileDamageClaim(damageClaimId, incidentId, request.what(),
                Amount.ofEuros(request.amount()), request.route(), request.filedOn(), caller.role());
        refuseUnreadableAmount(request.amount(), command.amount(), FileDamageClaim.CONTEXT,
                command.violations(today()));
        commands.sendAndWait(command);
        files.awaitCaughtUp();
        return ResponseEntity.created(URI.create("/api/incidents/" + incidentId + "/aftercare"))
                .body(Map.of("damageClaimId", damageClaimId));
    }

    record StatusRequest(ClaimStatus status, LocalDate changedOn, String note) {
    }

    @PostMapping("/api/damage-claims/{damageClaimId}/status")
    DamageClaimView status(@PathVariable DamageClaimId damageClaimId, @RequestBody StatusRequest request,
            Caller caller) {
        IncidentId incidentId = recorderOf(() -> records.incidentOf(damageClaimId), caller);
        commands.sendAndWait(new UpdateDamageClaimStatus(damageClaimId, request.status(), request.changedOn(),
                request.note(), caller.role()));
        return claim(incidentId, damageClaimId);
    }

    record RecoveryRequest(BigDecimal amount, LocalDate receivedOn) {
    }

    @PostMapping("/api/damage-claims/{damageClaimId}/recoveries")
    DamageClaimView recovery(@PathVariable DamageClaimId damageClaimId, @RequestBody RecoveryRequest request,
            Caller caller) {
        IncidentId incidentId = recorderOf(() -> records.incidentOf(damageClaimId), caller);
        RecordDamageRecovery command = new RecordDamageRecovery(damageClaimId, Amount.ofEuros(request.amount()),
                request.receivedOn(), caller.role());
        refuseUnreadableAmount(request.amount(), command.amount(), RecordDamageRecovery.CONTEXT,
                command.violations(today()));
        commands.sendAndWait(command);
        return claim(incidentId, damageClaimId);
    }

    // ---------------------------------------------------------------- helpers

    /** The municipality's today, by the application's clock. */
    private LocalDate today() {
        return deadline.today();
    }

    /**
     * An amount that is given but not a positive number of euros with at most two decimals is named as
     * invalid (not as missing), together with the command's other broken rules; nothing is sent.
     */
    private static void refuseUnreadableAmount(BigDecimal given, Amount read, String context,
            List<RuleViolation> violations) {
        if (given == null || read != null) {
            return;
        }
        List<RuleViolation> all = new ArrayList<>(violations.stream()
                .filter(violation -> !violation.field().equals("amount")).toList());
        all.add(0, new RuleViolation("amount", RuleViolation.INVALID));
        throw new RuleViolationException(context, all);
    }

    /** The incident the record belongs to, for a case handler who may see it; 404 for anything unknown or unseen. */
    private IncidentId recorderOf(Supplier<Optional<IncidentId>> incidentId, Caller caller) {
        files.awaitCaughtUp();
        IncidentId found = incidentId.get().orElseThrow(IncidentAccess::notFound);
        access.recorder(found, caller);
        return found;
    }

    private AftercareView aftercare(IncidentId incidentId, AftercareId aftercareId) {
        files.awaitCaughtUp();
        return only(records.aftercare(incidentId), view -> view.aftercareId().equals(aftercareId.value()));
    }

    private DamageClaimView claim(IncidentId incidentId, DamageClaimId damageClaimId) {
        files.awaitCaughtUp();
        return only(records.damageClaims(incidentId), view -> view.damageClaimId().equals(damageClaimId.value()));
    }

    private static <T> T only(List<T> views, Predicate<T> match) {
        return views.stream().filter(match).findFirst().orElseThrow(IncidentAccess::notFound);
    }
}
