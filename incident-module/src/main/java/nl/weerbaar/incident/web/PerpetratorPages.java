package nl.weerbaar.incident.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.CreatePerpetratorProfile;
import nl.weerbaar.incident.api.ErasePerpetratorPersonalData;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.LinkPerpetrator;
import nl.weerbaar.incident.api.MergePerpetrators;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.incident.api.UnlinkPerpetrator;
import nl.weerbaar.incident.query.IncidentRegister;
import nl.weerbaar.incident.query.IncidentRegisterProjection;
import nl.weerbaar.incident.query.IncidentTimelineProjection;
import nl.weerbaar.incident.query.IncidentView;
import nl.weerbaar.incident.query.PerpetratorProfiles;
import nl.weerbaar.incident.query.PerpetratorProfilesProjection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The perpetrator profile pages (search, create, profile with merge; erasure for the administrator)
 * and the link and unlink forms of the incident page's perpetrator section. A refused link or unlink
 * is shown on this controller's page for the incident's profile ({@code /perpetrators?incident=}),
 * which shows the same section with the error at its field.
 */
@Controller
class PerpetratorPages {

    private static final Map<String, String> PROFILE_ANCHORS = Map.of(
            "profile.name", "name", "profile.handles", "handles", "profile.description", "description");
    private static final Map<String, String> SECTION_ANCHORS = Map.of(
            "perpetrator.perpetratorId", "perpetrator-q", "perpetrator.unlink.reason", "perpetrator-unlink-reason");

    private final CommandGateway commands;
    private final IncidentRegister register;
    private final PerpetratorProfiles profiles;
    private final MessageSource messages;
    private final ProjectionSync projections;

    PerpetratorPages(CommandGateway commands, IncidentRegister register, PerpetratorProfiles profiles,
            MessageSource messages, ProjectionSync projections) {
        this.commands = commands;
        this.register = register;
        this.profiles = profiles;
        this.messages = messages;
        this.projections = projections;
    }

