package nl.weerbaar.incident.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.incident.api.AdoptNorm;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.NormAdopted;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NormRetired;
import nl.weerbaar.incident.api.NormRevised;
import nl.weerbaar.incident.api.NormVersion;
import nl.weerbaar.incident.api.RetireNorm;
import nl.weerbaar.incident.api.ReviseNorm;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One norm of the norms framework (normering): a behaviour council and college agreed crosses a
 * boundary. Every rewording is a new version and an assessment records the version it applied, so
 * neither a revision nor a retirement changes what an earlier assessment says.
 */
@Aggregate
class Norm {

    /** The date lies before the date the norm's current version took effect. */
    static final String TOO_EARLY = "tooEarly";

    @AggregateIdentifier
    private NormId normId;
    private NormAdopted adoption;
    private int version;
    private String title;
    private String description;
    private LocalDate currentSince;
    private boolean retired;

    Norm() {
        // for Axon: created empty, then rebuilt from events or handed its adoption
    }

    /**
     * Adopts the norm as its version 1. The adoption form carries its norm id from the first page on,
     * so the same adoption sent twice is one norm; other content under the same id is refused.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AdoptNorm command, Clock clock) {
        NormAdopted adopted = new NormAdopted(command.normId(), 1, Texts.normalize(command.code()),
                Texts.normalize(command.title()), Texts.normalize(command.description()), command.adoptedOn());
        if (normId != null) {
            if (!adopted.equals(adoption)) {
                throw new ConflictException("norms.refusal.idInUse",
                        "Er is al een norm met dit id, met een andere inhoud.");
            }
            return;
        }
        List<RuleViolation> violations = new ArrayList<>(command.violations());
        refuseFuture(violations, "adoptedOn", command.adoptedOn(), clock);
        refuseIfAny("adoption", violations);
        apply(adopted);
    }

    /**
     * Rewords the norm as its next version. The same wording again records nothing, so a double submit
     * does not make a second, identical version.
     */
    @CommandHandler
    void handle(ReviseNorm command, Clock clock) {
        if (retired) {
            throw new ConflictException("norms.refusal.retired",
                    "Deze norm is ingetrokken; een ingetrokken norm wordt niet meer gewijzigd.");
        }
        List<RuleViolation> violations = new ArrayList<>(command.violations());
        refuseBeforeCurrentVersion(violations, "revisedOn", command.revisedOn());
        refuseFuture(violations, "revisedOn", command.revisedOn(), clock);
        refuseIfAny("revision", violations);
        String newTitle = Texts.normalize(command.title());
        String newDescription = Texts.normalize(command.description());
        if (newTitle.equals(title) && newDescription.equals(description)) {
            return;
        }
        apply(new NormRevised(normId, version + 1, newTitle, newDescription, command.revisedOn()));
    }

    /** Takes the norm out of the framework from its current version on; past assessments keep it. */
    @CommandHandler
    void handle(RetireNorm command, Clock clock) {
        if (retired) {
            throw new ConflictException("norms.refusal.alreadyRetired", "Deze norm is al ingetrokken.");
        }
        List<RuleViolation> violations = new ArrayList<>(command.violations());
        refuseBeforeCurrentVersion(violations, "retiredOn", command.retiredOn());
        refuseFuture(violations, "retiredOn", command.retiredOn(), clock);
        refuseIfAny("retirement", violations);
        apply(new NormRetired(normId, version, command.retiredOn()));
    }

    /** The version an assessment applies now; none once the norm is retired. */
    Optional<NormVersion> applicableVersion() {
        return retired ? Optional.empty() : Optional.of(new NormVersion(normId, version));
    }

    /**
     * A version (or the retirement) cannot take effect before the version it follows, or the history
     * of the framework would contradict itself.
     */
    private void refuseBeforeCurrentVersion(List<RuleViolation> violations, String field, LocalDate date) {
        if (date != null && date.isBefore(currentSince)) {
            violations.add(new RuleViolation(field, TOO_EARLY));
        }
    }

    /**
     * A norm applies to assessments from the moment it is entered, so it may not claim to take effect
     * later: enter a change on the day it takes effect.
     */
    private static void refuseFuture(List<RuleViolation> violations, String field, LocalDate date, Clock clock) {
        if (date != null && date.isAfter(LocalDate.ofInstant(clock.instant(), clock.getZone()))) {
            violations.add(new RuleViolation(field, RuleViolation.IN_FUTURE));
        }
    }

    /** @param context which of the norm's forms the fields belong to (their messages differ) */
    private static void refuseIfAny(String context, List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(context, violations);
        }
    }

    @EventSourcingHandler
    void on(NormAdopted event) {
        normId = event.normId();
        adoption = event;
        version = event.version();
        title = event.title();
        description = event.description();
        currentSince = event.adoptedOn();
    }

    @EventSourcingHandler
    void on(NormRevised event) {
        version = event.version();
        title = event.title();
        description = event.description();
        currentSince = event.revisedOn();
    }

    @EventSourcingHandler
    void on(NormRetired event) {
        retired = true;
    }
}
