package nl.weerbaar.incident.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.weerbaar.incident.api.AssessIncident;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.BehaviourType;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.CloseIncident;
import nl.weerbaar.incident.api.ClosingOutcome;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.DiscussionParty;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.api.RecordDiscussion;
import nl.weerbaar.incident.api.ReopenIncident;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.incident.api.Severity;
import nl.weerbaar.incident.query.IncidentRegister;
import nl.weerbaar.incident.query.IncidentRegisterProjection;
import nl.weerbaar.incident.query.IncidentTimelineProjection;
import nl.weerbaar.incident.query.IncidentView;
import nl.weerbaar.incident.query.NormsFramework;
import nl.weerbaar.incident.query.PerpetratorProfiles;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The register (the incidents a user may see), the incident page, and the decisions taken on it. */
@Controller
class RegisterPages {

    private static final int PAGE_SIZE = 20;
    /** Form controls for field names that are entered in more than one control. */
    private static final Map<String, String> ANCHORS = Map.of(
            "outcome", "outcome-" + ClosingOutcome.values()[0].name(),
            "discussedWith", "discussedWith-" + DiscussionParty.values()[0].name(),
            "discussedAt", "discussedDate",
            "behaviourType", "behaviourType-" + BehaviourType.values()[0].name(),
            "severity", "severity-" + Severity.values()[0].name(),
            "normIds", "norms");

    private final CommandGateway commands;
    private final IncidentRegister register;
    private final MessageSource messages;
    private final ProjectionSync projections;
    private final NormsFramework norms;
    private final PerpetratorProfiles perpetrators;
    private final Clock clock;

    RegisterPages(CommandGateway commands, IncidentRegister register, MessageSource messages,
            ProjectionSync projections, NormsFramework norms, PerpetratorProfiles perpetrators, Clock clock) {
        this.perpetrators = perpetrators;
        this.commands = commands;
        this.register = register;
        this.messages = messages;
        this.projections = projections;
        this.norms = norms;
        this.clock = clock;
    }

    @GetMapping("/incidents")
    String list(@RequestParam(defaultValue = "0") int page, @ModelAttribute("filter") RegisterFilterForm filter,
            Caller caller, Model model) {
        model.addAttribute("page", register.list(caller, filter.toFilter(), Math.max(0, page), PAGE_SIZE));
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("kinds", OfficialKind.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("behaviourOptions", Behaviour.values());
        return "incidents/list";
    }

    @GetMapping("/incidents/{incidentId}/confirmation")
    String confirmation(@PathVariable IncidentId incidentId, Caller caller, Model model) {
        model.addAttribute("incident", visible(incidentId, caller));
        return "incidents/confirmation";
    }

    @GetMapping("/incidents/{incidentId}")
    String incident(@PathVariable IncidentId incidentId, Caller caller, Model model) {
        return detail(incidentId, caller, model, FormErrors.none());
    }

    @PostMapping("/incidents/{incidentId}/discussions")
    String discuss(@PathVariable IncidentId incidentId, @RequestParam(required = false) List<String> discussedWith,
            @RequestParam(required = false) String discussedDate, @RequestParam(required = false) String discussedTime,
            @RequestParam(required = false) String agreedNextStep, Caller caller, Model model, Locale locale) {
        visible(incidentId, caller);
        Set<DiscussionParty> parties = FormValues.enums(DiscussionParty.class, discussedWith);
        return decide(incidentId, caller, model, locale, new RecordDiscussion(incidentId, parties,
                FormValues.moment(discussedDate, discussedTime, clock.getZone()), agreedNextStep, caller.role()));
    }

    @PostMapping("/incidents/{incidentId}/assessments")
    String assess(@PathVariable IncidentId incidentId, @RequestParam(required = false) String behaviourType,
            @RequestParam(required = false) String severity, @RequestParam(required = false) List<String> normIds,
            @RequestParam(required = false) String rationale, Caller caller, Model model, Locale locale) {
        visible(incidentId, caller);
        Set<NormId> norms = normIds == null ? Set.of()
                : normIds.stream().map(FormValues::normId).filter(Objects::nonNull).collect(Collectors.toSet());
        return decide(incidentId, caller, model, locale, new AssessIncident(incidentId,
                FormValues.oneOf(BehaviourType.class, behaviourType), FormValues.oneOf(Severity.class, severity), norms,
                rationale, caller.role()));
    }

    /** The case handler closes the incident with an outcome and a reason. */
    @PostMapping("/incidents/{incidentId}/closure")
    String close(@PathVariable IncidentId incidentId, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason, Caller caller, Model model, Locale locale) {
        visible(incidentId, caller);
        return decide(incidentId, caller, model, locale,
                new CloseIncident(incidentId, FormValues.oneOf(ClosingOutcome.class, outcome), reason, caller.role()));
    }

    @PostMapping("/incidents/{incidentId}/reopening")
    String reopen(@PathVariable IncidentId incidentId, @RequestParam(required = false) String reason, Caller caller,
            Model model, Locale locale) {
        visible(incidentId, caller);
        return decide(incidentId, caller, model, locale, new ReopenIncident(incidentId, reason, caller.role()));
    }

    private String decide(IncidentId incidentId, Caller caller, Model model, Locale locale, Object command) {
        try {
            commands.sendAndWait(command);
            projections.awaitCaughtUp(IncidentRegisterProjection.NAME);
            projections.awaitCaughtUp(IncidentTimelineProjection.NAME);
            return "redirect:/incidents/" + incidentId;
        } catch (RuleViolationException rejected) {
            return detail(incidentId, caller, model, FormErrors.of(rejected.violations(), ANCHORS, messages, locale));
        } catch (ConflictException conflict) {
            FormErrors errors = FormErrors.of(List.of(new RuleViolation("decision", RuleViolation.INVALID)),
                    Map.of(), messages, locale).withMessage("decision",
                    FormErrors.refusal(conflict, messages, locale));
            return detail(incidentId, caller, model, errors);
        }
    }

    private String detail(IncidentId incidentId, Caller caller, Model model, FormErrors errors) {
        IncidentView incident = visible(incidentId, caller);
        model.addAttribute("incident", incident);
        model.addAttribute("errors", errors);
        model.addAttribute("decides", caller.role().isCaseHandler());
        model.addAttribute("outcomes", ClosingOutcome.values());
        model.addAttribute("parties", DiscussionParty.values());
        model.addAttribute("behaviourTypes", BehaviourType.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("norms", norms.applicable());
        model.addAttribute("appliedNorms",
                incident.assessment() == null ? List.of() : norms.versions(incident.assessment().norms()));
        model.addAttribute("perpetratorCandidates",
                caller.role().isCaseHandler() ? perpetrators.candidatesFor(incidentId) : List.of());
        return "incidents/detail";
    }

    private IncidentView visible(IncidentId incidentId, Caller caller) {
        return register.find(incidentId, caller).orElseThrow(() -> IncidentApi.notFound(incidentId));
    }
}
