package nl.weerbaar.response.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import nl.weerbaar.response.api.FollowUpActionDone;
import nl.weerbaar.response.api.MarkFollowUpActionDone;
import nl.weerbaar.response.api.RecordSafetyScanCarriedOut;
import nl.weerbaar.response.api.RequestSafetyScan;
import nl.weerbaar.response.api.ResponseConflict;
import nl.weerbaar.response.api.ResponseConflict.Reason;
import nl.weerbaar.response.api.SafetyScanCarriedOut;
import nl.weerbaar.response.api.SafetyScanId;
import nl.weerbaar.response.api.SafetyScanRequested;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A CCV safety scan for an official: requested, then carried out once; its follow-up actions are then done one by one. Its own aggregate rather than
 * part of an intervention: it protects the official, is often requested without any incident, and
 * outlives incidents. That the official exists and may be dealt with by the caller is checked before
 * the command is sent (officials live in another module).
 */
@Aggregate
class SafetyScan {

    @AggregateIdentifier
    private SafetyScanId safetyScanId;
    private OfficialId officialId;
    private LocalDate requestedOn;
    private LocalDate carriedOutOn;
    private int followUpActions;
    private final Set<Integer> done = new HashSet<>();

    SafetyScan() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    SafetyScan(RequestSafetyScan command, Clock clock) {
        Decisions.requireCaseHandler(command.requestedBy());
        Decisions.refuseIfAny(command.violations(LocalDate.now(clock)));
        apply(new SafetyScanRequested(command.safetyScanId(), command.officialId(), command.incidentId(),
                command.requestedOn(), command.requestedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordSafetyScanCarriedOut command, Clock clock) {
        Decisions.requireCaseHandler(command.recordedBy());
        Decisions.refuseIfAny(command.violations(LocalDate.now(clock)));
        if (carriedOutOn != null) {
            throw new ResponseConflict(Reason.SCAN_ALREADY_CARRIED_OUT);
        }
        if (command.carriedOutOn().isBefore(requestedOn)) {
            Decisions.refuseIfAny(List.of(
                    new RuleViolation("carriedOutOn", RecordSafetyScanCarriedOut.BEFORE_REQUEST)));
        }
        apply(new SafetyScanCarriedOut(safetyScanId, officialId, command.carriedOutOn(),
                Texts.normalize(command.adviceSummary()), command.normalizedActions(), clock.instant()));
    }

    @EventSourcingHandler
    void on(SafetyScanRequested event) {
        safetyScanId = event.safetyScanId();
        officialId = event.officialId();
        requestedOn = event.requestedOn();
    }

    /** Each advised action is done once, after the scan that advised it. */
    @CommandHandler
    void handle(MarkFollowUpActionDone command, Clock clock) {
        Decisions.requireCaseHandler(command.markedBy());
        Decisions.refuseIfAny(command.violations(LocalDate.now(clock)));
        if (carriedOutOn == null || command.position() < 0 || command.position() >= followUpActions) {
            Decisions.refuseIfAny(List.of(new RuleViolation("position", RuleViolation.UNKNOWN)));
        }
        if (done.contains(command.position())) {
            throw new ResponseConflict(Reason.FOLLOW_UP_ALREADY_DONE);
        }
        if (command.doneOn().isBefore(carriedOutOn)) {
            Decisions.refuseIfAny(List.of(new RuleViolation("doneOn", MarkFollowUpActionDone.BEFORE_SCAN)));
        }
        apply(new FollowUpActionDone(safetyScanId, officialId, command.position(), command.doneOn(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(SafetyScanCarriedOut event) {
        carriedOutOn = event.carriedOutOn();
        followUpActions = event.followUpActions().size();
    }

    @EventSourcingHandler
    void on(FollowUpActionDone event) {
        done.add(event.position());
    }
}
