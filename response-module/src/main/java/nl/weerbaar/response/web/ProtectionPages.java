package nl.weerbaar.response.web;

import static nl.weerbaar.response.web.FormFields.date;
import static nl.weerbaar.response.web.FormFields.oneOf;
import static nl.weerbaar.response.web.FormFields.values;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentForDecision;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialSummary;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.response.api.AgreeThreatMeasures;
import nl.weerbaar.response.api.EndThreatMeasures;
import nl.weerbaar.response.api.MarkFollowUpActionDone;
import nl.weerbaar.response.api.MeetingKind;
import nl.weerbaar.response.api.MeetingRiskAnalysisId;
import nl.weerbaar.response.api.RecordMeetingRiskAnalysis;
import nl.weerbaar.response.api.RecordSafetyScanCarriedOut;
import nl.weerbaar.response.api.RequestSafetyScan;
import nl.weerbaar.response.api.SafetyScanId;
import nl.weerbaar.response.api.ThreatMeasureId;
import nl.weerbaar.response.api.ThreatPartner;
import nl.weerbaar.response.query.MeetingRiskAnalysisView;
import nl.weerbaar.response.query.ProtectiveMeasures;
import nl.weerbaar.response.query.ProtectiveMeasuresProjection;
import nl.weerbaar.response.query.SafetyScanView;
import nl.weerbaar.response.query.ThreatMeasureView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The case handlers' protective measures page: safety scans, acute-threat measures in force and meeting
 * risk analyses of the officials they act for (the need-to-know of {@link ProtectionApi}), each with the
 * form of its next step, and the forms to record new ones. One page holds many forms, so every field
 * has a name of its own on it; the per-item forms carry the item's id in theirs.
 */
@Controller
class ProtectionPages {

    private final CommandGateway commands;
    private final ProtectiveMeasures measures;
    private final ProjectionSync projections;
    private final OfficialAccess access;
    private final MessageSource messages;

    ProtectionPages(CommandGateway commands, ProtectiveMeasures measures, ProjectionSync projections,
            OfficialAccess access, MessageSource messages) {
        this.commands = commands;
        this.measures = measures;
        this.projections = projections;
        this.access = access;
        this.messages = messages;
    }

    /**
     * With {@code incident}, reached from an incident's responses page: the new scan and threat measures
     * are for that incident's official and are linked to it.
     */
    @GetMapping("/protection")
    String overview(@RequestParam(required = false) IncidentId incident, Caller caller, Model model) {
        OfficialAccess.requireCaseHandler(caller);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        if (incident != null) {
            IncidentForDecision seen = access.incident(incident, caller).orElseThrow(ProtectionPages::notFound);
            form.add("incidentId", incident.toString());
            form.add("scanOfficial", seen.officialId().toString());
            form.add("threatOfficial", seen.officialId().toString());
        }
        return page(caller, model, form, PageErrors.none());
    }

    @PostMapping("/protection/safety-scans")
    String requestScan(@RequestParam MultiValueMap<String, String> form, Caller caller, Model model,
            Locale locale) {
        OfficialAccess.requireCaseHandler(caller);
        List<RuleViolation> unreadable = new ArrayList<>();
        LocalDate requestedOn = date(form, "requestedOn", "requestedOn", unreadable);
        Map<String, String> names = ordered("officialId", "scanOfficial", "requestedOn", "requestedOn");
        return submit(caller, model, locale, form, names, unreadable, () -> {
            OfficialId official = official(form, "scanOfficial", caller);
            return new RequestSafetyScan(new SafetyScanId(UUID.randomUUID()), official, requestedOn,
                    incident(form, official, caller), caller.role());
        });
    }

