package nl.weerbaar.app.report.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import nl.weerbaar.app.report.api.FreezeReport;
import nl.weerbaar.app.report.api.ReportFrozen;
import nl.weerbaar.app.report.api.ReportId;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A report frozen for the council. An aggregate so the freezing is an event like every other decision
 * (who, when: the audit trail) and the list of frozen reports is a projection rebuilt by replay. It has no
 * life after it is frozen: a frozen report is never changed.
 */
@Aggregate
class FrozenReport {

    @AggregateIdentifier
    private ReportId reportId;

    FrozenReport() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    FrozenReport(FreezeReport command, Clock clock) {
        if (!FreezeReport.mayFreeze(command.frozenBy())) {
            throw new NotPermittedException("Alleen de burgemeester en de griffier leggen een rapportage vast.");
        }
        if (!command.violations().isEmpty()) {
            throw new RuleViolationException("report", command.violations());
        }
        apply(new ReportFrozen(command.reportId(), command.from(), command.to(), command.asOf(),
                Texts.normalize(command.title()), command.checksum(), command.frozenBy(), clock.instant()));
    }

    @EventSourcingHandler
    void on(ReportFrozen event) {
        reportId = event.reportId();
    }
}
