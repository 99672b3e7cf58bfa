package nl.weerbaar.response.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import nl.weerbaar.incident.api.Texts;
import nl.weerbaar.response.api.DecideNoResponse;
import nl.weerbaar.response.api.DecisionId;
import nl.weerbaar.response.api.NoResponseDecided;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The decision to take no response for now. An aggregate of its own rather than a kind of
 * intervention: it has no life after it is taken (nothing to carry out, cancel or lift), and a later
 * change of mind is a new decision (an intervention), so the earlier one stays in the history as taken.
 */
@Aggregate
class NoResponseDecision {

    @AggregateIdentifier
    private DecisionId decisionId;

    NoResponseDecision() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    NoResponseDecision(DecideNoResponse command, Clock clock) {
        Decisions.requireCaseHandler(command.decidedBy());
        Decisions.refuseIfAny(command.violations());
        apply(new NoResponseDecided(command.decisionId(), command.incidentId(), command.consultation().normalized(),
                Texts.normalize(command.rationale()), command.involvedActors().stream().sorted().toList(),
                command.decidedBy(), clock.instant()));
    }

    @EventSourcingHandler
    void on(NoResponseDecided event) {
        decisionId = event.decisionId();
    }
}