    @PostMapping("/protection/safety-scans/{safetyScanId}/completion")
    String completeScan(@PathVariable SafetyScanId safetyScanId, @RequestParam MultiValueMap<String, String> form,
            Caller caller, Model model, Locale locale) {
        scanOf(safetyScanId, caller);
        String id = safetyScanId.value().toString();
        List<RuleViolation> unreadable = new ArrayList<>();
        LocalDate carriedOutOn = date(form, "carriedOutOn", "carriedOutOn", unreadable);
        // one action a line, as the advice lists them; blank lines are no actions
        List<String> actions = lines(form.getFirst("followUpActions"));
        return submit(caller, model, locale, null, suffixed(id, "carriedOutOn", "adviceSummary", "followUpActions"),
                unreadable, () -> new RecordSafetyScanCarriedOut(safetyScanId, carriedOutOn,
                        form.getFirst("adviceSummary"), actions, caller.role()));
    }

    /** The position is the action's place in the scan's list, from 0, as the API has it. */
    @PostMapping("/protection/safety-scans/{safetyScanId}/follow-up-actions/{position}/done")
    String followUpDone(@PathVariable SafetyScanId safetyScanId, @PathVariable int position,
            @RequestParam MultiValueMap<String, String> form, Caller caller, Model model, Locale locale) {
        scanOf(safetyScanId, caller);
        String key = "doneOn-" + safetyScanId.value() + "-" + position;
        List<RuleViolation> unreadable = new ArrayList<>();
        LocalDate doneOn = date(form, "doneOn", "doneOn", unreadable);
        return submit(caller, model, locale, null, ordered("doneOn", key, "position", key), unreadable,
                () -> new MarkFollowUpActionDone(safetyScanId, position, doneOn, caller.role()));
    }

    @PostMapping("/protection/threat-measures")
    String agree(@RequestParam MultiValueMap<String, String> form, Caller caller, Model model, Locale locale) {
        OfficialAccess.requireCaseHandler(caller);
        List<RuleViolation> unreadable = new ArrayList<>();
        LocalDate from = date(form, "measuresFrom", "from", unreadable);
        LocalDate until = date(form, "measuresUntil", "until", unreadable);
        Set<ThreatPartner> partners = EnumSet.noneOf(ThreatPartner.class);
        values(form, "agreedWith").forEach(value -> partners.add(oneOf(ThreatPartner.class, value)));
        partners.remove(null);
        Map<String, String> names = ordered("officialId", "threatOfficial", "what", "what", "from", "measuresFrom",
                "until", "measuresUntil", "agreedWith", "agreedWith");
        return submit(caller, model, locale, form, names, unreadable, () -> {
            OfficialId official = official(form, "threatOfficial", caller);
            return new AgreeThreatMeasures(new ThreatMeasureId(UUID.randomUUID()), official, form.getFirst("what"),
                    from, until, partners, incident(form, official, caller), caller.role());
        });
    }

    @PostMapping("/protection/threat-measures/{threatMeasureId}/ending")
    String end(@PathVariable ThreatMeasureId threatMeasureId, @RequestParam(required = false) String reason,
            Caller caller, Model model, Locale locale) {
        OfficialAccess.requireCaseHandler(caller);
        projections.awaitCaughtUp(ProtectiveMeasuresProjection.NAME);
        visible(measures.threatMeasure(threatMeasureId).map(ThreatMeasureView::officialId).orElse(null), caller);
        return submit(caller, model, locale, null, ordered("reason", "endReason-" + threatMeasureId.value()),
                List.of(), () -> new EndThreatMeasures(threatMeasureId, reason, caller.role()));
    }

