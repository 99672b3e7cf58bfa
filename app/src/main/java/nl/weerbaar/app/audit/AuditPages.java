package nl.weerbaar.app.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.ProjectionSync;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit trail's pages: the trail with its filters (the council reviewer sees it redacted), the
 * protocol checks per incident, the chain's verification, and the CSV export with the session's login.
 */
@Controller
class AuditPages {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final AuditItems items;
    private final AuditWording wording;
    private final ChainVerification verification;
    private final ProtocolChecks.Rules rules;
    private final ProjectionSync projections;
    private final MessageSource messages;
    private final Clock clock;

    AuditPages(AuditTrail trail, AuditItems items, AuditWording wording, ChainVerification verification,
            ProtocolChecks.Rules rules, ProjectionSync projections, MessageSource messages, Clock clock) {
        this.trail = trail;
        this.items = items;
        this.wording = wording;
        this.verification = verification;
        this.rules = rules;
        this.projections = projections;
        this.messages = messages;
        this.clock = clock;
    }

    /** The filter as typed, so a page with errors shows it back. */
    public record FilterForm(String from, String to, String incident, String action, String role) {
    }

    /** A choice in a filter's list: the value sent, the text shown. */
    public record Choice(String value, String label) {
    }

    @GetMapping("/audit")
    String trail(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String incident, @RequestParam(required = false) String action,
            @RequestParam(required = false) String role, @RequestParam(defaultValue = "0") int page, Caller caller,
            Model model, Locale locale) {
        AuditTrail.Reading reading = AuditTrail.Reading.of(caller);
        AuditRequests.Read read = AuditRequests.filter(from, to, incident, action, role);
        filterModel(model, new FilterForm(from, to, incident, action, role), read, locale);
        model.addAttribute("redacted", reading.redacted());
        model.addAttribute("mayVerify", AuditApi.mayVerify(caller));
        if (read.violations().isEmpty()) {
            projections.awaitCaughtUp(AuditTrailProjection.NAME);
            AuditTrail.Page found = trail.page(caller, read.filter(), Math.max(0, page), PAGE_SIZE);
            Map<String, String> names = items.officialNames(found.redacted());
            model.addAttribute("items",
                    found.items().stream().map(entry -> items.item(entry, found.redacted(), names, locale)).toList());
            model.addAttribute("total", found.total());
            model.addAttribute("page", found.page());
            model.addAttribute("pageCount", found.pageCount());
        } else {
            model.addAttribute("items", List.of());
            model.addAttribute("total", 0L);
            model.addAttribute("page", 0);
            model.addAttribute("pageCount", 0);
        }
        return "audit/trail";
    }

    @GetMapping("/audit/export.csv")
    void export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String incident, @RequestParam(required = false) String action,
            @RequestParam(required = false) String role, Caller caller, Locale locale, HttpServletResponse response)
            throws IOException {
        AuditTrail.Reading.of(caller);
        AuditRequests.Read read = AuditRequests.filter(from, to, incident, action, role);
        if (!read.violations().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        projections.awaitCaughtUp(AuditTrailProjection.NAME);
        AuditApi.export(trail, items, caller, read.filter(), locale, response);
    }

    @GetMapping("/audit/protocol-checks")
    String checks(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String incident, Caller caller, Model model, Locale locale) {
        AuditTrail.Reading.of(caller);
        AuditRequests.Read read = AuditRequests.filter(from, to, incident, null, null);
        filterModel(model, new FilterForm(from, to, incident, null, null), read, locale);
        if (read.violations().isEmpty()) {
            projections.awaitCaughtUp(AuditTrailProjection.NAME);
            model.addAttribute("incidents", AuditApi.checks(trail, caller, read.filter(), rules, LocalDate.now(clock)));
        } else {
            model.addAttribute("incidents", List.of());
        }
        model.addAttribute("checkNames", ProtocolChecks.Check.values());
        return "audit/protocol-checks";
    }

    @GetMapping("/audit/verification")
    String verification(Caller caller, Model model) {
        AuditApi.requireVerifier(caller);
        projections.awaitCaughtUp(AuditTrailProjection.NAME);
        model.addAttribute("result", verification.verify());
        return "audit/verification";
    }

    private void filterModel(Model model, FilterForm form, AuditRequests.Read read, Locale locale) {
        model.addAttribute("filter", form);
        model.addAttribute("errors", FilterErrors.of("audit", read.violations(), messages, locale));
        model.addAttribute("actions", trail.actions().stream()
                .map(action -> new Choice(action, wording.description(action, locale))).toList());
        model.addAttribute("roles", AuditFilter.actorRoles().stream()
                .map(role -> new Choice(role, wording.role(role, locale))).toList());
    }
}
