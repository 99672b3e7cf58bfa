package nl.weerbaar.aftercare.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import nl.weerbaar.aftercare.api.Amount;
import nl.weerbaar.aftercare.api.ClaimStatus;
import nl.weerbaar.aftercare.api.DamageClaimFiled;
import nl.weerbaar.aftercare.api.DamageClaimId;
import nl.weerbaar.aftercare.api.DamageClaimStatusChanged;
import nl.weerbaar.aftercare.api.DamageRecovered;
import nl.weerbaar.aftercare.api.FileDamageClaim;
import nl.weerbaar.aftercare.api.RecordDamageRecovery;
import nl.weerbaar.aftercare.api.UpdateDamageClaimStatus;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A claim to recover damage from the perpetrator: filed with an amount and a route, its status moves
 * on, and amounts come in. The rule it guards: all amounts received together never exceed the amount
 * claimed, and a rejected or withdrawn claim brings in nothing more.
 */
@Aggregate
class DamageClaim {

    @AggregateIdentifier
    private DamageClaimId damageClaimId;
    private IncidentId incidentId;
    private Amount claimed;
    private Amount recovered;
    private LocalDate filedOn;
    private ClaimStatus status;

    DamageClaim() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    DamageClaim(FileDamageClaim command, Clock clock) {
        Refusals.requireCaseHandler(command.recordedBy());
        Refusals.refuseIfAny(FileDamageClaim.CONTEXT, command.violations(LocalDate.now(clock)));
        apply(new DamageClaimFiled(command.damageClaimId(), command.incidentId(), Texts.normalize(command.what()),
                command.amount(), command.route(), command.filedOn(), command.recordedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(UpdateDamageClaimStatus command, Clock clock) {
        Refusals.requireCaseHandler(command.recordedBy());
        Refusals.refuseIfAny(UpdateDamageClaimStatus.CONTEXT, command.violations(LocalDate.now(clock)));
        if (command.status() == status) {
            throw new ConflictException("aftercare.conflict.sameStatus", "De claim heeft deze status al.");
        }
        if (command.changedOn().isBefore(filedOn)) {
            Refusals.refuse(UpdateDamageClaimStatus.CONTEXT, "changedOn", UpdateDamageClaimStatus.BEFORE_FILING);
        }
        apply(new DamageClaimStatusChanged(damageClaimId, incidentId, command.status(), command.changedOn(),
                Texts.normalize(command.note()), command.recordedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordDamageRecovery command, Clock clock) {
        Refusals.requireCaseHandler(command.recordedBy());
        Refusals.refuseIfAny(RecordDamageRecovery.CONTEXT, command.violations(LocalDate.now(clock)));
        if (status.endsRecovery()) {
            throw new ConflictException("aftercare.conflict.recoveryEnded", "Deze claim is afgewezen of ingetrokken; er kan niets meer binnenkomen.");
        }
        if (command.receivedOn().isBefore(filedOn)) {
            Refusals.refuse(RecordDamageRecovery.CONTEXT, "receivedOn", UpdateDamageClaimStatus.BEFORE_FILING);
        }
        Amount total = recovered.plus(command.amount());
        if (total.exceeds(claimed)) {
            Refusals.refuse(RecordDamageRecovery.CONTEXT, "amount", RecordDamageRecovery.EXCEEDS_CLAIM);
        }
        apply(new DamageRecovered(damageClaimId, incidentId, command.amount(), command.receivedOn(), total,
                command.recordedBy(), clock.instant()));
    }

    @EventSourcingHandler
    void on(DamageClaimFiled event) {
        damageClaimId = event.damageClaimId();
        incidentId = event.incidentId();
        claimed = event.amount();
        recovered = Amount.ZERO;
        filedOn = event.filedOn();
        status = ClaimStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(DamageClaimStatusChanged event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(DamageRecovered event) {
        recovered = event.totalRecovered();
    }
}
