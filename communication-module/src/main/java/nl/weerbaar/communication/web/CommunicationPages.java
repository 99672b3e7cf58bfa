package nl.weerbaar.communication.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.weerbaar.communication.api.ApproveFalsehoodCorrection;
import nl.weerbaar.communication.api.CommunicationDecisionId;
import nl.weerbaar.communication.api.CommunicationId;
import nl.weerbaar.communication.api.DecideCommunication;
import nl.weerbaar.communication.api.ExecuteCommunicationDecision;
import nl.weerbaar.communication.api.FalsehoodCorrectionId;
import nl.weerbaar.communication.api.InternalAudience;
import nl.weerbaar.communication.api.Participant;
import nl.weerbaar.communication.api.RecordFalsehoodCorrectionPublished;
import nl.weerbaar.communication.api.RequestFalsehoodCorrection;
import nl.weerbaar.communication.query.CommunicationDecisions;
import nl.weerbaar.communication.query.CommunicationProjection;
import nl.weerbaar.communication.query.FalsehoodCorrectionView;
import nl.weerbaar.communication.query.FalsehoodCorrections;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentForDecision;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The communication page of an incident: the decision that holds (or that nothing is communicated
 * yet), the earlier ones, and the falsehood corrections; read-only for the official, with the forms for
 * case handlers. Works without JavaScript: each action is its own small form.
 */
@Controller
class CommunicationPages {

    private final CommandGateway commands;
    private final CommunicationDecisions decisions;
    private final FalsehoodCorrections corrections;
    private final IncidentAccess incidents;
    private final ProjectionSync projections;
    private final MessageSource messages;

    CommunicationPages(CommandGateway commands, CommunicationDecisions decisions, FalsehoodCorrections corrections,
            IncidentAccess incidents, ProjectionSync projections, MessageSource messages) {
        this.commands = commands;
        this.decisions = decisions;
        this.corrections = corrections;
        this.incidents = incidents;
        this.projections = projections;
        this.messages = messages;
    }

    @GetMapping("/incidents/{incidentId}/communication")
    String communication(@PathVariable IncidentId incidentId, Caller caller, Model model) {
        return page(incidents.seen(incidentId, caller), caller, new LinkedMultiValueMap<>(), PageErrors.none(), model);
    }

    @PostMapping("/incidents/{incidentId}/communication-decisions")
    String decide(@PathVariable IncidentId incidentId, @RequestParam MultiValueMap<String, String> form,
            Caller caller, Model model, Locale locale) {
        IncidentAccess.requireCaseHandler(caller);
        IncidentForDecision incident = incidents.open(incidentId, caller);
        String external = form.getFirst("external");
        DecideCommunication command = new DecideCommunication(CommunicationId.of(incidentId),
                new CommunicationDecisionId(UUID.randomUUID()), incidentId,
                choices(form, "participants", Participant.class), form.containsKey("officialAgreed") ? Boolean.TRUE : null,
                choices(form, "internalAudiences", InternalAudience.class),
                external == null || external.isBlank() ? null : Boolean.valueOf(external), form.getFirst("externalForm"),
                form.getFirst("rationale"), caller.role());
        return send(incident, caller, command, form, List.of(), field -> field, CommunicationPages::anchor, model,
                locale);
    }

    @PostMapping("/communication-decisions/{decisionId}/execution")
    String execute(@PathVariable CommunicationDecisionId decisionId, @RequestParam MultiValueMap<String, String> form,
            Caller caller, Model model, Locale locale) {
        IncidentAccess.requireCaseHandler(caller);
        projections.awaitCaughtUp(CommunicationProjection.NAME);
        IncidentId incidentId = decisions.incidentOf(decisionId).orElseThrow(IncidentAccess::notFound);
        IncidentForDecision incident = incidents.seen(incidentId, caller);
        List<RuleViolation> unreadable = new ArrayList<>();
        LocalDate executedOn = date(form, "executedOn", unreadable);
        String id = decisionId.toString();
        return send(incident, caller, new ExecuteCommunicationDecision(CommunicationId.of(incidentId), decisionId,
                executedOn, form.getFirst("executedBy"), caller.role()), form, unreadable,
                field -> id + ":" + field, field -> field + "-" + id, model, locale);
    }

    @PostMapping("/incidents/{incidentId}/falsehood-corrections")
    String requestCorrection(@PathVariable IncidentId incidentId, @RequestParam MultiValueMap<String, String> form,
            Caller caller, Model model, Locale locale) {
        IncidentAccess.requireCaseHandler(caller);
        IncidentForDecision incident = incidents.seen(incidentId, caller);
        return send(incident, caller, new RequestFalsehoodCorrection(new FalsehoodCorrectionId(UUID.randomUUID()),
                incidentId, form.getFirst("where"), form.getFirst("falsehood"), form.getFirst("proposedCorrection"),
                caller.role()), form, List.of(), field -> field, field -> field, model, locale);
    }

