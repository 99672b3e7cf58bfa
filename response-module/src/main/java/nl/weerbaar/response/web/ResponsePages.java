package nl.weerbaar.response.web;

import static nl.weerbaar.response.web.FormFields.date;
import static nl.weerbaar.response.web.FormFields.oneOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.EarlierIncidentsOfPerpetrator;
import nl.weerbaar.incident.api.FindIncidentForDecision;
import nl.weerbaar.incident.api.IncidentForDecision;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.response.api.AccessBanTerms;
import nl.weerbaar.response.api.BanScope;
import nl.weerbaar.response.api.CancelIntervention;
import nl.weerbaar.response.api.ChooseIntervention;
import nl.weerbaar.response.api.CompleteIntervention;
import nl.weerbaar.response.api.Consultation;
import nl.weerbaar.response.api.ConversationConductor;
import nl.weerbaar.response.api.ConversationSetting;
import nl.weerbaar.response.api.DecideNoResponse;
import nl.weerbaar.response.api.DecisionId;
import nl.weerbaar.response.api.InterventionId;
import nl.weerbaar.response.api.InterventionType;
import nl.weerbaar.response.api.InvolvedActor;
import nl.weerbaar.response.api.LetterContent;
import nl.weerbaar.response.api.LiftAccessBan;
import nl.weerbaar.response.api.PoliceInvolvement;
import nl.weerbaar.response.api.RecordComplaintFiled;
import nl.weerbaar.response.api.RecordLetterSent;
import nl.weerbaar.response.api.StopConversationPlan;
import nl.weerbaar.response.query.AccessBanView;
import nl.weerbaar.response.query.Responses;
import nl.weerbaar.response.query.ResponsesProjection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
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
 * The responses page of an incident (read-only for the official, with the decision forms for case
 * handlers), the two-step choice of an intervention (first the type, then its form: no JavaScript
 * needed), the actions on a chosen intervention, and the handlers' list of access bans in force.
 */
@Controller
class ResponsePages {

    static final String NO_RESPONSE = "NO_RESPONSE";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Responses responses;
    private final ProjectionSync projections;
    private final MessageSource messages;

    ResponsePages(CommandGateway commands, QueryGateway queries, Responses responses, ProjectionSync projections,
            MessageSource messages) {
        this.commands = commands;
        this.queries = queries;
        this.responses = responses;
        this.projections = projections;
        this.messages = messages;
    }

    @GetMapping("/incidents/{incidentId}/responses")
    String responses(@PathVariable IncidentId incidentId, Caller caller, Model model) {
        return page(incidentId, caller, model, PageErrors.none());
    }

    /** Step one posts the type here by GET, so the type's form can be bookmarked and needs no script. */
    @GetMapping("/incidents/{incidentId}/responses/new")
    String choice(@PathVariable IncidentId incidentId, @RequestParam(required = false) String type, Caller caller,
            Model model, Locale locale) {
        IncidentForDecision incident = open(incidentId, caller);
        String kind = NO_RESPONSE.equals(type) ? NO_RESPONSE
                : Optional.ofNullable(oneOf(InterventionType.class, type)).map(Enum::name).orElse(null);
        if (kind == null) {
            return page(incidentId, caller, model, PageErrors.of(
                    List.of(new RuleViolation("type", RuleViolation.REQUIRED)), field -> field,
                    field -> "type-" + InterventionType.values()[0].name(), messages, locale));
        }
        return form(incident, kind, new LinkedMultiValueMap<>(), PageErrors.none(), model);
    }

