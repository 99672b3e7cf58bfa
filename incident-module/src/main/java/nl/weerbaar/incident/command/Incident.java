package nl.weerbaar.incident.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentReportReceipt;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.ReportIncident;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** Something that hindered an official in freely fulfilling the role, from its report onwards. */
@Aggregate
class Incident {

    @AggregateIdentifier
    private IncidentId incidentId;
    private IncidentReference reference;
    private ReportedContent content;

    Incident() {
        // for Axon: rebuilt from events
    }

    /**
     * Reports the incident and routes it to the case handler of the official's kind of office.
     *
     * @param officialKind the affected official's kind, or {@code null} if the official is unknown
     * @param reportedAt   the moment of reporting, from the clock handed to the command side
     */
    Incident(ReportIncident command, OfficialKind officialKind, Instant reportedAt, ReferenceSequence references) {
        if (command.officialId() != null && !command.reporter().mayReportFor(command.officialId())) {
            throw new NotPermittedException("An official reports only incidents that happened to them.");
        }
        List<RuleViolation> violations = new ArrayList<>(command.violations(reportedAt));
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
    }

    /** A report sent again (a double click, a retried request) is answered as before, if it is the same. */
    IncidentReportReceipt confirmResubmission(ReportIncident command) {
        if (!content.equals(ReportedContent.of(command))) {
            throw new ConflictException("Incident " + reference + " was already reported with other content.");
        }
        return new IncidentReportReceipt(incidentId, reference, false);
    }

    IncidentReference reference() {
        return reference;
    }

    @EventSourcingHandler
    void on(IncidentReported event) {
        incidentId = event.incidentId();
        reference = event.reference();
        content = ReportedContent.of(event);
    }
}
