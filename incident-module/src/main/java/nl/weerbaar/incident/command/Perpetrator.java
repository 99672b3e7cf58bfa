package nl.weerbaar.incident.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.CreatePerpetratorProfile;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentLinkedToProfile;
import nl.weerbaar.incident.api.IncidentUnlinkedFromProfile;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.PerpetratorPersonalDataErased;
import nl.weerbaar.incident.api.PerpetratorProfileCreated;
import nl.weerbaar.incident.api.PerpetratorProfileMergedInto;
import nl.weerbaar.incident.api.PerpetratorProfilesMerged;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The profile of an alleged perpetrator: what is known of the person, and the incidents linked to
 * it, which make the next link a repeat. Links, unlinks, merges and erasures involve other
 * aggregates too, so handlers beside it ({@link PerpetratorLinking}, {@link PerpetratorMerging},
 * {@link PerpetratorErasure}) load it and call its package-private decisions.
 *
 * <p>Not snapshotted: a profile's history is short, and its content need never leave memory.
 */
@Aggregate
class Perpetrator {

    @AggregateIdentifier
    private PerpetratorId perpetratorId;
    @PersonalData(subject = "perpetratorId")
    private ProfileContent content;
    /** In the order they were linked; a set, since one incident counts once. */
    private final Set<IncidentId> incidents = new LinkedHashSet<>();
    private final List<PerpetratorId> mergedProfiles = new ArrayList<>();
    private PerpetratorId mergedInto;
    private boolean erased;

    Perpetrator() {
        // for Axon: created empty, then rebuilt from events or handed its first command
    }

    /**
     * Creates the profile. The form carries its id from the start, so the same form sent again
     * (a double click) is answered as before; other content under the same id is refused.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreatePerpetratorProfile command, Clock clock) {
        if (command.createdBy() == null || !command.createdBy().isCaseHandler()) {
            throw new NotPermittedException("Alleen de griffier, de gemeentesecretaris en de burgemeester maken "
                    + "daderprofielen.");
        }
        if (!command.violations().isEmpty()) {
            throw new RuleViolationException("profile", command.violations());
        }
        ProfileContent created = ProfileContent.of(command);
        if (perpetratorId != null) {
            if (!created.equals(content)) {
                throw new ConflictException("perpetrators.refusal.idInUse",
                        "Er bestaat al een ander daderprofiel met dit id.");
            }
            return;
        }
        apply(new PerpetratorProfileCreated(command.perpetratorId(), created.name(), created.handles(),
                created.description(), clock.instant()));
    }

    PerpetratorId perpetratorId() {
        return perpetratorId;
    }

    /** The profile this one was merged into, or {@code null} while it stands on its own. */
    PerpetratorId mergedInto() {
        return mergedInto;
    }

    /** The profiles merged into this one (directly). */
    List<PerpetratorId> mergedProfiles() {
        return List.copyOf(mergedProfiles);
    }

    boolean isErased() {
        return erased;
    }

    /**
     * The incidents counted so far: with any, a new link is a repeat. Asked before linking, so a
     * profile that takes no new links refuses here, before anything is recorded.
     */
    List<IncidentId> incidentsBeforeLink() {
        refuseIfMerged("perpetrators.refusal.mergedLink",
                "Dit daderprofiel is samengevoegd met een ander profiel; koppel dat profiel.");
        refuseIfErased("perpetrators.refusal.erasedLink",
                "De persoonsgegevens van dit daderprofiel zijn gewist; er kan niets meer aan worden gekoppeld.");
        return List.copyOf(incidents);
    }

    /** Counts the incident from now on; the incident records its own side of the link. */
    void countLink(IncidentId incidentId, Instant now) {
        incidentsBeforeLink();
        if (incidents.contains(incidentId)) {
            throw new ConflictException("perpetrators.refusal.alreadyLinked",
                    "Dit voorval is al aan dit daderprofiel gekoppeld.");
        }
        apply(new IncidentLinkedToProfile(perpetratorId, incidentId, now));
    }

    /** Stops counting the incident; an erased profile too, since the link itself was a mistake. */
    void countUnlink(IncidentId incidentId, Instant now) {
        if (!incidents.contains(incidentId)) {
            throw new ConflictException("perpetrators.refusal.notLinked",
                    "Dit voorval is niet aan dit daderprofiel gekoppeld.");
        }
        apply(new IncidentUnlinkedFromProfile(perpetratorId, incidentId, now));
    }

    /** Asked of the profile that is merged away: the incidents it hands over to the survivor. */
    List<IncidentId> incidentsToHandOver() {
        refuseIfMerged("perpetrators.refusal.otherMerged",
                "Het andere daderprofiel is al samengevoegd met een ander profiel.");
        refuseIfErased("perpetrators.refusal.otherErased",
                "De persoonsgegevens van het andere daderprofiel zijn gewist; het kan niet worden samengevoegd.");
        return List.copyOf(incidents);
    }

    /** This profile takes over the other and its incidents: they are one person. */
    void takeOver(PerpetratorId other, List<IncidentId> otherIncidents, Instant now) {
        refuseIfMerged("perpetrators.refusal.alreadyMerged",
                "Dit daderprofiel is al samengevoegd met een ander profiel.");
        refuseIfErased("perpetrators.refusal.erasedMerge",
                "De persoonsgegevens van dit daderprofiel zijn gewist; het kan niet worden samengevoegd.");
        apply(new PerpetratorProfilesMerged(perpetratorId, other, List.copyOf(otherIncidents), now));
    }

    /** From now on this profile points to its survivor and takes no links of its own. */
    void mergeInto(PerpetratorId survivor, Instant now) {
        apply(new PerpetratorProfileMergedInto(perpetratorId, survivor, now));
    }

    /** Erases what the profile says about the person; the links to incidents stay. */
    void erase(String reason, Instant now) {
        if (erased) {
            throw new ConflictException("perpetrators.refusal.alreadyErased",
                    "De persoonsgegevens van dit daderprofiel zijn al gewist.");
        }
        apply(new PerpetratorPersonalDataErased(perpetratorId, reason, now));
    }

    private void refuseIfMerged(String messageKey, String message) {
        if (mergedInto != null) {
            throw new ConflictException(messageKey, message);
        }
    }

    private void refuseIfErased(String messageKey, String message) {
        if (erased) {
            throw new ConflictException(messageKey, message);
        }
    }

    @EventSourcingHandler
    void on(PerpetratorProfileCreated event) {
        perpetratorId = event.perpetratorId();
        content = ProfileContent.of(event);
    }

    @EventSourcingHandler
    void on(IncidentLinkedToProfile event) {
        incidents.add(event.incidentId());
    }

    @EventSourcingHandler
    void on(IncidentUnlinkedFromProfile event) {
        incidents.remove(event.incidentId());
    }

    @EventSourcingHandler
    void on(PerpetratorProfilesMerged event) {
        incidents.addAll(event.incidentsTakenOver());
        mergedProfiles.add(event.mergedPerpetratorId());
    }

    /** Its incidents now count in the survivor's profile. */
    @EventSourcingHandler
    void on(PerpetratorProfileMergedInto event) {
        mergedInto = event.survivorId();
        incidents.clear();
    }

    /** Forgets the content in memory too. */
    @EventSourcingHandler
    void on(PerpetratorPersonalDataErased event) {
        erased = true;
        content = content.erased();
    }
}
