package nl.weerbaar.aftercare.web;

import static nl.weerbaar.aftercare.web.FormFields.amount;
import static nl.weerbaar.aftercare.web.FormFields.date;
import static nl.weerbaar.aftercare.web.FormFields.oneOf;
import static nl.weerbaar.aftercare.web.FormFields.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.weerbaar.aftercare.api.AftercareId;
import nl.weerbaar.aftercare.api.AftercareKind;
import nl.weerbaar.aftercare.api.ArrangeAftercare;
import nl.weerbaar.aftercare.api.CaseUpdateId;
import nl.weerbaar.aftercare.api.CaseUpdateKind;
import nl.weerbaar.aftercare.api.CaseUpdateSource;
import nl.weerbaar.aftercare.api.ClaimRoute;
import nl.weerbaar.aftercare.api.ClaimStatus;
import nl.weerbaar.aftercare.api.CompleteAftercare;
import nl.weerbaar.aftercare.api.DamageClaimId;
import nl.weerbaar.aftercare.api.FileDamageClaim;
import nl.weerbaar.aftercare.api.FindOverdueCaseUpdates;
import nl.weerbaar.aftercare.api.InformationChannel;
import nl.weerbaar.aftercare.api.RecordCaseUpdate;
import nl.weerbaar.aftercare.api.RecordDamageRecovery;
import nl.weerbaar.aftercare.api.RecordOfficialInformed;
import nl.weerbaar.aftercare.api.RequestAftercare;
import nl.weerbaar.aftercare.api.UpdateDamageClaimStatus;
import nl.weerbaar.aftercare.query.AftercareRecords;
import nl.weerbaar.aftercare.query.InformDeadline;
import nl.weerbaar.aftercare.query.OverdueOverview;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentForDecision;
import nl.weerbaar.incident.api.IncidentId;
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
 * The aftercare page of an incident (read-only for the official; case handlers record on it) with its
 * many small forms, each posted to its own address and shown again with its errors when refused; and
 * the handlers' overview of case updates not passed on in time.
 */
@Controller
class AftercarePages {

    private final CommandGateway commands;
    private final IncidentAccess access;
    private final AftercareFiles files;
    private final AftercareRecords records;
    private final OverdueOverview overview;
    private final InformDeadline deadline;
    private final MessageSource messages;
    private final Clock clock;

    AftercarePages(CommandGateway commands, IncidentAccess access, AftercareFiles files, AftercareRecords records,
            OverdueOverview overview, InformDeadline deadline, MessageSource messages, Clock clock) {
        this.commands = commands;
        this.access = access;
        this.files = files;
        this.records = records;
        this.overview = overview;
        this.deadline = deadline;
        this.messages = messages;
        this.clock = clock;
    }