    @PostMapping("/incidents/{incidentId}/interventions")
    String choose(@PathVariable IncidentId incidentId, @RequestParam MultiValueMap<String, String> form,
            Caller caller, Model model, Locale locale) {
        IncidentForDecision incident = open(incidentId, caller);
        InterventionType type = oneOf(InterventionType.class, form.getFirst("type"));
        if (type == null) {
            return "redirect:/incidents/" + incidentId + "/responses";
        }
        List<RuleViolation> unreadable = new ArrayList<>();
        ChooseIntervention command = new ChooseIntervention(incidentId, new InterventionId(UUID.randomUUID()), type,
                consultation(form), form.getFirst("rationale"), actors(form),
                new StopConversationPlan(oneOf(ConversationConductor.class, form.getFirst("conductedBy")),
                        form.getFirst("actorDescription"), date(form, "plannedOn", unreadable), setting(form)),
                new LetterContent(form.getFirst("behaviour"), form.getFirst("impact"), form.getFirst("consequences"),
                        form.getFirst("recipientName"), form.getFirst("recipientAddress")),
                new PoliceInvolvement(form.containsKey("vpt") ? Boolean.TRUE : null, form.getFirst("policeReference")),
                new AccessBanTerms(oneOf(BanScope.class, form.getFirst("scope")), form.getFirst("area"),
                        date(form, "from", unreadable), date(form, "until", unreadable), form.getFirst("legalBasis")),
                caller.role());
        return decideOnForm(incident, type.name(), form, unreadable, command, model, locale);
    }

    @PostMapping("/incidents/{incidentId}/no-response")
    String noResponse(@PathVariable IncidentId incidentId, @RequestParam MultiValueMap<String, String> form,
            Caller caller, Model model, Locale locale) {
        IncidentForDecision incident = open(incidentId, caller);
        return decideOnForm(incident, NO_RESPONSE, form, List.of(), new DecideNoResponse(
                new DecisionId(UUID.randomUUID()), incidentId, consultation(form), form.getFirst("rationale"),
                actors(form), caller.role()), model, locale);
    }

    @PostMapping("/interventions/{interventionId}/completion")
    String complete(@PathVariable InterventionId interventionId, @RequestParam(required = false) String outcome,
            Caller caller, Model model, Locale locale) {
        IncidentId incidentId = handlerSees(interventionId, caller, true);
        return act(incidentId, interventionId, new CompleteIntervention(interventionId, outcome, caller.role()),
                "outcome", caller, model, locale);
    }

    @PostMapping("/interventions/{interventionId}/cancellation")
    String cancel(@PathVariable InterventionId interventionId, @RequestParam(required = false) String reason,
            Caller caller, Model model, Locale locale) {
        IncidentId incidentId = handlerSees(interventionId, caller, true);
        return act(incidentId, interventionId, new CancelIntervention(interventionId, reason, caller.role()),
                "reason", caller, model, locale);
    }

    /** A ban in force runs on after its incident is closed, so it can be lifted then too. */
    @PostMapping("/interventions/{interventionId}/lifting")
    String lift(@PathVariable InterventionId interventionId, @RequestParam(required = false) String reason,
            Caller caller, Model model, Locale locale) {
        IncidentId incidentId = handlerSees(interventionId, caller, false);
        return act(incidentId, interventionId, new LiftAccessBan(interventionId, reason, caller.role()),
                "liftReason", caller, model, locale);
    }

    /** A letter may go out after its incident was closed. */
    @PostMapping("/interventions/{interventionId}/letter-sent")
    String letterSent(@PathVariable InterventionId interventionId, @RequestParam(required = false) String sentOn,
            Caller caller, Model model, Locale locale) {
        IncidentId incidentId = handlerSees(interventionId, caller, false);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("sentOn", sentOn);
        List<RuleViolation> unreadable = new ArrayList<>();
        LocalDate day = date(form, "sentOn", unreadable);
        if (!unreadable.isEmpty()) {
            return page(incidentId, caller, model, actionErrors(interventionId, unreadable, locale));
        }
        return act(incidentId, interventionId, new RecordLetterSent(interventionId, day, caller.role()), "sentOn",
                caller, model, locale);
    }

    /** A complaint decided on may be filed after its incident was closed. */
    @PostMapping("/interventions/{interventionId}/complaint-filing")
    String complaintFiled(@PathVariable InterventionId interventionId,
            @RequestParam MultiValueMap<String, String> form, Caller caller, Model model, Locale locale) {
        IncidentId incidentId = handlerSees(interventionId, caller, false);
        List<RuleViolation> unreadable = new ArrayList<>();
        LocalDate day = date(form, "filedOn", unreadable);
        if (!unreadable.isEmpty()) {
            return page(incidentId, caller, model, actionErrors(interventionId, unreadable, locale));
        }
        return act(incidentId, interventionId, new RecordComplaintFiled(interventionId, form.getFirst("filedBy"), day,
                form.getFirst("policeReference"), caller.role()), "filedBy", false, caller, model, locale);
    }

