package nl.weerbaar.app.report.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.app.report.PeriodReports;
import nl.weerbaar.app.report.ReportRequest;
import nl.weerbaar.app.report.api.FreezeReport;
import nl.weerbaar.app.report.api.ReportId;
import nl.weerbaar.app.report.calculation.PeriodReport;
import nl.weerbaar.app.report.query.FrozenReportView;
import nl.weerbaar.app.report.query.FrozenReports;
import nl.weerbaar.app.report.query.FrozenReportsProjection;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Freezing a report (computing its checksum now) and verifying a frozen one (computing it again). */
@Component
class ReportFreezing {

    /** The outcome of regenerating a frozen report. */
    public record Verification(FrozenReportView frozen, PeriodReport report, boolean matches) {
    }

    private final PeriodReports reports;
    private final FrozenReports frozenReports;
    private final CommandGateway commands;
    private final ProjectionSync projections;
    private final Clock clock;

    ReportFreezing(PeriodReports reports, FrozenReports frozenReports, CommandGateway commands,
            ProjectionSync projections, Clock clock) {
        this.reports = reports;
        this.frozenReports = frozenReports;
        this.commands = commands;
        this.projections = projections;
        this.clock = clock;
    }

    FrozenReportView freeze(String from, String to, String asOf, String title, Caller caller) {
        if (!FreezeReport.mayFreeze(caller.role())) {
            throw new NotPermittedException("Alleen de burgemeester en de griffier leggen een rapportage vast.");
        }
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "title", title, FreezeReport.MAX_TITLE);
        ReportRequest request;
        try {
            request = ReportRequest.parse(from, to, asOf, clock.instant(), reports.zone());
            request.requireSettled(clock.instant());
        } catch (RuleViolationException rejected) {
            violations.addAll(rejected.violations());
            throw new RuleViolationException(ReportRequest.CONTEXT, violations);
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(ReportRequest.CONTEXT, violations);
        }
        PeriodReport report = reports.compute(request);
        ReportId reportId = new ReportId(UUID.randomUUID());
        commands.sendAndWait(new FreezeReport(reportId, request.from(), request.to(), request.asOf(), title,
                report.checksum(), caller.role()));
        projections.awaitCaughtUp(FrozenReportsProjection.NAME);
        return frozenReports.find(reportId.value()).orElseThrow();
    }

    Verification verify(UUID reportId, Caller caller) {
        PeriodReports.requireReader(caller);
        FrozenReportView frozen = frozen(reportId, caller);
        PeriodReport report = reports.compute(new ReportRequest(frozen.from(), frozen.to(), frozen.asOf()));
        return new Verification(frozen, report, report.checksum().equals(frozen.checksum()));
    }

    FrozenReportView frozen(UUID reportId, Caller caller) {
        PeriodReports.requireReader(caller);
        return frozenReports.find(reportId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Niet gevonden."));
    }
}
