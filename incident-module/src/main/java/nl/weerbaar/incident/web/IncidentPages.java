package nl.weerbaar.incident.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.IncidentReportReceipt;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.query.IncidentRegister;
import nl.weerbaar.incident.query.IncidentRegisterProjection;
import nl.weerbaar.incident.query.Officials;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report form: form, check your answers, then the confirmation (in {@link RegisterPages}).
 * Every step works without JavaScript.
 */
@Controller
class IncidentPages {

    /** Form controls for API field names that are entered elsewhere on the page. */
    private static final Map<String, String> ANCHORS = Map.of(
            "occurredAt", "occurredDate",
            "behaviours", "behaviours-" + Behaviour.values()[0].name(),
            "perpetrator.name", "perpetratorName",
            "perpetrator.handle", "perpetratorHandle",
            "perpetrator.description", "perpetratorDescription");

    private final CommandGateway commands;
    private final IncidentRegister register;
    private final Officials officials;
    private final MessageSource messages;
    private final Clock clock;
    private final ProjectionSync projections;

    IncidentPages(CommandGateway commands, IncidentRegister register, Officials officials, MessageSource messages,
            Clock clock, ProjectionSync projections) {
        this.projections = projections;
        this.commands = commands;
        this.register = register;
        this.officials = officials;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/incidents/new")
    String newIncident(Caller caller, Model model) {
        return form(new IncidentForm(), FormErrors.none(), caller, model);
    }

    /** First submit: check the answers, or show the form again with what is wrong. */
    @PostMapping("/incidents/new")
    String check(@ModelAttribute("form") IncidentForm form, @RequestParam(required = false) String change,
            Caller caller, Model model, Locale locale) {
        if (change != null) {
            return form(form, FormErrors.none(), caller, model);
        }
        IncidentForm.Parsed parsed = form.parse(caller, clock.getZone());
        List<RuleViolation> violations = new ArrayList<>(parsed.unreadable());
        violations.addAll(parsed.command().violations(clock.instant()));
        if (!violations.isEmpty()) {
            return form(form, FormErrors.of(violations, ANCHORS, messages, locale), caller, model);
        }
        model.addAttribute("form", form);
        model.addAttribute("report", parsed.command());
        model.addAttribute("official", officials.find(parsed.command().officialId()).orElse(null));
        return "incidents/check";
    }

    /** Final submit from the check page; a second click finds the same incident id and changes nothing. */
    @PostMapping("/incidents")
    String report(@ModelAttribute("form") IncidentForm form, Caller caller, Model model, Locale locale) {
        IncidentForm.Parsed parsed = form.parse(caller, clock.getZone());
        try {
            if (!parsed.unreadable().isEmpty()) {
                throw new RuleViolationException(parsed.unreadable());
            }
            IncidentReportReceipt receipt = commands.sendAndWait(parsed.command());
            projections.awaitCaughtUp(IncidentRegisterProjection.NAME);
            return "redirect:/incidents/" + receipt.incidentId() + "/confirmation";
        } catch (RuleViolationException rejected) {
            return form(form, FormErrors.of(rejected.violations(), ANCHORS, messages, locale), caller, model);
        }
    }

    private String form(IncidentForm form, FormErrors errors, Caller caller, Model model) {
        if (!caller.role().isCaseHandler() && caller.officialId() == null) {
            throw new NotPermittedException("Only officials and case handlers report incidents.");
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("behaviourOptions", Behaviour.values());
        model.addAttribute("choosesOfficial", caller.role().isCaseHandler());
        model.addAttribute("officials", caller.role().isCaseHandler() ? officials.all() : List.of());
        return "incidents/new";
    }
}
