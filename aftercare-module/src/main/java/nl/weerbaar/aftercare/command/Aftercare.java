package nl.weerbaar.aftercare.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import nl.weerbaar.aftercare.api.AftercareArranged;
import nl.weerbaar.aftercare.api.AftercareCompleted;
import nl.weerbaar.aftercare.api.AftercareId;
import nl.weerbaar.aftercare.api.AftercareRequested;
import nl.weerbaar.aftercare.api.ArrangeAftercare;
import nl.weerbaar.aftercare.api.CompleteAftercare;
import nl.weerbaar.aftercare.api.RequestAftercare;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Aftercare the official asked for: requested, arranged once (by whom, with whom), then completed once.
 * The dates follow each other. Whether the incident exists and may be seen by the recorder is checked
 * before the command is sent (the incident lives in another module).
 */
@Aggregate
class Aftercare {

    @AggregateIdentifier
    private AftercareId aftercareId;
    private IncidentId incidentId;
    private LocalDate requestedOn;
    private LocalDate arrangedOn;
    private boolean completed;

    Aftercare() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    Aftercare(RequestAftercare command, Clock clock) {
        Refusals.requireCaseHandler(command.requestedBy());
        Refusals.refuseIfAny(RequestAftercare.CONTEXT, command.violations(LocalDate.now(clock)));
        apply(new AftercareRequested(command.aftercareId(), command.incidentId(), command.kind(),
                Texts.normalize(command.description()), command.requestedOn(), command.requestedBy(),
                clock.instant()));
    }

    @CommandHandler
    void handle(ArrangeAftercare command, Clock clock) {
        Refusals.requireCaseHandler(command.recordedBy());
        Refusals.refuseIfAny(ArrangeAftercare.CONTEXT, command.violations(LocalDate.now(clock)));
        if (arrangedOn != null) {
            throw new ConflictException("aftercare.conflict.alreadyArranged", "Deze nazorg is al geregeld.");
        }
        if (command.arrangedOn().isBefore(requestedOn)) {
            Refusals.refuse(ArrangeAftercare.CONTEXT, "arrangedOn", ArrangeAftercare.BEFORE_REQUEST);
        }
        apply(new AftercareArranged(aftercareId, incidentId, Texts.normalize(command.arrangedBy()),
                Texts.normalize(command.arrangedWith()), command.arrangedOn(), command.recordedBy(), clock.instant()));
    }

    /** Only arranged aftercare can be completed: until then there is nothing to complete. */
    @CommandHandler
    void handle(CompleteAftercare command, Clock clock) {
        Refusals.requireCaseHandler(command.recordedBy());
        Refusals.refuseIfAny(CompleteAftercare.CONTEXT, command.violations(LocalDate.now(clock)));
        if (completed) {
            throw new ConflictException("aftercare.conflict.alreadyCompleted", "Deze nazorg is al afgerond.");
        }
        if (arrangedOn == null) {
            throw new ConflictException("aftercare.conflict.notArranged", "Regel de nazorg eerst; daarna kan hij worden afgerond.");
        }
        if (command.completedOn().isBefore(arrangedOn)) {
            Refusals.refuse(CompleteAftercare.CONTEXT, "completedOn", CompleteAftercare.BEFORE_ARRANGEMENT);
        }
        apply(new AftercareCompleted(aftercareId, incidentId, command.completedOn(), Texts.normalize(command.note()),
                command.recordedBy(), clock.instant()));
    }

    @EventSourcingHandler
    void on(AftercareRequested event) {
        aftercareId = event.aftercareId();
        incidentId = event.incidentId();
        requestedOn = event.requestedOn();
    }

    @EventSourcingHandler
    void on(AftercareArranged event) {
        arrangedOn = event.arrangedOn();
    }

    @EventSourcingHandler
    void on(AftercareCompleted event) {
        completed = true;
    }
}
