package nl.weerbaar.incident.command;

import java.time.Clock;
import java.util.Objects;
import nl.weerbaar.incident.api.IncidentReportReceipt;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.ReportIncident;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Handles {@link ReportIncident}: answers a re-submission from the existing incident, otherwise
 * creates the incident with everything it may not make itself (the moment, the official's kind,
 * the next reference).
 */
@Component
class IncidentReporting {

    private final Repository<Incident> incidents;
    private final OfficialDirectory officials;
    private final ReferenceSequence references;
    private final Clock clock;

    IncidentReporting(Repository<Incident> incidents, OfficialDirectory officials, ReferenceSequence references,
            Clock clock) {
        this.incidents = incidents;
        this.officials = officials;
        this.references = references;
        this.clock = clock;
    }

    @CommandHandler
    IncidentReportReceipt handle(ReportIncident command) throws Exception {
        Objects.requireNonNull(command.incidentId(), "incidentId");
        Objects.requireNonNull(command.reporter(), "reporter");
        Aggregate<Incident> existing = existing(command);
        if (existing != null) {
            return existing.invoke(incident -> incident.confirmResubmission(command));
        }
        OfficialKind kind = command.officialId() == null ? null : officials.kindOf(command.officialId()).orElse(null);
        Aggregate<Incident> created = incidents.newInstance(
                () -> new Incident(command, kind, clock.instant(), references));
        return new IncidentReportReceipt(command.incidentId(), created.invoke(Incident::reference), true);
    }

    private Aggregate<Incident> existing(ReportIncident command) {
        try {
            return incidents.load(command.incidentId().toString());
        } catch (AggregateNotFoundException notYetReported) {
            return null;
        }
    }
}
