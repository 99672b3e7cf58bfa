package nl.weerbaar.app.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.app.report.PeriodReports;
import nl.weerbaar.app.report.ReportRequest;
import nl.weerbaar.app.report.api.FreezeReport;
import nl.weerbaar.app.report.calculation.FigureTable;
import nl.weerbaar.app.report.calculation.PeriodReport;
import nl.weerbaar.app.report.query.FrozenReportView;
import nl.weerbaar.app.report.query.FrozenReports;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report pages: choose a period (and optionally an as-of moment), see the figures with their charts,
 * download CSV or PDF; the mayor and the clerk freeze it; frozen reports are listed and verified.
 */
@Controller
class ReportPages {

    private final PeriodReports reports;
    private final ReportFreezing freezing;
    private final FrozenReports frozenReports;
    private final ReportLabels labels;
    private final ReportPdf pdf;
    private final MessageSource messages;
    private final Clock clock;
    private final String municipality;

    ReportPages(PeriodReports reports, ReportFreezing freezing, FrozenReports frozenReports, ReportLabels labels,
            ReportPdf pdf, MessageSource messages, Clock clock,
            @Value("${weerbaar.municipality.name:Gemeente Assen}") String municipality) {
        this.reports = reports;
        this.freezing = freezing;
        this.frozenReports = frozenReports;
        this.labels = labels;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
        this.municipality = municipality;
    }

    @GetMapping("/reports")
    String period(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String asOf, Caller caller, Model model, Locale locale) {
        PeriodReports.requireReader(caller);
        if (from == null && to == null) {
            LocalDate today = LocalDate.now(clock);
            return page(model, caller, today.withDayOfYear(1).toString(), today.toString(), "", null,
                    ReportFormErrors.none(), "");
        }
        try {
            PeriodReport report = reports.compute(ReportRequest.parse(from, to, asOf, clock.instant(), reports.zone()));
            return page(model, caller, from, to, asOf, report, ReportFormErrors.none(), "");
        } catch (RuleViolationException rejected) {
            return page(model, caller, from, to, asOf, null,
                    ReportFormErrors.of(rejected.violations(), messages, locale), "");
        }
    }

    @GetMapping("/reports/period.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String asOf, Caller caller) {
        PeriodReports.requireReader(caller);
        return ReportApi.csv(reports.compute(ReportRequest.parse(from, to, asOf, clock.instant(), reports.zone())),
                labels);
    }

    @GetMapping("/reports/period.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String asOf, Caller caller) {
        PeriodReports.requireReader(caller);
        return ReportApi.pdf(reports.compute(ReportRequest.parse(from, to, asOf, clock.instant(), reports.zone())),
                pdf, reports, municipality);
    }

    @PostMapping("/reports/frozen")
    String freeze(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String title, Caller caller,
            Model model, Locale locale) {
        PeriodReports.requireReader(caller);
        try {
            FrozenReportView frozen = freezing.freeze(from, to, asOf, title, caller);
            return "redirect:/reports/frozen/" + frozen.reportId();
        } catch (RuleViolationException rejected) {
            PeriodReport report = null;
            try {
                report = reports.compute(ReportRequest.parse(from, to, asOf, clock.instant(), reports.zone()));
            } catch (RuleViolationException invalidPeriod) {
                // the errors below say what is wrong with the period too
            }
            return page(model, caller, from, to, asOf, report,
                    ReportFormErrors.of(rejected.violations(), messages, locale), title);
        }
    }

    @GetMapping("/reports/frozen")
    String frozenList(Caller caller, Model model) {
        PeriodReports.requireReader(caller);
        model.addAttribute("frozenReports", frozenReports.all());
        model.addAttribute("labels", labels);
        model.addAttribute("zone", reports.zone());
        return "reports/frozen-list";
    }

    @GetMapping("/reports/frozen/{reportId}")
    String frozen(@PathVariable UUID reportId, Caller caller, Model model) {
        ReportFreezing.Verification verification = freezing.verify(reportId, caller);
        model.addAttribute("frozen", verification.frozen());
        model.addAttribute("matches", verification.matches());
        model.addAttribute("recomputedChecksum", verification.report().checksum());
        model.addAttribute("labels", labels);
        model.addAttribute("zone", reports.zone());
        model.addAttribute("asOfParameter", verification.frozen().asOf().toString());
        return "reports/frozen";
    }

    private String page(Model model, Caller caller, String from, String to, String asOf, PeriodReport report,
            ReportFormErrors errors, String title) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("asOf", asOf == null ? "" : asOf);
        model.addAttribute("reportTitle", title == null ? "" : title);
        model.addAttribute("report", report);
        model.addAttribute("errors", errors);
        model.addAttribute("labels", labels);
        model.addAttribute("zone", reports.zone());
        model.addAttribute("mayFreeze", FreezeReport.mayFreeze(caller.role()));
        if (report != null) {
            Map<String, String> charts = new LinkedHashMap<>();
            for (FigureTable figure : report.figures()) {
                charts.put(figure.key(), ReportCharts.svg(figure, labels));
            }
            model.addAttribute("charts", charts);
            // The moment the figures are as of, fixed, so the links and the freeze form give these same figures.
            model.addAttribute("asOfParameter", report.asOf().toString());
        }
        return "reports/period";
    }
}
