package nl.weerbaar.app.report.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.app.report.PeriodReports;
import nl.weerbaar.app.report.ReportRequest;
import nl.weerbaar.app.report.calculation.Cell;
import nl.weerbaar.app.report.calculation.DurationLine;
import nl.weerbaar.app.report.calculation.PeriodReport;
import nl.weerbaar.app.report.query.FrozenReportView;
import nl.weerbaar.app.report.query.FrozenReports;
import nl.weerbaar.incident.api.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The period report as JSON, CSV and PDF, and frozen reports with their verification. Readers: the mayor,
 * the clerk, the secretary and the council reviewer; the mayor and the clerk freeze.
 */
@RestController
class ReportApi {

    /** The checksum of a report's figures, on every format. */
    static final String CHECKSUM_HEADER = "X-Report-Checksum";

    private final PeriodReports reports;
    private final ReportFreezing freezing;
    private final FrozenReports frozenReports;
    private final ReportLabels labels;
    private final ReportPdf pdf;
    private final java.time.Clock clock;
    private final String municipality;

    ReportApi(PeriodReports reports, ReportFreezing freezing, FrozenReports frozenReports, ReportLabels labels,
            ReportPdf pdf, java.time.Clock clock, @Value("${weerbaar.municipality.name:Gemeente Assen}") String municipality) {
        this.reports = reports;
        this.freezing = freezing;
        this.frozenReports = frozenReports;
        this.labels = labels;
        this.pdf = pdf;
        this.clock = clock;
        this.municipality = municipality;
    }

    @GetMapping("/api/reports/period")
    ResponseEntity<Map<String, Object>> period(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String asOf, Caller caller) {
        PeriodReport report = compute(from, to, asOf, caller);
        return ResponseEntity.ok().header(CHECKSUM_HEADER, report.checksum()).body(json(report, labels));
    }

    @GetMapping(value = "/api/reports/period.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String asOf, Caller caller) {
        return csv(compute(from, to, asOf, caller), labels);
    }

    @GetMapping(value = "/api/reports/period.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String asOf, Caller caller) {
        return pdf(compute(from, to, asOf, caller), pdf, reports, municipality);
    }

    record FreezeRequest(String from, String to, String asOf, String title) {
    }

    @PostMapping("/api/reports/frozen")
    ResponseEntity<Map<String, Object>> freeze(@RequestBody FreezeRequest request, Caller caller) {
        FrozenReportView frozen = freezing.freeze(request.from(), request.to(), request.asOf(), request.title(), caller);
        return ResponseEntity.created(URI.create("/api/reports/frozen/" + frozen.reportId()))
                .body(Map.of("reportId", frozen.reportId(), "checksum", frozen.checksum()));
    }

    @GetMapping("/api/reports/frozen")
    List<FrozenReportView> frozen(Caller caller) {
        PeriodReports.requireReader(caller);
        return frozenReports.all();
    }

    @GetMapping("/api/reports/frozen/{reportId}")
    FrozenReportView frozen(@PathVariable UUID reportId, Caller caller) {
        return freezing.frozen(reportId, caller);
    }

    @GetMapping("/api/reports/frozen/{reportId}/verification")
    Map<String, Object> verification(@PathVariable UUID reportId, Caller caller) {
        ReportFreezing.Verification verification = freezing.verify(reportId, caller);
        return Map.of("matches", verification.matches(), "checksum", verification.frozen().checksum(),
                "recomputedChecksum", verification.report().checksum());
    }

    private PeriodReport compute(String from, String to, String asOf, Caller caller) {
        PeriodReports.requireReader(caller);
        return reports.compute(ReportRequest.parse(from, to, asOf, clock.instant(), reports.zone()));
    }

    static ResponseEntity<String> csv(PeriodReport report, ReportLabels labels) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "csv"))
                .header(CHECKSUM_HEADER, report.checksum())
                .body(ReportCsv.write(report, labels));
    }

    static ResponseEntity<byte[]> pdf(PeriodReport report, ReportPdf pdf, PeriodReports reports, String municipality) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "pdf"))
                .header(CHECKSUM_HEADER, report.checksum())
                .body(pdf.write(report, reports.zone(), municipality));
    }

    private static String attachment(PeriodReport report, String extension) {
        return ContentDisposition.attachment()
                .filename("rapportage-" + report.from() + "-" + report.to() + "." + extension).build().toString();
    }

    /** The report as JSON: every shown value as text ({@code 7}, {@code < 3}, {@code ≥ 5}), labelled in the reader's language. */
    static Map<String, Object> json(PeriodReport report, ReportLabels labels) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", report.from());
        json.put("to", report.to());
        json.put("asOf", report.asOf());
        json.put("previousFrom", report.previousFrom());
        json.put("previousTo", report.previousTo());
        json.put("checksum", report.checksum());
        json.put("eventsRead", report.eventsRead());
        json.put("figures", report.figures().stream().map(figure -> Map.of(
                "key", figure.key(),
                "title", labels.title(figure),
                "lines", figure.lines().stream().map(line -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("key", line.key());
                    row.put("label", labels.label(line));
                    row.put("current", byKind(line.current()));
                    row.put("previous", byKind(line.previous()));
                    row.put("change", line.change());
                    return row;
                }).toList())).toList());
        json.put("durations", report.durations().stream().map(line -> duration(line, labels)).toList());
        return json;
    }

    private static Map<String, String> byKind(List<Cell> cells) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("COUNCIL_MEMBER", cells.get(0).text());
        values.put("ALDERMAN", cells.get(1).text());
        values.put("MAYOR", cells.get(2).text());
        values.put("total", cells.get(3).text());
        return values;
    }

    private static Map<String, Object> duration(DurationLine line, ReportLabels labels) {
        Map<String, Object> current = new LinkedHashMap<>();
        current.put("incidents", line.currentCount().text());
        current.put("medianHours", line.currentMedianHours());
        current.put("percentile90Hours", line.currentPercentile90Hours());
        Map<String, Object> previous = new LinkedHashMap<>();
        previous.put("incidents", line.previousCount().text());
        previous.put("medianHours", line.previousMedianHours());
        previous.put("percentile90Hours", line.previousPercentile90Hours());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", line.key());
        json.put("label", labels.label(line));
        json.put("current", current);
        json.put("previous", previous);
        json.put("medianChangeHours", line.medianChange());
        return json;
    }
}