    /** {@code start} comes from the "start opvolging" link: the case-update form then starts at a registered complaint. */
    @GetMapping("/incidents/{incidentId}/aftercare")
    String page(@PathVariable IncidentId incidentId, @RequestParam(defaultValue = "false") boolean start,
            Caller caller, Model model) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        if (start) {
            form.add("source", CaseUpdateSource.POLICE.name());
            form.add("kind", CaseUpdateKind.COMPLAINT_REGISTERED.name());
        }
        return page(access.seen(incidentId, caller), caller, model, PageErrors.none(), start ? "update" : null, form);
    }

    @GetMapping("/aftercare")
    String overdue(Caller caller, Model model) {
        IncidentAccess.requireCaseHandler(caller);
        model.addAttribute("rows", overview.overdue(new FindOverdueCaseUpdates(caller)));
        model.addAttribute("workingDays", deadline.workingDays());
        return "aftercare/overdue";
    }

    // ---------------------------------------------------------------- aftercare

    @PostMapping("/incidents/{incidentId}/aftercare")
    String request(@PathVariable IncidentId incidentId, @RequestParam MultiValueMap<String, String> form,
            Caller caller, Model model, Locale locale) {
        IncidentForDecision incident = access.recorder(incidentId, caller);
        List<RuleViolation> unreadable = new ArrayList<>();
        RequestAftercare command = new RequestAftercare(new AftercareId(UUID.randomUUID()), incidentId,
                oneOf(AftercareKind.class, form.getFirst("kind")), form.getFirst("description"),
                date(form, "requestedOn", unreadable), caller.role());
        return act(incident, "request", RequestAftercare.CONTEXT, "kind", unreadable,
                () -> command.violations(deadline.today()), command, form, caller, model,
                locale, "nazorg");
    }

    @PostMapping("/aftercare/{aftercareId}/arrangement")
    String arrange(@PathVariable AftercareId aftercareId, @RequestParam MultiValueMap<String, String> form,
            Caller caller, Model model, Locale locale) {
        IncidentForDecision incident = recorder(() -> records.incidentOf(aftercareId), caller);
        List<RuleViolation> unreadable = new ArrayList<>();
        ArrangeAftercare command = new ArrangeAftercare(aftercareId, form.getFirst("arrangedBy"),
                form.getFirst("arrangedWith"), date(form, "arrangedOn", unreadable), caller.role());
        return act(incident, "arrange-" + aftercareId, ArrangeAftercare.CONTEXT, "arrangedBy", unreadable,
                () -> command.violations(deadline.today()), command,
                form, caller, model, locale, "nazorg");
    }

    @PostMapping("/aftercare/{aftercareId}/completion")
    String complete(@PathVariable AftercareId aftercareId, @RequestParam MultiValueMap<String, String> form,
            Caller caller, Model model, Locale locale) {
        IncidentForDecision incident = recorder(() -> records.incidentOf(aftercareId), caller);
        List<RuleViolation> unreadable = new ArrayList<>();
        CompleteAftercare command = new CompleteAftercare(aftercareId, date(form, "completedOn", unreadable),
                form.getFirst("note"), caller.role());
        return act(incident, "complete-" + aftercareId, CompleteAftercare.CONTEXT, "completedOn", unreadable,
                () -> command.violations(deadline.today()), command,
                form, caller, model, locale, "nazorg");
    }

    // ---------------------------------------------------------------- case updates

    @PostMapping("/incidents/{incidentId}/case-updates")
    String caseUpdate(@PathVariable IncidentId incidentId, @RequestParam MultiValueMap<String, String> form,
            Caller caller, Model model, Locale locale) {
        IncidentForDecision incident = access.recorder(incidentId, caller);
        List<RuleViolation> unreadable = new ArrayList<>();
        RecordCaseUpdate command = new RecordCaseUpdate(new CaseUpdateId(UUID.randomUUID()), incidentId,
                date(form, "date", unreadable), oneOf(CaseUpdateSource.class, form.getFirst("source")),
                oneOf(CaseUpdateKind.class, form.getFirst("kind")), form.getFirst("summary"), caller.role());
        return act(incident, "update", RecordCaseUpdate.CONTEXT, "date", unreadable,
                () -> command.violations(deadline.today()), command, form, caller, model,
                locale, "strafzaak");
    }

    @PostMapping("/case-updates/{caseUpdateId}/official-informed")
    String informed(@PathVariable CaseUpdateId caseUpdateId, @RequestParam MultiValueMap<String, String> form,
            Caller caller, Model model, Locale locale) {
        IncidentForDecision incident = recorder(() -> records.incidentOf(caseUpdateId), caller);
        List<RuleViolation> unreadable = new ArrayList<>();
        LocalDate day = date(form, "informedDate", unreadable);
        LocalTime time = time(form, "informedTime", unreadable);
        if (day != null && time == null && unreadable.isEmpty()) {
            unreadable.add(new RuleViolation("informedTime", RuleViolation.REQUIRED));
        }
        Instant informedAt = day == null || time == null ? null
                : ZonedDateTime.of(day, time, deadline.zone()).toInstant();
        RecordOfficialInformed command = new RecordOfficialInformed(caseUpdateId, informedAt,
                oneOf(InformationChannel.class, form.getFirst("how")), form.getFirst("note"), caller.role());
        return act(incident, "informed-" + caseUpdateId, RecordOfficialInformed.CONTEXT, "informedDate", unreadable,
                // a moment not made from a day and a time is the unreadable field's mistake, not a second one
                () -> command.violations(Instant.now(clock)).stream()
                        .filter(violation -> !violation.field().equals("informedAt")).toList(),
                command, form, caller, model, locale, "strafzaak");
    }

    // ---------------------------------------------------------------- damage claims

    @PostMapping("/incidents/{incidentId}/damage-claims")
    String claim(@PathVariable IncidentId incidentId, @RequestParam MultiValueMap<String, String> form,
            Caller caller, Model model, Locale locale) {
        IncidentForDecision incident = access.recorder(incidentId, caller);
        List<RuleViolation> unreadable = new ArrayList<>();
        FileDamageClaim command = new FileDamageClaim(new DamageClaimId(UUID.randomUUID()), incidentId,
                form.getFirst("what"), amount(form, "amount", unreadable),
                oneOf(ClaimRoute.class, form.getFirst("route")), date(form, "filedOn", unreadable), caller.role());
        return act(incident, "claim", FileDamageClaim.CONTEXT, "what", unreadable,
                () -> command.violations(deadline.today()), command, form, caller, model,
                locale, "schadeverhaal");
    }

    @PostMapping("/damage-claims/{damageClaimId}/status")
    String status(@PathVariable DamageClaimId damageClaimId, @RequestParam MultiValueMap<String, String> form,
            Caller caller, Model model, Locale locale) {
        IncidentForDecision incident = recorder(() -> records.incidentOf(damageClaimId), caller);
        List<RuleViolation> unreadable = new ArrayList<>();
        UpdateDamageClaimStatus command = new UpdateDamageClaimStatus(damageClaimId,
                oneOf(ClaimStatus.class, form.getFirst("status")), date(form, "changedOn", unreadable),
                form.getFirst("note"), caller.role());
        return act(incident, "status-" + damageClaimId, UpdateDamageClaimStatus.CONTEXT, "status", unreadable,
                () -> command.violations(deadline.today()), command, form, caller, model, locale, "schadeverhaal");
    }

    @PostMapping("/damage-claims/{damageClaimId}/recoveries")
    String recovery(@PathVariable DamageClaimId damageClaimId, @RequestParam MultiValueMap<String, String> form,
            Caller caller, Model model, Locale locale) {
        IncidentForDecision incident = recorder(() -> records.incidentOf(damageClaimId), caller);
        List<RuleViolation> unreadable = new ArrayList<>();
        RecordDamageRecovery command = new RecordDamageRecovery(damageClaimId, amount(form, "amount", unreadable),
                date(form, "receivedOn", unreadable), caller.role());
        return act(incident, "recovery-" + damageClaimId, RecordDamageRecovery.CONTEXT, "amount", unreadable,
                () -> command.violations(deadline.today()), command, form, caller, model, locale, "schadeverhaal");
    }

    // ---------------------------------------------------------------- shared

    /**
     * Sends the command and goes back to the page's section; a refusal shows the page again with the
     * posted form's values and its errors.
     *
     * @param formId     the id prefix of the posted form's controls
     * @param firstField where a refusal that names no field (a conflict) is shown
     * @param check      the command's own rules, so a form with an unreadable field names every other mistake too
     */
    private String act(IncidentForDecision incident, String formId, String context, String firstField,
            List<RuleViolation> unreadable, Supplier<List<RuleViolation>> check, Object command,
            MultiValueMap<String, String> form, Caller caller, Model model, Locale locale, String section) {
        try {
            if (!unreadable.isEmpty()) {
                throw new RuleViolationException(context, withOtherRules(unreadable, check.get()));
            }
            commands.sendAndWait(command);
            files.awaitCaughtUp();
            return "redirect:/incidents/" + incident.incidentId() + "/aftercare#" + section;
        } catch (RuleViolationException rejected) {
            String messageContext = rejected.context() == null ? context : rejected.context();
            return page(incident, caller, model,
                    PageErrors.of(formId, messageContext, rejected.violations(), messages, locale), formId, form);
        } catch (ConflictException conflict) {
            return page(incident, caller, model, PageErrors.refusal(formId + "-" + firstField,
                    PageErrors.conflict(conflict, messages, locale)),
                    formId, form);
        }
    }

    /** The unreadable fields first, then the command's other broken rules (not the fields it read as missing). */
    private static List<RuleViolation> withOtherRules(List<RuleViolation> unreadable, List<RuleViolation> others) {
        List<RuleViolation> all = new ArrayList<>(unreadable);
        others.stream()
                .filter(other -> unreadable.stream().noneMatch(known -> known.field().equals(other.field())))
                .forEach(all::add);
        return all;
    }

    private String page(IncidentForDecision incident, Caller caller, Model model, PageErrors errors, String submitted,
            MultiValueMap<String, String> form) {
        model.addAttribute("incident", incident);
        model.addAttribute("file", files.of(incident));
        model.addAttribute("handler", caller.role().isCaseHandler());
        model.addAttribute("errors", errors);
        model.addAttribute("submitted", submitted == null ? "" : submitted);
        model.addAttribute("form", form);
        model.addAttribute("kinds", AftercareKind.values());
        model.addAttribute("sources", CaseUpdateSource.values());
        model.addAttribute("caseKinds", CaseUpdateKind.values());
        model.addAttribute("channels", InformationChannel.values());
        model.addAttribute("routes", ClaimRoute.values());
        model.addAttribute("statuses", ClaimStatus.values());
        return "aftercare/incident";
    }

    /** The incident of a record, for a case handler who may see it; 404 for anything unknown or unseen. */
    private IncidentForDecision recorder(Supplier<Optional<IncidentId>> incidentOf, Caller caller) {
        files.awaitCaughtUp();
        return access.recorder(incidentOf.get().orElseThrow(IncidentAccess::notFound), caller);
    }
}
