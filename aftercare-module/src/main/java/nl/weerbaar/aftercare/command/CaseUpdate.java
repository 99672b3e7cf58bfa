package nl.weerbaar.aftercare.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import nl.weerbaar.aftercare.api.CaseUpdateId;
import nl.weerbaar.aftercare.api.CaseUpdateRecorded;
import nl.weerbaar.aftercare.api.OfficialInformedOfCaseUpdate;
import nl.weerbaar.aftercare.api.RecordCaseUpdate;
import nl.weerbaar.aftercare.api.RecordOfficialInformed;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One step in the criminal case reported by police or public prosecutor, and the moment the official
 * was told about it (once). Whether it is overdue is a matter of the calendar, not of a decision, so
 * the read side computes it from the update's date, the working days allowed and the clock.
 */
@Aggregate
class CaseUpdate {

    @AggregateIdentifier
    private CaseUpdateId caseUpdateId;
    private IncidentId incidentId;
    private LocalDate date;
    private boolean informed;

    CaseUpdate() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    CaseUpdate(RecordCaseUpdate command, Clock clock) {
        Refusals.requireCaseHandler(command.recordedBy());
        Refusals.refuseIfAny(RecordCaseUpdate.CONTEXT, command.violations(LocalDate.now(clock)));
        apply(new CaseUpdateRecorded(command.caseUpdateId(), command.incidentId(), command.date(), command.source(),
                command.kind(), Texts.normalize(command.summary()), command.recordedBy(), clock.instant()));
    }

    /** The official cannot have been told before the municipality heard of it (municipality's day). */
    @CommandHandler
    void handle(RecordOfficialInformed command, Clock clock) {
        Refusals.requireCaseHandler(command.recordedBy());
        Refusals.refuseIfAny(RecordOfficialInformed.CONTEXT, command.violations(clock.instant()));
        if (informed) {
            throw new ConflictException("aftercare.conflict.alreadyInformed", "Al vastgelegd: de bestuurder is over deze stap geïnformeerd.");
        }
        if (LocalDate.ofInstant(command.informedAt(), clock.getZone()).isBefore(date)) {
            Refusals.refuse(RecordOfficialInformed.CONTEXT, "informedAt", RecordOfficialInformed.BEFORE_UPDATE);
        }
        apply(new OfficialInformedOfCaseUpdate(caseUpdateId, incidentId, command.informedAt(), command.how(),
                Texts.normalize(command.note()), command.recordedBy(), clock.instant()));
    }

    @EventSourcingHandler
    void on(CaseUpdateRecorded event) {
        caseUpdateId = event.caseUpdateId();
        incidentId = event.incidentId();
        date = event.date();
    }

    @EventSourcingHandler
    void on(OfficialInformedOfCaseUpdate event) {
        informed = true;
    }
}
