package nl.weerbaar.incident.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.EraseIncidentPersonalData;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.LiftLegalHold;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.PlaceLegalHold;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.api.RetentionPolicy;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.incident.query.IncidentRegisterProjection;
import nl.weerbaar.incident.query.RetentionOverview;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's pages for keeping and erasing: references and dates, never content. */
@Controller
class RetentionPages {

    private final CommandGateway commands;
    private final RetentionOverview retention;
    private final RetentionPolicy policy;
    private final MessageSource messages;
    private final ProjectionSync projections;

    RetentionPages(CommandGateway commands, RetentionOverview retention, RetentionPolicy policy,
            MessageSource messages, ProjectionSync projections) {
        this.commands = commands;
        this.retention = retention;
        this.policy = policy;
        this.messages = messages;
        this.projections = projections;
    }

    @GetMapping("/admin/retention")
    String list(Caller caller, Model model) {
        requireAdministrator(caller);
        model.addAttribute("entries", retention.all());
        model.addAttribute("retentionYears", policy.incident().getYears());
        return "retention/list";
    }

    @GetMapping("/admin/retention/{incidentId}")
    String entry(@PathVariable IncidentId incidentId, Caller caller, Model model) {
        requireAdministrator(caller);
        return entry(incidentId, model, FormErrors.none());
    }

    @PostMapping("/admin/retention/{incidentId}/erasure")
    String erase(@PathVariable IncidentId incidentId, @RequestParam(required = false) String reason, Caller caller,
            Model model, Locale locale) {
        requireAdministrator(caller);
        return decide(incidentId, model, locale, "erasure", new EraseIncidentPersonalData(incidentId, reason));
    }

    @PostMapping("/admin/retention/{incidentId}/legal-hold")
    String hold(@PathVariable IncidentId incidentId, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean lift, Caller caller, Model model, Locale locale) {
        requireAdministrator(caller);
        return decide(incidentId, model, locale, "hold",
                lift ? new LiftLegalHold(incidentId, reason) : new PlaceLegalHold(incidentId, reason));
    }

    /** @param form which form on the page sent it, so its messages land at its own fields */
    private String decide(IncidentId incidentId, Model model, Locale locale, String form, Object command) {
        retention.find(incidentId).orElseThrow(() -> IncidentApi.notFound(incidentId));
        try {
            commands.sendAndWait(command);
            projections.awaitCaughtUp(IncidentRegisterProjection.NAME);
            return "redirect:/admin/retention/" + incidentId;
        } catch (RuleViolationException rejected) {
            List<RuleViolation> violations = rejected.violations().stream()
                    .map(violation -> new RuleViolation(form + "." + violation.field(), violation.code())).toList();
            return entry(incidentId, model, FormErrors.of(violations,
                    Map.of(form + ".reason", form + "-reason"), messages, locale));
        } catch (ConflictException conflict) {
            return entry(incidentId, model, FormErrors.of(List.of(new RuleViolation("decision",
                    RuleViolation.INVALID)), Map.of(), messages, locale).withMessage("decision",
                    FormErrors.refusal(conflict, messages, locale)));
        }
    }

    private String entry(IncidentId incidentId, Model model, FormErrors errors) {
        model.addAttribute("entry", retention.find(incidentId).orElseThrow(() -> IncidentApi.notFound(incidentId)));
        model.addAttribute("errors", errors);
        return "retention/entry";
    }

    private static void requireAdministrator(Caller caller) {
        if (!caller.role().mayManageRetention()) {
            throw new NotPermittedException("Alleen de functioneel beheerder beheert het bewaren en wissen.");
        }
    }
}
