package nl.weerbaar.response.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.incident.api.Texts;
import nl.weerbaar.response.api.AccessBanExpired;
import nl.weerbaar.response.api.AccessBanLifted;
import nl.weerbaar.response.api.AccessBanTerms;
import nl.weerbaar.response.api.CancelIntervention;
import nl.weerbaar.response.api.ChooseIntervention;
import nl.weerbaar.response.api.CompleteIntervention;
import nl.weerbaar.response.api.CorrectiveLetterSent;
import nl.weerbaar.response.api.CriminalComplaintFiled;
import nl.weerbaar.response.api.ExpireAccessBan;
import nl.weerbaar.response.api.InterventionCancelled;
import nl.weerbaar.response.api.InterventionChosen;
import nl.weerbaar.response.api.InterventionCompleted;
import nl.weerbaar.response.api.InterventionId;
import nl.weerbaar.response.api.InterventionStatus;
import nl.weerbaar.response.api.InterventionType;
import nl.weerbaar.response.api.LiftAccessBan;
import nl.weerbaar.response.api.RecordComplaintFiled;
import nl.weerbaar.response.api.RecordLetterSent;
import nl.weerbaar.response.api.ResponseConflict;
import nl.weerbaar.response.api.ResponseConflict.Reason;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One rung of the intervention ladder chosen for an incident: chosen, then carried out or cancelled;
 * an access ban may also be lifted while it is in force, and ends by itself after its last day. Whether the incident exists, may be seen by
 * the decider and is still open is checked before the command is sent (the incident lives in another
 * module); the aggregate checks the decision itself.
 */
@Aggregate
class Intervention {

    @AggregateIdentifier
    private InterventionId interventionId;
    private IncidentId incidentId;
    private InterventionType type;
    private InterventionStatus status;
    private AccessBanTerms accessBan;
    private boolean lifted;
    private Instant chosenAt;
    private boolean letterSent;
    private boolean complaintFiled;
    private boolean expired;

