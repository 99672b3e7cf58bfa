package nl.weerbaar.incident.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.CloseIncident;
import nl.weerbaar.incident.api.ClosingOutcome;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.api.ReopenIncident;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.incident.query.IncidentRegister;
import nl.weerbaar.incident.query.IncidentRegisterProjection;
import nl.weerbaar.incident.query.IncidentView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The register (the incidents a user may see), the incident page, and the decisions taken on it. */
@Controller
class RegisterPages {

    private static final int PAGE_SIZE = 20;

    private final CommandGateway commands;
    private final IncidentRegister register;
    private final MessageSource messages;
    private final ProjectionSync projections;

    RegisterPages(CommandGateway commands, IncidentRegister register, MessageSource messages,
            ProjectionSync projections) {
        this.commands = commands;
        this.register = register;
        this.messages = messages;
        this.projections = projections;
    }

    @GetMapping("/incidents")
    String list(@RequestParam(defaultValue = "0") int page, Caller caller, Model model) {
        model.addAttribute("page", register.list(caller, Math.max(0, page), PAGE_SIZE));
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

    /** The case handler closes the incident with an outcome and a reason. */
    @PostMapping("/incidents/{incidentId}/closure")
    String close(@PathVariable IncidentId incidentId, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason, Caller caller, Model model, Locale locale) {
        visible(incidentId, caller);
        return decide(incidentId, caller, model, locale,
                new CloseIncident(incidentId, outcome(outcome), reason, caller.role()));
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
            return "redirect:/incidents/" + incidentId;
        } catch (RuleViolationException rejected) {
            return detail(incidentId, caller, model, FormErrors.of(rejected.violations(),
                    Map.of("outcome", "outcome-" + ClosingOutcome.values()[0].name()), messages, locale));
        } catch (ConflictException conflict) {
            FormErrors errors = FormErrors.of(List.of(new RuleViolation("decision", RuleViolation.INVALID)),
                    Map.of(), messages, locale).withMessage("decision", conflict.getMessage());
            return detail(incidentId, caller, model, errors);
        }
    }

    private String detail(IncidentId incidentId, Caller caller, Model model, FormErrors errors) {
        model.addAttribute("incident", visible(incidentId, caller));
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", ClosingOutcome.values());
        model.addAttribute("decides", caller.role().isCaseHandler());
        return "incidents/detail";
    }

    private IncidentView visible(IncidentId incidentId, Caller caller) {
        return register.find(incidentId, caller).orElseThrow(() -> IncidentApi.notFound(incidentId));
    }

    private static ClosingOutcome outcome(String value) {
        try {
            return value == null || value.isBlank() ? null : ClosingOutcome.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
