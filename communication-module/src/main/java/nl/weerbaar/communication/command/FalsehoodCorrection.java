package nl.weerbaar.communication.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.communication.api.ApproveFalsehoodCorrection;
import nl.weerbaar.communication.api.CommunicationTexts;
import nl.weerbaar.communication.api.FalsehoodCorrectionApproved;
import nl.weerbaar.communication.api.FalsehoodCorrectionId;
import nl.weerbaar.communication.api.FalsehoodCorrectionPublished;
import nl.weerbaar.communication.api.FalsehoodCorrectionRequested;
import nl.weerbaar.communication.api.RecordFalsehoodCorrectionPublished;
import nl.weerbaar.communication.api.RequestFalsehoodCorrection;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A correction of an obvious falsehood on social media from the general municipal account: requested
 * by the clerk or the secretary, approved, then published, in that order and each once. Whether the
 * incident may be seen by the caller is checked before the command is sent.
 */
@Aggregate
class FalsehoodCorrection {

    @AggregateIdentifier
    private FalsehoodCorrectionId correctionId;
    private IncidentId incidentId;
    private Instant requestedAt;
    private LocalDate approvedOn;
    private boolean published;

    FalsehoodCorrection() {
        // for Axon: rebuilt from events
    }

    /** The protocol: "op aangeven van griffier/gemeentesecretaris". The mayor approves, but does not ask. */
    @CommandHandler
    FalsehoodCorrection(RequestFalsehoodCorrection command, Clock clock) {
        if (command.requestedBy() != Role.CLERK && command.requestedBy() != Role.MUNICIPAL_SECRETARY) {
            throw new NotPermittedException("Alleen de griffier of de gemeentesecretaris vraagt om een correctie.");
        }
        Decisions.refuseIfAny(command.violations());
        apply(new FalsehoodCorrectionRequested(command.correctionId(), command.incidentId(),
                Texts.normalize(command.where()), Texts.normalize(command.falsehood()),
                Texts.normalize(command.proposedCorrection()), command.requestedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(ApproveFalsehoodCorrection command, Clock clock) {
        Decisions.requireCaseHandler(command.approvedBy());
        Decisions.refuseIfAny(command.violations(LocalDate.now(clock)));
        if (approvedOn != null) {
            throw new ConflictException("communication.conflict.correctionApproved", "Deze correctie is al goedgekeurd.");
        }
        if (command.approvedOn().isBefore(LocalDate.ofInstant(requestedAt, clock.getZone()))) {
            Decisions.refuse("approvedOn", CommunicationTexts.TOO_EARLY);
        }
        apply(new FalsehoodCorrectionApproved(correctionId, incidentId, command.approvedOn(), command.approvedBy(),
                clock.instant()));
    }

    @CommandHandler
    void handle(RecordFalsehoodCorrectionPublished command, Clock clock) {
        Decisions.requireCaseHandler(command.recordedBy());
        Decisions.refuseIfAny(command.violations(LocalDate.now(clock)));
        if (approvedOn == null) {
            throw new ConflictException("communication.conflict.correctionNotApproved", "Deze correctie is nog niet goedgekeurd.");
        }
        if (published) {
            throw new ConflictException("communication.conflict.publicationRecorded", "De publicatie van deze correctie is al vastgelegd.");
        }
        if (command.publishedOn().isBefore(approvedOn)) {
            Decisions.refuse("publishedOn", CommunicationTexts.TOO_EARLY);
        }
        apply(new FalsehoodCorrectionPublished(correctionId, incidentId, command.publishedOn(),
                Texts.normalize(command.link()), command.recordedBy(), clock.instant()));
    }

    @EventSourcingHandler
    void on(FalsehoodCorrectionRequested event) {
        correctionId = event.correctionId();
        incidentId = event.incidentId();
        requestedAt = event.requestedAt();
    }

    @EventSourcingHandler
    void on(FalsehoodCorrectionApproved event) {
        approvedOn = event.approvedOn();
    }

    @EventSourcingHandler
    void on(FalsehoodCorrectionPublished event) {
        published = true;
    }
}
