package nl.weerbaar.incident.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentReportReceipt;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.ReportIncident;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** Something that hindered an official in freely fulfilling the role, from its report onwards. */
@Aggregate
class Incident {

    @AggregateIdentifier
    private IncidentId incidentId;
    private IncidentReference reference;
    private ReportedContent content;

    Incident() {
        // for Axon: created empty, then rebuilt from events or handed its first command
    }

    /**
     * Reports the incident and routes it to the case handler of the official's kind of office. The
     * same report sent again (a double click, a retried request) is answered as before; a different
     * report under the same id is refused. What the aggregate may not make itself is handed in: the
     * clock, the official's kind and the next reference.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    IncidentReportReceipt handle(ReportIncident command, OfficialDirectory officials, ReferenceSequence references,
            Clock clock) {
        Objects.requireNonNull(command.reporter(), "reporter");
        if (reference != null) {
            return confirmResubmission(command);
        }
        if (command.officialId() != null && !command.reporter().mayReportFor(command.officialId())) {
            throw new NotPermittedException("An official reports only incidents that happened to them.");
        }
        Instant reportedAt = clock.instant();
        List<RuleViolation> violations = new ArrayList<>(command.violations(reportedAt));
        OfficialKind officialKind = command.officialId() == null
                ? null : officials.kindOf(command.officialId()).orElse(null);
        if (command.officialId() != null && officialKind == null) {
            violations.add(new RuleViolation("officialId", RuleViolation.UNKNOWN));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        ReportedContent reported = ReportedContent.of(command);
        apply(new IncidentReported(command.incidentId(), references.next(reportedAt), reported.officialId(),
                officialKind, officialKind.caseHandler(), command.reporter().role(), reportedAt,
                reported.occurredAt(), reported.location(), reported.channel(), reported.behaviours(),
                reported.description(), reported.perpetrator(), reported.witnesses()));
        return new IncidentReportReceipt(incidentId, reference, true);
    }

    /**
     * Someone who may not report for this incident's official learns nothing from reusing its id
     * (not even its reference): need-to-know holds for writes too.
     */
    private IncidentReportReceipt confirmResubmission(ReportIncident command) {
        if (!command.reporter().mayReportFor(content.officialId())) {
            throw new ConflictException("This incident id is already in use.");
        }
        if (!content.equals(ReportedContent.of(command))) {
            throw new ConflictException("This incident was already reported with other content.");
        }
        return new IncidentReportReceipt(incidentId, reference, false);
    }

    @EventSourcingHandler
    void on(IncidentReported event) {
        incidentId = event.incidentId();
        reference = event.reference();
        content = ReportedContent.of(event);
    }
}
