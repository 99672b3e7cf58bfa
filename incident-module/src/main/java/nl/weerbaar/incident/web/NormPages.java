package nl.weerbaar.incident.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weerbaar.incident.api.AdoptNorm;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.api.RetireNorm;
import nl.weerbaar.incident.api.ReviseNorm;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.incident.query.NormView;
import nl.weerbaar.incident.query.NormsFramework;
import nl.weerbaar.incident.query.NormsProjection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The administrator's pages for the norms framework: the framework, adopting a norm, and a norm's
 * history with the forms to reword or retire it.
 */
@Controller
class NormPages {

    private final CommandGateway commands;
    private final NormsFramework framework;
    private final MessageSource messages;
    private final ProjectionSync projections;

    NormPages(CommandGateway commands, NormsFramework framework, MessageSource messages, ProjectionSync projections) {
        this.commands = commands;
        this.framework = framework;
        this.messages = messages;
        this.projections = projections;
    }

    @GetMapping("/admin/norms")
    String list(Caller caller, Model model) {
        requireAdministrator(caller);
        model.addAttribute("norms", framework.all());
        return "norms/list";
    }

    @GetMapping("/admin/norms/new")
    String newNorm(Caller caller, Model model) {
        requireAdministrator(caller);
        return adoptionForm(AdoptionForm.blank(), FormErrors.none(), model);
    }

    @PostMapping("/admin/norms/new")
    String adopt(@ModelAttribute("adoption") AdoptionForm form, Caller caller, Model model, Locale locale) {
        requireAdministrator(caller);
        List<RuleViolation> violations = new ArrayList<>();
        AdoptNorm command = form.command(violations);
        violations.addAll(command.violations());
        if (!violations.isEmpty()) {
            return adoptionForm(form, errors("adoption", violations, locale), model);
        }
        try {
            commands.sendAndWait(command);
        } catch (RuleViolationException rejected) {
            return adoptionForm(form, errors("adoption", rejected.violations(), locale), model);
        } catch (ConflictException taken) {
            // An old form sent again with other answers (after the browser's back button): a fresh id makes
            // the next submit a new norm, once the administrator has checked the answers.
            return adoptionForm(form.withNewId(), decision(messages.getMessage("norms.adoption.resubmitted", null,
                    locale), locale), model);
        }
        projections.awaitCaughtUp(NormsProjection.NAME);
        return "redirect:/admin/norms/" + command.normId();
    }

    @GetMapping("/admin/norms/{normId}")
    String norm(@PathVariable NormId normId, Caller caller, Model model) {
        requireAdministrator(caller);
        return history(normId, FormErrors.none(), model);
    }

    @PostMapping("/admin/norms/{normId}/revisions")
    String revise(@PathVariable NormId normId, @ModelAttribute("revision") RevisionForm form, Caller caller,
            Model model, Locale locale) {
        requireAdministrator(caller);
        List<RuleViolation> violations = new ArrayList<>();
        ReviseNorm command = form.command(normId, violations);
        violations.addAll(command.violations());
        return decide(normId, "revision", command, violations, model, locale);
    }

    @PostMapping("/admin/norms/{normId}/retirement")
    String retire(@PathVariable NormId normId, @ModelAttribute("retirement") RetirementForm form, Caller caller,
            Model model, Locale locale) {
        requireAdministrator(caller);
        List<RuleViolation> violations = new ArrayList<>();
        RetireNorm command = form.command(normId, violations);
        violations.addAll(command.violations());
        return decide(normId, "retirement", command, violations, model, locale);
    }

    /**
     * Sends the command of one of the norm page's forms, unless what was posted already breaks a rule.
     * When refused, the page is shown again with the posted answers (already in the model) and the
     * messages at that form's fields.
     */
    private String decide(NormId normId, String form, Object command, List<RuleViolation> violations, Model model,
            Locale locale) {
        versionsOf(normId); // an unknown norm is not found, whatever was posted
        if (!violations.isEmpty()) {
            return history(normId, errors(form, violations, locale), model);
        }
        try {
            commands.sendAndWait(command);
        } catch (RuleViolationException rejected) {
            return history(normId, errors(form, rejected.violations(), locale), model);
        } catch (ConflictException conflict) {
            return history(normId, decision(FormErrors.refusal(conflict, messages, locale), locale), model);
        }
        projections.awaitCaughtUp(NormsProjection.NAME);
        return "redirect:/admin/norms/" + normId;
    }

    private String adoptionForm(AdoptionForm form, FormErrors errors, Model model) {
        model.addAttribute("adoption", form);
        model.addAttribute("errors", errors);
        return "norms/new";
    }

    private String history(NormId normId, FormErrors errors, Model model) {
        List<NormView> newestFirst = versionsOf(normId);
        Collections.reverse(newestFirst);
        NormView current = newestFirst.get(0);
        model.addAttribute("norm", current);
        model.addAttribute("versions", newestFirst);
        if (!model.containsAttribute("revision")) {
            model.addAttribute("revision", RevisionForm.of(current));
        }
        if (!model.containsAttribute("retirement")) {
            model.addAttribute("retirement", RetirementForm.blank());
        }
        model.addAttribute("errors", errors);
        return "norms/detail";
    }

    /** Every version, oldest first; an unknown norm is not found. */
    private List<NormView> versionsOf(NormId normId) {
        List<NormView> versions = new ArrayList<>(framework.history(normId));
        if (versions.isEmpty()) {
            throw NormApi.notFound(normId);
        }
        return versions;
    }

    /**
     * Each form's fields are named after it ({@code revision.title}), so a message lands at its own
     * form and says what that form means; the control's id is the same name with a hyphen.
     */
    private FormErrors errors(String form, List<RuleViolation> violations, Locale locale) {
        List<RuleViolation> named = violations.stream()
                .map(violation -> new RuleViolation(form + "." + violation.field(), violation.code())).toList();
        Map<String, String> anchors = named.stream().map(RuleViolation::field).distinct()
                .collect(Collectors.toMap(field -> field, field -> field.replace('.', '-')));
        return FormErrors.of(named, anchors, messages, locale);
    }

    /** A refusal of the decision as such (already retired, say), shown above the forms. */
    private FormErrors decision(String message, Locale locale) {
        return FormErrors.of(List.of(new RuleViolation("decision", RuleViolation.INVALID)), Map.of(), messages,
                locale).withMessage("decision", message);
    }

    private static void requireAdministrator(Caller caller) {
        if (!caller.role().mayMaintainNorms()) {
            throw new NotPermittedException("Alleen de functioneel beheerder legt de normering vast.");
        }
    }
}