    Intervention() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    Intervention(ChooseIntervention command, Clock clock) {
        Decisions.requireCaseHandler(command.decidedBy());
        Decisions.refuseIfAny(command.violations());
        InterventionType chosen = command.type();
        apply(new InterventionChosen(command.interventionId(), command.incidentId(), chosen,
                command.consultation().normalized(), Texts.normalize(command.rationale()),
                command.involvedActors().stream().sorted().toList(),
                chosen == InterventionType.STOP_CONVERSATION ? command.stopConversation().normalized() : null,
                chosen == InterventionType.CORRECTIVE_LETTER ? command.letter().normalized() : null,
                chosen == InterventionType.POLICE_REPORT || chosen == InterventionType.CRIMINAL_COMPLAINT
                        ? command.police().normalized() : null,
                chosen == InterventionType.ACCESS_BAN ? command.accessBan().normalized() : null,
                command.decidedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(CompleteIntervention command, Clock clock) {
        Decisions.requireCaseHandler(command.completedBy());
        Decisions.refuseIfAny(command.violations());
        requireChosen();
        apply(new InterventionCompleted(interventionId, incidentId, Texts.normalize(command.outcome()),
                clock.instant()));
    }

    @CommandHandler
    void handle(CancelIntervention command, Clock clock) {
        Decisions.requireCaseHandler(command.cancelledBy());
        Decisions.refuseIfAny(command.violations());
        requireChosen();
        apply(new InterventionCancelled(interventionId, incidentId, Texts.normalize(command.reason()),
                clock.instant()));
    }

    /** Only a ban in force today can be lifted: a future one is cancelled, an ended one is over. */
    @CommandHandler
    void handle(LiftAccessBan command, Clock clock) {
        Decisions.requireCaseHandler(command.liftedBy());
        Decisions.refuseIfAny(command.violations());
        if (type != InterventionType.ACCESS_BAN) {
            throw new ResponseConflict(Reason.ONLY_BAN_LIFTED);
        }
        LocalDate today = LocalDate.now(clock);
        if (status == InterventionStatus.CANCELLED || lifted || !accessBan.covers(today)) {
            throw new ResponseConflict(Reason.BAN_NOT_IN_FORCE);
        }
        apply(new AccessBanLifted(interventionId, incidentId, Texts.normalize(command.reason()), clock.instant()));
    }

    /**
     * A letter is sent once; a cancelled one is not sent at all. A carried-out letter may still get
     * its day of sending recorded, since recording often lags behind the post.
     */
    @CommandHandler
    void handle(RecordLetterSent command, Clock clock) {
        Decisions.requireCaseHandler(command.recordedBy());
        Decisions.refuseIfAny(command.violations());
        if (type != InterventionType.CORRECTIVE_LETTER) {
            throw new ResponseConflict(Reason.ONLY_LETTER_SENT);
        }
        if (status == InterventionStatus.CANCELLED) {
            throw new ResponseConflict(Reason.LETTER_CANCELLED);
        }
        if (letterSent) {
            throw new ResponseConflict(Reason.LETTER_ALREADY_SENT);
        }
        if (command.sentOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException(List.of(new RuleViolation("sentOn", RuleViolation.IN_FUTURE)));
        }
        if (command.sentOn().isBefore(LocalDate.ofInstant(chosenAt, clock.getZone()))) {
            throw new RuleViolationException(List.of(new RuleViolation("sentOn", RecordLetterSent.BEFORE_CHOICE)));
        }
        apply(new CorrectiveLetterSent(interventionId, incidentId, command.sentOn(), clock.instant()));
    }

    /**
     * A criminal complaint is filed once, by the municipality; a cancelled one is not filed at all. Like a
     * letter's sending, the filing may be recorded after the complaint was marked carried out.
     */
    @CommandHandler
    void handle(RecordComplaintFiled command, Clock clock) {
        Decisions.requireCaseHandler(command.recordedBy());
        Decisions.refuseIfAny(command.violations());
        if (type != InterventionType.CRIMINAL_COMPLAINT) {
            throw new ResponseConflict(Reason.ONLY_COMPLAINT_FILED);
        }
        if (status == InterventionStatus.CANCELLED) {
            throw new ResponseConflict(Reason.COMPLAINT_CANCELLED);
        }
        if (complaintFiled) {
            throw new ResponseConflict(Reason.COMPLAINT_ALREADY_FILED);
        }
        if (command.filedOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException(List.of(new RuleViolation("filedOn", RuleViolation.IN_FUTURE)));
        }
        if (command.filedOn().isBefore(LocalDate.ofInstant(chosenAt, clock.getZone()))) {
            throw new RuleViolationException(List.of(new RuleViolation("filedOn", RecordComplaintFiled.BEFORE_CHOICE)));
        }
        apply(new CriminalComplaintFiled(interventionId, incidentId, Texts.normalize(command.filedBy()),
                command.filedOn(), Texts.normalize(command.policeReference()), clock.instant()));
    }

    /**
     * The ban ends once the clock passes the start of the day after its last day, in the clock's (the
     * municipality's) zone. This check is the guard against a double expiry: the job reads a projection
     * that may lag, and two nodes may race; the loser of the race is retried, finds the ban expired and
     * is refused. A lifted or cancelled ban never expires.
     */
    @CommandHandler
    void handle(ExpireAccessBan command, Clock clock) {
        if (type != InterventionType.ACCESS_BAN) {
            throw new ConflictException("Alleen een toegangsverbod loopt af.");
        }
        if (expired) {
            throw new ConflictException("Dit toegangsverbod is al afgelopen.");
        }
        if (status == InterventionStatus.CANCELLED || lifted) {
            throw new ConflictException("Dit toegangsverbod is geannuleerd of opgeheven.");
        }
        Instant end = accessBan.endsAt(clock.getZone());
        if (clock.instant().isBefore(end)) {
            throw new ConflictException("Dit toegangsverbod loopt nog.");
        }
        apply(new AccessBanExpired(interventionId, incidentId, end));
    }

    private void requireChosen() {
        if (status != InterventionStatus.CHOSEN) {
            throw new ResponseConflict(status == InterventionStatus.COMPLETED
                    ? Reason.ALREADY_COMPLETED : Reason.ALREADY_CANCELLED);
        }
    }

    @EventSourcingHandler
    void on(InterventionChosen event) {
        interventionId = event.interventionId();
        incidentId = event.incidentId();
        type = event.type();
        accessBan = event.accessBan();
        chosenAt = event.chosenAt();
        status = InterventionStatus.CHOSEN;
    }

    @EventSourcingHandler
    void on(CorrectiveLetterSent event) {
        letterSent = true;
    }

    @EventSourcingHandler
    void on(CriminalComplaintFiled event) {
        complaintFiled = true;
    }

    @EventSourcingHandler
    void on(InterventionCompleted event) {
        status = InterventionStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(InterventionCancelled event) {
        status = InterventionStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(AccessBanLifted event) {
        lifted = true;
    }

    @EventSourcingHandler
    void on(AccessBanExpired event) {
        expired = true;
    }
}
