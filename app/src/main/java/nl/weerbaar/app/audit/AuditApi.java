package nl.weerbaar.app.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail over the API: the trail (redacted for the council reviewer), its CSV export (always
 * redacted), the verification of the hash chain, and the protocol checks per incident.
 */
@RestController
public class AuditApi {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;
    private static final Set<Role> VERIFIERS = Set.of(Role.COUNCIL_REVIEWER, Role.MAYOR, Role.ADMINISTRATOR);

    private final AuditTrail trail;
    private final AuditItems items;
    private final ChainVerification verification;
    private final ProtocolChecks.Rules rules;
    private final ProjectionSync projections;
    private final Clock clock;

    AuditApi(AuditTrail trail, AuditItems items, ChainVerification verification, ProtocolChecks.Rules rules,
            ProjectionSync projections, Clock clock) {
        this.trail = trail;
        this.items = items;
        this.verification = verification;
        this.rules = rules;
        this.projections = projections;
        this.clock = clock;
    }

    public record Page(List<AuditItem> items, long total, int page, int size, boolean redacted) {
    }

    @GetMapping("/api/audit")
    Page trail(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String incident, @RequestParam(required = false) String action,
            @RequestParam(required = false) String role, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size, Caller caller, Locale locale) {
        AuditTrail.Reading.of(caller);
        AuditFilter filter = valid(from, to, incident, action, role);
        projections.awaitCaughtUp(AuditTrailProjection.NAME);
        AuditTrail.Page found = trail.page(caller, filter, Math.max(0, page), Math.min(Math.max(1, size), MAX_SIZE));
        Map<String, String> names = items.officialNames(found.redacted());
        return new Page(found.items().stream().map(entry -> items.item(entry, found.redacted(), names, locale)).toList(),
                found.total(), found.page(), found.size(), found.redacted());
    }

    /** The council's redacted trail, for everyone who may read the trail: an export never holds personal data. */
    @GetMapping("/api/audit.csv")
    void csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String incident, @RequestParam(required = false) String action,
            @RequestParam(required = false) String role, Caller caller, Locale locale, HttpServletResponse response)
            throws IOException {
        AuditTrail.Reading.of(caller);
        AuditFilter filter = valid(from, to, incident, action, role);
        projections.awaitCaughtUp(AuditTrailProjection.NAME);
        export(trail, items, caller, filter, locale, response);
    }

    static void export(AuditTrail trail, AuditItems items, Caller caller, AuditFilter filter, Locale locale,
            HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(filter) + "\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        AuditCsv csv = new AuditCsv(out);
        trail.each(caller, filter, entry -> csv.write(items.item(entry, true, Map.of(), locale)));
        out.flush();
    }

    private static String fileName(AuditFilter filter) {
        return "audittrail" + (filter.from() == null ? "" : "-van-" + filter.from())
                + (filter.to() == null ? "" : "-tot-en-met-" + filter.to()) + ".csv";
    }

    public record Verification(boolean verified, long entries, Long firstBrokenPosition, String reason, String head,
            long pending) {
    }

    @GetMapping("/api/audit/verification")
    Verification verification(Caller caller) {
        requireVerifier(caller);
        projections.awaitCaughtUp(AuditTrailProjection.NAME);
        ChainVerification.Result result = verification.verify();
        return new Verification(result.verified(), result.entries(), result.firstBrokenPosition(), result.reason(),
                result.head(), result.pending());
    }

    static boolean mayVerify(Caller caller) {
        return VERIFIERS.contains(caller.role());
    }

    static void requireVerifier(Caller caller) {
        if (!mayVerify(caller)) {
            throw new NotPermittedException("De hashketen controleren de raad (inzage), de burgemeester en de beheerder.");
        }
    }

    public record IncidentChecks(String incidentReference, String officialKind, String handler,
            List<ProtocolChecks.Result> checks) {
    }

    @GetMapping("/api/audit/protocol-checks")
    List<IncidentChecks> protocolChecks(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String incident, Caller caller) {
        AuditTrail.Reading.of(caller);
        AuditFilter period = valid(from, to, incident, null, null);
        projections.awaitCaughtUp(AuditTrailProjection.NAME);
        return checks(trail, caller, period, rules, LocalDate.now(clock));
    }

    static List<IncidentChecks> checks(AuditTrail trail, Caller caller, AuditFilter period, ProtocolChecks.Rules rules,
            LocalDate today) {
        return trail.incidents(caller, period).values().stream()
                .map(incident -> new IncidentChecks(incident.reference(), incident.officialKind(), incident.handler(),
                        ProtocolChecks.of(incident.entries(), rules, today)))
                .toList();
    }

    private static AuditFilter valid(String from, String to, String incident, String action, String role) {
        AuditRequests.Read read = AuditRequests.filter(from, to, incident, action, role);
        if (!read.violations().isEmpty()) {
            throw new RuleViolationException("audit", read.violations());
        }
        return read.filter();
    }
}