    @PostMapping("/protection/meeting-risk-analyses")
    String analyse(@RequestParam MultiValueMap<String, String> form, Caller caller, Model model, Locale locale) {
        OfficialAccess.requireCaseHandler(caller);
        List<RuleViolation> unreadable = new ArrayList<>();
        LocalDate meetingOn = date(form, "meetingOn", "meetingOn", unreadable);
        Map<String, String> names = ordered("meetingKind", "meetingKind", "meetingName", "meetingName",
                "meetingOn", "meetingOn", "risksFound", "risksFound", "measuresTaken", "measuresTaken",
                "officials", "analysisOfficials");
        return submit(caller, model, locale, form, names, unreadable, () -> {
            List<String> picked = values(form, "analysisOfficials");
            List<OfficialId> officials = new ArrayList<>();
            for (int i = 0; i < picked.size(); i++) {
                officials.add(access.known(parse(picked.get(i), "officials[" + i + "]"), "officials[" + i + "]")
                        .officialId());
            }
            // as the API: nobody records an analysis they could not see afterwards
            Predicate<OfficialId> visible = access.visibleTo(caller);
            if (!officials.isEmpty() && officials.stream().noneMatch(visible)) {
                throw new NotPermittedException("Deze bestuurders vallen onder een andere behandelaar.");
            }
            return new RecordMeetingRiskAnalysis(new MeetingRiskAnalysisId(UUID.randomUUID()),
                    oneOf(MeetingKind.class, form.getFirst("meetingKind")), form.getFirst("meetingName"), meetingOn,
                    form.getFirst("risksFound"), form.getFirst("measuresTaken"), officials, caller.role());
        });
    }

    /**
     * Sends the command and returns to the page; on broken rules shows the page again with what was
     * entered (only the new-measure forms keep it: {@code form} is null for an item's form).
     *
     * @param names the command's field to the name the field has on the page
     */
    private String submit(Caller caller, Model model, Locale locale, MultiValueMap<String, String> form,
            Map<String, String> names, List<RuleViolation> unreadable, Supplier<Object> command) {
        MultiValueMap<String, String> kept = form == null ? new LinkedMultiValueMap<>() : form;
        Function<String, String> name = field -> names.getOrDefault(field.replaceAll("\\[\\d+]$", ""),
                names.values().iterator().next());
        try {
            if (!unreadable.isEmpty()) {
                throw new RuleViolationException(unreadable);
            }
            commands.sendAndWait(command.get());
            projections.awaitCaughtUp(ProtectiveMeasuresProjection.NAME);
            return "redirect:/protection";
        } catch (RuleViolationException rejected) {
            return page(caller, model, kept, PageErrors.of("protection", rejected.violations(), name::apply,
                    field -> anchor(name.apply(field)), messages, locale));
        } catch (ConflictException conflict) {
            String key = names.values().iterator().next();
            return page(caller, model, kept, PageErrors.refusal(key, key, conflict, messages, locale));
        }
    }