    @GetMapping("/access-bans")
    String accessBans(Caller caller, Model model) {
        if (!caller.role().isCaseHandler()) {
            throw new NotPermittedException("Alleen behandelaars zien de toegangsverboden.");
        }
        projections.awaitCaughtUp(ResponsesProjection.NAME);
        model.addAttribute("bans", responses.accessBans(true).stream()
                .flatMap(ban -> visible(ban.incidentId(), caller).map(seen -> new BanRow(ban, seen.reference())).stream())
                .toList());
        return "responses/access-bans";
    }

    /** A ban with the reference of its incident, so the list says what it was about. */
    record BanRow(AccessBanView ban, IncidentReference reference) {
    }

    private String decideOnForm(IncidentForDecision incident, String kind, MultiValueMap<String, String> form,
            List<RuleViolation> unreadable, Object command, Model model, Locale locale) {
        try {
            if (!unreadable.isEmpty()) {
                throw new RuleViolationException(unreadable);
            }
            commands.sendAndWait(command);
            projections.awaitCaughtUp(ResponsesProjection.NAME);
            return "redirect:/incidents/" + incident.incidentId() + "/responses";
        } catch (RuleViolationException rejected) {
            return form(incident, kind, form, PageErrors.of(rejected.violations(), field -> field,
                    ResponsePages::anchor, messages, locale), model);
        } catch (ConflictException conflict) {
            return form(incident, kind, form, PageErrors.refusal("decision", "decision", conflict, messages, locale), model);
        }
    }

    private String act(IncidentId incidentId, InterventionId interventionId, Object command, String field,
            Caller caller, Model model, Locale locale) {
        return act(incidentId, interventionId, command, field, true, caller, model, locale);
    }

    /**
     * @param field        the form's field a refusal is shown at
     * @param singleField  whether the form has only that field, so every broken rule is shown there (the
     *                     command may name it differently); otherwise each rule is shown at its own field
     */
    private String act(IncidentId incidentId, InterventionId interventionId, Object command, String field,
            boolean singleField, Caller caller, Model model, Locale locale) {
        try {
            commands.sendAndWait(command);
            projections.awaitCaughtUp(ResponsesProjection.NAME);
            return "redirect:/incidents/" + incidentId + "/responses";
        } catch (RuleViolationException rejected) {
            List<RuleViolation> violations = singleField ? rejected.violations().stream()
                    .map(violation -> new RuleViolation(field, violation.code())).toList() : rejected.violations();
            return page(incidentId, caller, model, actionErrors(interventionId, violations, locale));
        } catch (ConflictException conflict) {
            String key = interventionId.value() + ":" + field;
            return page(incidentId, caller, model,
                    PageErrors.refusal(key, field + "-" + interventionId.value(), conflict, messages, locale));
        }
    }

    /** Several interventions each have their own small forms, so keys and ids carry the intervention. */
    private PageErrors actionErrors(InterventionId interventionId, List<RuleViolation> violations, Locale locale) {
        return PageErrors.of(violations, name -> interventionId.value() + ":" + name,
                name -> name + "-" + interventionId.value(), messages, locale);
    }

    private String page(IncidentId incidentId, Caller caller, Model model, PageErrors errors) {
        IncidentForDecision incident = visible(incidentId, caller).orElseThrow(ResponsePages::notFound);
        projections.awaitCaughtUp(ResponsesProjection.NAME);
        boolean handler = caller.role().isCaseHandler();
        model.addAttribute("incident", incident);
        model.addAttribute("responses", responses.ofIncident(incidentId));
        model.addAttribute("handler", handler);
        model.addAttribute("decides", handler && !incident.status().isClosed());
        model.addAttribute("errors", errors);
        model.addAttribute("types", InterventionType.values());
        model.addAttribute("hint", handler && incident.repeat() && incident.perpetratorId() != null
                ? hint(incident) : null);
        return "responses/list";
    }