    /** The profiles found by name or handle; with an incident, the page that links it to one. */
    @GetMapping("/perpetrators")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) IncidentId incident,
            Caller caller, Model model) {
        ProfileAccess.requireCaseHandler(caller);
        if (incident != null) {
            return linkPage(visible(incident, caller), q, model, FormErrors.none());
        }
        model.addAttribute("q", q);
        model.addAttribute("results", profiles.search(q));
        return "perpetrators/list";
    }

    /** Opened from an incident, the form starts with what the reporter knew and links the new profile. */
    @GetMapping("/perpetrators/new")
    String newProfile(@RequestParam(required = false) IncidentId incident, Caller caller, Model model) {
        ProfileAccess.requireCaseHandler(caller);
        IncidentView from = incident == null ? null : visible(incident, caller);
        ProfileForm form = from == null ? new ProfileForm()
                : ProfileForm.from(from.incidentId().toString(), from.perpetrator());
        return form(form, from, model, FormErrors.none());
    }

    @PostMapping("/perpetrators")
    String create(@ModelAttribute("form") ProfileForm form, Caller caller, Model model, Locale locale) {
        ProfileAccess.requireCaseHandler(caller);
        IncidentId incidentId = incidentIdOf(form.getIncidentId());
        IncidentView from = incidentId == null ? null : visible(incidentId, caller);
        CreatePerpetratorProfile command = form.command(caller);
        try {
            commands.sendAndWait(command);
        } catch (RuleViolationException rejected) {
            return form(form, from, model, FormErrors.of(prefixed("profile.", rejected.violations()), PROFILE_ANCHORS,
                    messages, locale));
        }
        projections.awaitCaughtUp(PerpetratorProfilesProjection.NAME);
        if (from == null) {
            return "redirect:/perpetrators/" + command.perpetratorId();
        }
        return link(from, command.perpetratorId(), caller, model, locale);
    }

    /** A case handler sees the profile; the administrator only what an erasure needs. */
    @GetMapping("/perpetrators/{perpetratorId}")
    String profile(@PathVariable PerpetratorId perpetratorId, @RequestParam(required = false) String mergeQuery,
            Caller caller, Model model) {
        if (caller.role().mayManageRetention()) {
            return erasurePage(perpetratorId, model, FormErrors.none());
        }
        ProfileAccess.requireCaseHandler(caller);
        return profilePage(perpetratorId, mergeQuery, caller, model, FormErrors.none());
    }

    /** The profile in the path takes over the other one. */
    @PostMapping("/perpetrators/{perpetratorId}/merge")
    String merge(@PathVariable PerpetratorId perpetratorId, @RequestParam(required = false) String otherPerpetratorId,
            Caller caller, Model model, Locale locale) {
        ProfileAccess.requireCaseHandler(caller);
        profiles.find(perpetratorId, caller).orElseThrow(() -> ProfileAccess.notFound(perpetratorId));
        try {
            commands.sendAndWait(new MergePerpetrators(perpetratorId,
                    perpetratorIdOf(otherPerpetratorId, "otherPerpetratorId"), caller.role()));
            projections.awaitCaughtUp(PerpetratorProfilesProjection.NAME);
            return "redirect:/perpetrators/" + perpetratorId;
        } catch (RuleViolationException rejected) {
            return profilePage(perpetratorId, null, caller, model, FormErrors.of(prefixed("merge.",
                    rejected.violations()), Map.of("merge.otherPerpetratorId", "merge-q"), messages, locale));
        } catch (ConflictException conflict) {
            return profilePage(perpetratorId, null, caller, model, refusal("decision", conflict, locale));
        }
    }

    @PostMapping("/perpetrators/{perpetratorId}/erasure")
    String erase(@PathVariable PerpetratorId perpetratorId, @RequestParam(required = false) String reason,
            Caller caller, Model model, Locale locale) {
        ProfileAccess.requireAdministrator(caller);
        profiles.facts(perpetratorId).orElseThrow(() -> ProfileAccess.notFound(perpetratorId));
        try {
            commands.sendAndWait(new ErasePerpetratorPersonalData(perpetratorId, reason));
            projections.awaitCaughtUp(PerpetratorProfilesProjection.NAME);
            return "redirect:/perpetrators/" + perpetratorId;
        } catch (RuleViolationException rejected) {
            return erasurePage(perpetratorId, model, FormErrors.of(prefixed("erasure.", rejected.violations()),
                    Map.of("erasure.reason", "erasure-reason"), messages, locale));
        } catch (ConflictException conflict) {
            return erasurePage(perpetratorId, model, refusal("decision", conflict, locale));
        }
    }

    /** The link form of the incident's perpetrator section (a suggested candidate or a search result). */
    @PostMapping("/incidents/{incidentId}/perpetrator")
    String link(@PathVariable IncidentId incidentId, @RequestParam(required = false) String perpetratorId,
            Caller caller, Model model, Locale locale) {
        ProfileAccess.requireCaseHandler(caller);
        IncidentView incident = visible(incidentId, caller);
        try {
            return link(incident, perpetratorIdOf(perpetratorId, "perpetratorId"), caller, model, locale);
        } catch (RuleViolationException unreadable) {
            return linkPage(incident, null, model, sectionErrors(unreadable.violations(), locale));
        }
    }

    @PostMapping("/incidents/{incidentId}/perpetrator/unlink")
    String unlink(@PathVariable IncidentId incidentId, @RequestParam(required = false) String reason, Caller caller,
            Model model, Locale locale) {
        ProfileAccess.requireCaseHandler(caller);
        IncidentView incident = visible(incidentId, caller);
        try {
            commands.sendAndWait(new UnlinkPerpetrator(incidentId, reason, caller.role()));
            awaitBothSides();
            return "redirect:/incidents/" + incidentId;
        } catch (RuleViolationException rejected) {
            return linkPage(incident, null, model, sectionErrors(prefixed("unlink.", rejected.violations()), locale));
        } catch (ConflictException conflict) {
            return linkPage(incident, null, model, refusal("perpetrator.decision", conflict, locale));
        }
    }

    private String link(IncidentView incident, PerpetratorId perpetratorId, Caller caller, Model model,
            Locale locale) {
        try {
            commands.sendAndWait(new LinkPerpetrator(incident.incidentId(), perpetratorId, caller.role()));
            awaitBothSides();
            return "redirect:/incidents/" + incident.incidentId();
        } catch (RuleViolationException rejected) {
            return linkPage(incident, null, model, sectionErrors(rejected.violations(), locale));
        } catch (ConflictException conflict) {
            return linkPage(incident, null, model, refusal("perpetrator.decision", conflict, locale));
        }
    }

    private String linkPage(IncidentView incident, String q, Model model, FormErrors errors) {
        model.addAttribute("incident", incident);
        model.addAttribute("candidates", profiles.candidatesFor(incident.incidentId()));
        model.addAttribute("q", q);
        model.addAttribute("results", q == null || q.isBlank() ? List.of() : profiles.search(q));
        model.addAttribute("errors", errors);
        return "perpetrators/link";
    }

    private String form(ProfileForm form, IncidentView incident, Model model, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("incident", incident);
        model.addAttribute("errors", errors);
        return "perpetrators/new";
    }

    private String profilePage(PerpetratorId perpetratorId, String mergeQuery, Caller caller, Model model,
            FormErrors errors) {
        model.addAttribute("profile", profiles.find(perpetratorId, caller)
                .orElseThrow(() -> ProfileAccess.notFound(perpetratorId)));
        model.addAttribute("mergeQuery", mergeQuery);
        model.addAttribute("mergeResults", mergeQuery == null ? List.of() : profiles.search(mergeQuery).stream()
                .filter(found -> !found.perpetratorId().equals(perpetratorId)).toList());
        model.addAttribute("errors", errors);
        return "perpetrators/profile";
    }

    private String erasurePage(PerpetratorId perpetratorId, Model model, FormErrors errors) {
        model.addAttribute("facts", profiles.facts(perpetratorId)
                .orElseThrow(() -> ProfileAccess.notFound(perpetratorId)));
        model.addAttribute("errors", errors);
        return "perpetrators/erasure";
    }

    /** The section sits on the incident page beside other forms: its fields carry its own prefix. */
    private FormErrors sectionErrors(List<RuleViolation> violations, Locale locale) {
        return FormErrors.of(prefixed("perpetrator.", violations), SECTION_ANCHORS, messages, locale);
    }

    private FormErrors refusal(String field, ConflictException conflict, Locale locale) {
        return FormErrors.of(List.of(new RuleViolation(field, RuleViolation.INVALID)),
                Map.of(field, field.replace('.', '-')), messages, locale).withMessage(field,
                FormErrors.refusal(conflict, messages, locale));
    }

    private IncidentView visible(IncidentId incidentId, Caller caller) {
        return register.find(incidentId, caller).orElseThrow(() -> IncidentApi.notFound(incidentId));
    }

    /** The profile, the register and the incident's timeline, which the page returned to shows. */
    private void awaitBothSides() {
        projections.awaitCaughtUp(PerpetratorProfilesProjection.NAME);
        projections.awaitCaughtUp(IncidentRegisterProjection.NAME);
        projections.awaitCaughtUp(IncidentTimelineProjection.NAME);
    }

    private static List<RuleViolation> prefixed(String prefix, List<RuleViolation> violations) {
        return violations.stream().map(violation -> new RuleViolation(prefix + violation.field(), violation.code()))
                .toList();
    }

    /** Blank is absent (the command says it is required); what is no id at all names no known profile. */
    private static PerpetratorId perpetratorIdOf(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PerpetratorId.of(value.strip());
        } catch (IllegalArgumentException malformed) {
            throw new RuleViolationException(List.of(new RuleViolation(field, RuleViolation.UNKNOWN)));
        }
    }

    private static IncidentId incidentIdOf(String value) {
        try {
            return value == null || value.isBlank() ? null : IncidentId.of(value.strip());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