    private String page(Caller caller, Model model, MultiValueMap<String, String> form, PageErrors errors) {
        projections.awaitCaughtUp(ProtectiveMeasuresProjection.NAME);
        Predicate<OfficialId> visible = access.visibleTo(caller);
        List<OfficialSummary> officials = access.selectable(caller);
        Map<OfficialId, String> names = officials.stream()
                .collect(Collectors.toMap(OfficialSummary::officialId, OfficialSummary::name));
        String unknown = messages.getMessage("protection.overview.unknownOfficial", null,
                LocaleContextHolder.getLocale());
        Function<OfficialId, String> named = id -> names.getOrDefault(id, unknown);
        model.addAttribute("scans", measures.safetyScans().stream().filter(scan -> visible.test(scan.officialId()))
                .map(scan -> new ScanRow(scan, named.apply(scan.officialId()))).toList());
        model.addAttribute("threats", measures.threatMeasures(true).stream()
                .filter(threat -> visible.test(threat.officialId()))
                .map(threat -> new ThreatRow(threat, named.apply(threat.officialId()))).toList());
        model.addAttribute("analyses", measures.meetingRiskAnalyses().stream()
                .filter(analysis -> analysis.officials().isEmpty() || analysis.officials().stream().anyMatch(visible))
                .map(analysis -> new AnalysisRow(analysis, analysis.officials().stream().filter(visible)
                        .map(named).collect(Collectors.joining(", "))))
                .toList());
        model.addAttribute("officials", officials);
        model.addAttribute("incident", linkedIncident(form, caller).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("meetingKinds", MeetingKind.values());
        model.addAttribute("partners", ThreatPartner.values());
        return "protection/overview";
    }

    /** A measure with the name of its official, so the page says whom it protects. */
    record ScanRow(SafetyScanView scan, String official) {
    }

    record ThreatRow(ThreatMeasureView threat, String official) {
    }

    /** Only the officials the caller may see are named: the others are none of their business. */
    record AnalysisRow(MeetingRiskAnalysisView analysis, String officials) {
    }

    private void scanOf(SafetyScanId safetyScanId, Caller caller) {
        OfficialAccess.requireCaseHandler(caller);
        projections.awaitCaughtUp(ProtectiveMeasuresProjection.NAME);
        visible(measures.safetyScan(safetyScanId).map(SafetyScanView::officialId).orElse(null), caller);
    }

    /** Unknown and not-yours look the same, as in the API. */
    private void visible(OfficialId officialId, Caller caller) {
        if (officialId == null || !access.visibleTo(caller).test(officialId)) {
            throw notFound();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Niet gevonden.");
    }

    /** The incident a new measure is linked to (a hidden field), checked as the API checks it. */
    private IncidentId incident(MultiValueMap<String, String> form, OfficialId official, Caller caller) {
        String value = form.getFirst("incidentId");
        if (value == null || value.isBlank() || official == null) {
            return null;
        }
        IncidentId incidentId = linkedIncident(form, caller).map(IncidentForDecision::incidentId)
                .orElseThrow(() -> new RuleViolationException(
                        List.of(new RuleViolation("incidentId", RuleViolation.UNKNOWN))));
        access.requireIncidentOf(incidentId, official, caller);
        return incidentId;
    }

    private Optional<IncidentForDecision> linkedIncident(MultiValueMap<String, String> form, Caller caller) {
        String value = form.getFirst("incidentId");
        try {
            return value == null || value.isBlank() ? Optional.empty()
                    : access.incident(new IncidentId(UUID.fromString(value.strip())), caller);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The official picked; one the caller does not act for is refused, as in the API (the list offers none). */
    private OfficialId official(MultiValueMap<String, String> form, String name, Caller caller) {
        String value = form.getFirst(name);
        if (value == null || value.isBlank()) {
            return null; // the command names the missing field
        }
        OfficialSummary official = access.known(parse(value, "officialId"), "officialId");
        if (!access.maySee(caller, official)) {
            throw new NotPermittedException("Deze bestuurder valt onder een andere behandelaar.");
        }
        return official.officialId();
    }

    private static OfficialId parse(String value, String field) {
        try {
            return OfficialId.of(value.strip());
        } catch (IllegalArgumentException malformed) {
            throw new RuleViolationException(List.of(new RuleViolation(field, RuleViolation.UNKNOWN)));
        }
    }

    /** Choices in radio buttons or check boxes: the summary links to the first. */
    private static String anchor(String name) {
        return switch (name) {
            case "meetingKind" -> "meetingKind-" + MeetingKind.values()[0].name();
            case "agreedWith" -> "agreedWith-" + ThreatPartner.values()[0].name();
            default -> name;
        };
    }

    /** The first name is where a refusal that belongs to no field is shown, so the order counts. */
    private static Map<String, String> ordered(String... fieldsAndNames) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndNames.length; i += 2) {
            names.put(fieldsAndNames[i], fieldsAndNames[i + 1]);
        }
        return names;
    }

    private static Map<String, String> suffixed(String id, String... fields) {
        Map<String, String> names = new LinkedHashMap<>();
        Arrays.stream(fields).forEach(field -> names.put(field, field + "-" + id));
        return names;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().filter(line -> !line.isBlank()).toList();
    }
}