    @PostMapping("/falsehood-corrections/{correctionId}/approval")
    String approve(@PathVariable FalsehoodCorrectionId correctionId, @RequestParam MultiValueMap<String, String> form,
            Caller caller, Model model, Locale locale) {
        IncidentForDecision incident = correctionSeen(correctionId, caller);
        List<RuleViolation> unreadable = new ArrayList<>();
        LocalDate approvedOn = date(form, "approvedOn", unreadable);
        String id = correctionId.toString();
        return send(incident, caller, new ApproveFalsehoodCorrection(correctionId, approvedOn, caller.role()), form,
                unreadable, field -> id + ":" + field, field -> field + "-" + id, model, locale);
    }

    @PostMapping("/falsehood-corrections/{correctionId}/publication")
    String publish(@PathVariable FalsehoodCorrectionId correctionId, @RequestParam MultiValueMap<String, String> form,
            Caller caller, Model model, Locale locale) {
        IncidentForDecision incident = correctionSeen(correctionId, caller);
        List<RuleViolation> unreadable = new ArrayList<>();
        LocalDate publishedOn = date(form, "publishedOn", unreadable);
        String id = correctionId.toString();
        return send(incident, caller, new RecordFalsehoodCorrectionPublished(correctionId, publishedOn,
                form.getFirst("link"), caller.role()), form, unreadable, field -> id + ":" + field,
                field -> field + "-" + id, model, locale);
    }

    private IncidentForDecision correctionSeen(FalsehoodCorrectionId correctionId, Caller caller) {
        IncidentAccess.requireCaseHandler(caller);
        projections.awaitCaughtUp(CommunicationProjection.NAME);
        FalsehoodCorrectionView correction = corrections.find(correctionId).orElseThrow(IncidentAccess::notFound);
        return incidents.seen(correction.incidentId(), caller);
    }

    /**
     * Sends the command and goes back to the page; broken rules and conflicts come back on the page, at
     * the form that caused them (keys and anchors carry the decision or correction on per-item forms).
     */
    private String send(IncidentForDecision incident, Caller caller, Object command,
            MultiValueMap<String, String> form, List<RuleViolation> unreadable, UnaryOperator<String> key,
            UnaryOperator<String> anchor, Model model, Locale locale) {
        try {
            if (!unreadable.isEmpty()) {
                throw new RuleViolationException(unreadable);
            }
            commands.sendAndWait(command);
            projections.awaitCaughtUp(CommunicationProjection.NAME);
            return "redirect:/incidents/" + incident.incidentId() + "/communication";
        } catch (RuleViolationException rejected) {
            return page(incident, caller, form, PageErrors.of(rejected.violations(), key, anchor, messages, locale),
                    model);
        } catch (ConflictException conflict) {
            return page(incident, caller, form, PageErrors.refusal(key.apply("refusal"), anchor.apply("refusal"),
                    PageErrors.conflict(conflict, messages, locale)), model);
        }
    }

    private String page(IncidentForDecision incident, Caller caller, MultiValueMap<String, String> form,
            PageErrors errors, Model model) {
        projections.awaitCaughtUp(CommunicationProjection.NAME);
        boolean handler = caller.role().isCaseHandler();
        model.addAttribute("incident", incident);
        model.addAttribute("overview", CommunicationOverview.of(incident.incidentId(), incident.reference(),
                decisions.ofIncident(incident.incidentId())));
        model.addAttribute("corrections", corrections.ofIncident(incident.incidentId()));
        model.addAttribute("handler", handler);
        model.addAttribute("decides", handler && !incident.status().isClosed());
        model.addAttribute("mayRequestCorrection",
                caller.role() == Role.CLERK || caller.role() == Role.MUNICIPAL_SECRETARY);
        model.addAttribute("participants", Participant.values());
        model.addAttribute("audiences", InternalAudience.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "communication/incident";
    }

    /** Form controls for fields entered in check boxes or radio buttons. */
    private static String anchor(String field) {
        return switch (field) {
            case "participants" -> "participants-" + Participant.values()[0].name();
            case "external" -> "external-true";
            default -> field;
        };
    }

    private static <E extends Enum<E>> Set<E> choices(MultiValueMap<String, String> form, String name, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        List<String> values = form.get(name);
        if (values != null) {
            for (String value : values) {
                try {
                    chosen.add(Enum.valueOf(type, value.strip()));
                } catch (IllegalArgumentException unknown) {
                    // not one of the offered choices: ignored, as if not ticked
                }
            }
        }
        return chosen;
    }

    private static LocalDate date(MultiValueMap<String, String> form, String field, List<RuleViolation> unreadable) {
        String value = form.getFirst(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException malformed) {
            unreadable.add(new RuleViolation(field, RuleViolation.INVALID));
            return null;
        }
    }
}
