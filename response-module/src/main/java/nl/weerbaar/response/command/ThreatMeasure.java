package nl.weerbaar.response.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.Texts;
import nl.weerbaar.response.api.AgreeThreatMeasures;
import nl.weerbaar.response.api.EndThreatMeasures;
import nl.weerbaar.response.api.ResponseConflict;
import nl.weerbaar.response.api.ResponseConflict.Reason;
import nl.weerbaar.response.api.ThreatMeasureId;
import nl.weerbaar.response.api.ThreatMeasuresAgreed;
import nl.weerbaar.response.api.ThreatMeasuresEnded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Measures agreed with police and OM against an acute threat to an official, for a period; they end
 * by themselves after their last day (a read-side matter: nothing has to happen then) or are ended
 * earlier with a reason.
 */
@Aggregate
class ThreatMeasure {

    @AggregateIdentifier
    private ThreatMeasureId threatMeasureId;
    private OfficialId officialId;
    private LocalDate until;
    private boolean ended;

    ThreatMeasure() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    ThreatMeasure(AgreeThreatMeasures command, Clock clock) {
        Decisions.requireCaseHandler(command.agreedBy());
        Decisions.refuseIfAny(command.violations());
        apply(new ThreatMeasuresAgreed(command.threatMeasureId(), command.officialId(), Texts.normalize(command.what()),
                command.from(), command.until(), command.agreedWith().stream().sorted().toList(),
                command.incidentId(), command.agreedBy(), clock.instant()));
    }

    /** Ending early only means something while the measures still run: once past their last day they are over. */
    @CommandHandler
    void handle(EndThreatMeasures command, Clock clock) {
        Decisions.requireCaseHandler(command.endedBy());
        Decisions.refuseIfAny(command.violations());
        if (ended || until.isBefore(LocalDate.now(clock))) {
            throw new ResponseConflict(Reason.THREAT_MEASURES_ALREADY_ENDED);
        }
        apply(new ThreatMeasuresEnded(threatMeasureId, officialId, Texts.normalize(command.reason()),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(ThreatMeasuresAgreed event) {
        threatMeasureId = event.threatMeasureId();
        officialId = event.officialId();
        until = event.until();
    }

    @EventSourcingHandler
    void on(ThreatMeasuresEnded event) {
        ended = true;
    }
}
