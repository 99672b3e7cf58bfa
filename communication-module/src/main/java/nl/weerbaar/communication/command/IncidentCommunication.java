package nl.weerbaar.communication.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.weerbaar.communication.api.CommunicationDecided;
import nl.weerbaar.communication.api.CommunicationDecisionExecuted;
import nl.weerbaar.communication.api.CommunicationDecisionId;
import nl.weerbaar.communication.api.CommunicationId;
import nl.weerbaar.communication.api.CommunicationTexts;
import nl.weerbaar.communication.api.DecideCommunication;
import nl.weerbaar.communication.api.ExecuteCommunicationDecision;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The communication file of one incident: every communication decision on it, in order. One aggregate
 * per incident rather than one per decision, so a revision always replaces the decision that is current
 * at that moment, even when two handlers decide at once (the loser of the race is retried and becomes
 * the next revision). Until the first decision nothing is communicated: that is the absence of this
 * aggregate. Whether the incident exists, may be seen and is open is checked before the command is sent.
 */
@Aggregate
class IncidentCommunication {

    @AggregateIdentifier
    private CommunicationId communicationId;
    private IncidentId incidentId;
    private CommunicationDecisionId current;
    private int decisions;
    private final Map<CommunicationDecisionId, Decision> taken = new HashMap<>();

    /** What an execution needs to know of a decision taken earlier. */
    private record Decision(Instant decidedAt, boolean communicatesNothing, boolean executed) {

        Decision carriedOut() {
            return new Decision(decidedAt, communicatesNothing, true);
        }
    }

    IncidentCommunication() {
        // for Axon: rebuilt from events, or created by the first decision
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DecideCommunication command, Clock clock) {
        Decisions.requireCaseHandler(command.decidedBy());
        Decisions.refuseIfAny(command.violations());
        if (!command.communicationId().equals(CommunicationId.of(command.incidentId()))) {
            throw new IllegalArgumentException("The communication file does not belong to this incident");
        }
        if (taken.containsKey(command.decisionId())) {
            throw new ConflictException("communication.conflict.decisionRecorded", "Dit communicatiebesluit is al vastgelegd.");
        }
        boolean external = Boolean.TRUE.equals(command.external());
        apply(new CommunicationDecided(command.communicationId(), command.decisionId(), command.incidentId(),
                decisions + 1, current, command.participants().stream().sorted().toList(), true,
                command.internalAudiences().stream().sorted().toList(), external,
                external ? Texts.normalize(command.externalForm()) : null, Texts.normalize(command.rationale()),
                command.decidedBy(), clock.instant()));
    }

    /**
     * Only the current decision is carried out: a revised one no longer holds. Deciding to communicate
     * nothing leaves nothing to carry out. Carried out once, on or after the day it was decided.
     */
    @CommandHandler
    void handle(ExecuteCommunicationDecision command, Clock clock) {
        Decisions.requireCaseHandler(command.recordedBy());
        Decisions.refuseIfAny(command.violations(LocalDate.now(clock)));
        Decision decision = taken.get(command.decisionId());
        if (decision == null) {
            throw new ConflictException("communication.conflict.decisionUnknown", "Dit communicatiebesluit is niet bekend.");
        }
        if (!command.decisionId().equals(current)) {
            throw new ConflictException("communication.conflict.decisionRevised", "Dit besluit is herzien; alleen het geldende besluit wordt uitgevoerd.");
        }
        if (decision.communicatesNothing()) {
            throw new ConflictException("communication.conflict.nothingCommunicated", "Volgens dit besluit wordt er niet gecommuniceerd.");
        }
        if (decision.executed()) {
            throw new ConflictException("communication.conflict.executionRecorded", "De uitvoering van dit besluit is al vastgelegd.");
        }
        if (command.executedOn().isBefore(LocalDate.ofInstant(decision.decidedAt(), clock.getZone()))) {
            Decisions.refuse("executedOn", CommunicationTexts.TOO_EARLY);
        }
        apply(new CommunicationDecisionExecuted(communicationId, command.decisionId(), incidentId,
                command.executedOn(), Texts.normalize(command.executedBy()), command.recordedBy(), clock.instant()));
    }

    @EventSourcingHandler
    void on(CommunicationDecided event) {
        communicationId = event.communicationId();
        incidentId = event.incidentId();
        current = event.decisionId();
        decisions = event.number();
        taken.put(event.decisionId(), new Decision(event.decidedAt(),
                event.internalAudiences().isEmpty() && !event.external(), false));
    }

    @EventSourcingHandler
    void on(CommunicationDecisionExecuted event) {
        taken.computeIfPresent(event.decisionId(), (id, decision) -> decision.carriedOut());
    }
}