    /** Shown to handlers only: the earlier incidents may be about other officials. */
    private EscalationHint hint(IncidentForDecision incident) {
        List<IncidentForDecision> earlier = queries.query(
                new EarlierIncidentsOfPerpetrator(incident.perpetratorId(), incident.incidentId()),
                ResponseTypes.multipleInstancesOf(IncidentForDecision.class)).join();
        List<EscalationHint.Earlier> decisions = new ArrayList<>();
        for (IncidentForDecision before : earlier) {
            responses.ofIncident(before.incidentId())
                    .forEach(response -> decisions.add(new EscalationHint.Earlier(before.reference(), response)));
        }
        return EscalationHint.of(decisions);
    }

    private String form(IncidentForDecision incident, String kind, MultiValueMap<String, String> form,
            PageErrors errors, Model model) {
        model.addAttribute("incident", incident);
        model.addAttribute("kind", kind);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("actors", InvolvedActor.values());
        model.addAttribute("conductors", ConversationConductor.values());
        model.addAttribute("scopes", BanScope.values());
        return "responses/choose";
    }

    /** Form controls for fields entered in radio buttons or under another name. */
    private static String anchor(String field) {
        return switch (field) {
            case "conductedBy" -> "conductedBy-" + ConversationConductor.values()[0].name();
            case "scope" -> "scope-" + BanScope.values()[0].name();
            case "setting.location" -> "settingLocation";
            case "setting.room" -> "settingRoom";
            default -> field;
        };
    }

    private IncidentForDecision open(IncidentId incidentId, Caller caller) {
        IncidentForDecision incident = visible(incidentId, caller).orElseThrow(ResponsePages::notFound);
        if (!caller.role().isCaseHandler()) {
            throw new NotPermittedException("Alleen behandelaars besluiten over reacties.");
        }
        if (incident.status().isClosed()) {
            throw new ConflictException("Dit voorval is gesloten; heropen het eerst.");
        }
        return incident;
    }

    private IncidentId handlerSees(InterventionId interventionId, Caller caller, boolean mustBeOpen) {
        projections.awaitCaughtUp(ResponsesProjection.NAME);
        IncidentId incidentId = responses.incidentOf(interventionId).orElseThrow(ResponsePages::notFound);
        if (mustBeOpen) {
            open(incidentId, caller);
        } else {
            visible(incidentId, caller).orElseThrow(ResponsePages::notFound);
            if (!caller.role().isCaseHandler()) {
                throw new NotPermittedException("Alleen behandelaars besluiten over reacties.");
            }
        }
        return incidentId;
    }

    private Optional<IncidentForDecision> visible(IncidentId incidentId, Caller caller) {
        return queries.query(new FindIncidentForDecision(incidentId, caller),
                ResponseTypes.optionalInstanceOf(IncidentForDecision.class)).join();
    }

    private static Consultation consultation(MultiValueMap<String, String> form) {
        return new Consultation(form.containsKey("officialConsulted") ? Boolean.TRUE : null,
                form.getFirst("officialView"));
    }

    private static Set<InvolvedActor> actors(MultiValueMap<String, String> form) {
        Set<InvolvedActor> actors = EnumSet.noneOf(InvolvedActor.class);
        List<String> values = form.get("involvedActors");
        if (values != null) {
            values.stream().map(value -> oneOf(InvolvedActor.class, value)).filter(value -> value != null)
                    .forEach(actors::add);
        }
        return actors;
    }

    /** The setting only counts when something of it was filled in: it is for expected intimidation only. */
    private static ConversationSetting setting(MultiValueMap<String, String> form) {
        String location = form.getFirst("settingLocation");
        String room = form.getFirst("settingRoom");
        boolean two = form.containsKey("twoPersonsPresent");
        boolean blank = (location == null || location.isBlank()) && (room == null || room.isBlank()) && !two;
        return blank ? null : new ConversationSetting(location, room, two);
    }

    /** Unknown and not-yours look the same. */
    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Niet gevonden.");
    }
}
