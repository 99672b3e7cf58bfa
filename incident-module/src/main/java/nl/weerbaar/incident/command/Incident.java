package nl.weerbaar.incident.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.weerbaar.incident.api.ApplyRetention;
import nl.weerbaar.incident.api.AssessIncident;
import nl.weerbaar.incident.api.CloseIncident;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.EraseIncidentPersonalData;
import nl.weerbaar.incident.api.IncidentAssessed;
import nl.weerbaar.incident.api.IncidentClosed;
import nl.weerbaar.incident.api.IncidentDiscussed;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentReopened;
import nl.weerbaar.incident.api.IncidentReportReceipt;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.LegalHoldLifted;
import nl.weerbaar.incident.api.LegalHoldPlaced;
import nl.weerbaar.incident.api.LiftLegalHold;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NormVersion;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.PerpetratorLinked;
import nl.weerbaar.incident.api.PerpetratorUnlinked;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.PlaceLegalHold;
import nl.weerbaar.incident.api.RecordDiscussion;
import nl.weerbaar.incident.api.ReopenIncident;
import nl.weerbaar.incident.api.ReportIncident;
import nl.weerbaar.incident.api.RetentionPolicy;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.incident.api.Texts;
import nl.weerbaar.incident.api.UnlinkPerpetrator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Something that hindered an official in freely fulfilling the role, from its report onwards.
 * Snapshots store its fields (hence field visibility); what was reported is personal data of the
 * incident and is encrypted in a snapshot like in an event.
 */
@Aggregate(snapshotTriggerDefinition = "incidentSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Incident {


    @AggregateIdentifier
    private IncidentId incidentId;
    private IncidentReference reference;
    private Role handler;
    @PersonalData(subject = "incidentId")
    private ReportedContent content;
    private IncidentStatus status;
    private IncidentStatus statusBeforeClosing;
    private int assessments;
    private PerpetratorId perpetrator;
    private Instant closedAt;
    private boolean legalHold;
    private boolean erased;

    Incident() {
        // for Axon: created empty, then rebuilt from events or handed its first command
    }

    /**
     * Reports the incident and routes it to the case handler of the official's kind of office. The
     * same report sent again (a double click, a retried request) is answered as before; a different
     * report under the same id is refused. What the aggregate may not make itself is handed in: the
     * clock, the official's kind and the next reference.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    IncidentReportReceipt handle(ReportIncident command, OfficialDirectory officials, ReferenceSequence references,
            Clock clock) {
        Objects.requireNonNull(command.reporter(), "reporter");
        if (reference != null) {
            return confirmResubmission(command);
        }
        if (command.officialId() != null && !command.reporter().mayReportFor(command.officialId())) {
            throw new NotPermittedException("Een bestuurder meldt alleen voorvallen die hemzelf overkwamen.");
        }
        Instant reportedAt = clock.instant();
        List<RuleViolation> violations = new ArrayList<>(command.violations(reportedAt));
        OfficialKind officialKind = command.officialId() == null
                ? null : officials.kindOf(command.officialId()).orElse(null);
        if (command.officialId() != null && officialKind == null) {
            violations.add(new RuleViolation("officialId", RuleViolation.UNKNOWN));
        }
        refuseIfAny(violations);
        ReportedContent reported = ReportedContent.of(command);
        apply(new IncidentReported(command.incidentId(), references.next(reportedAt), reported.officialId(),
                officialKind, officialKind.caseHandler(), command.reporter().role(), reportedAt,
                reported.occurredAt(), reported.location(), reported.channel(), reported.behaviours(),
                reported.description(), reported.perpetrator(), reported.witnesses()));
        return new IncidentReportReceipt(incidentId, reference, true);
    }

    /**
     * Someone who may not report for this incident's official learns nothing from reusing its id
     * (not even its reference): need-to-know holds for writes too.
     */
    private IncidentReportReceipt confirmResubmission(ReportIncident command) {
        if (!command.reporter().mayReportFor(content.officialId())) {
            throw new ConflictException("incidents.refusal.idInUse", "Dit incident-id is al in gebruik.");
        }
        if (!content.equals(ReportedContent.of(command))) {
            throw new ConflictException("incidents.refusal.reportedDifferently",
                    "Dit voorval is al gemeld met een andere inhoud.");
        }
        return new IncidentReportReceipt(incidentId, reference, false);
    }

    /** The first discussion enters the incident in the Incident Register. */
    @CommandHandler
    void handle(RecordDiscussion command, Clock clock) {
        requireCaseHandler(command.recordedBy());
        refuseIfClosed();
        Instant now = clock.instant();
        List<RuleViolation> violations = new ArrayList<>(command.violations(now));
        if (command.discussedAt() != null && command.discussedAt().isBefore(content.occurredAt())) {
            violations.add(new RuleViolation("discussedAt", RuleViolation.BEFORE_INCIDENT));
        }
        refuseIfAny(violations);
        apply(new IncidentDiscussed(incidentId, command.discussedWith().stream().sorted().toList(),
                command.discussedAt(), Texts.normalize(command.agreedNextStep()), status == IncidentStatus.REPORTED, now));
    }

    /** Assesses a registered incident against the norms that apply now; a later assessment revises it. */
    @CommandHandler
    void handle(AssessIncident command, NormCatalogue norms, Clock clock) {
        requireCaseHandler(command.assessedBy());
        refuseIfClosed();
        if (status == IncidentStatus.REPORTED) {
            throw new ConflictException("incidents.refusal.notRegistered",
                    "Een voorval wordt beoordeeld nadat het besproken en geregistreerd is.");
        }
        List<RuleViolation> violations = new ArrayList<>(command.violations());
        List<NormVersion> applied = new ArrayList<>();
        for (NormId normId : command.normIds()) {
            norms.applicable(normId).ifPresent(applied::add);
        }
        if (applied.size() < command.normIds().size()) {
            violations.add(new RuleViolation("normIds", RuleViolation.UNKNOWN));
        }
        refuseIfAny(violations);
        applied.sort(Comparator.comparing((NormVersion version) -> version.normId().value()));
        apply(new IncidentAssessed(incidentId, assessments + 1, command.behaviourType(), command.severity(),
                applied, Texts.normalize(command.rationale()), clock.instant()));
    }

    /**
     * Links the incident to a profile; called by the command handler that also records the link on the
     * profile, in the same unit of work.
     *
     * @param previousIncidents the profile's incidents so far: any makes this a repeat
     */
    void linkPerpetrator(PerpetratorId perpetratorId, Role linkedBy, List<IncidentId> previousIncidents,
            Instant now) {
        requireCaseHandler(linkedBy);
        refuseIfClosed();
        if (perpetrator != null) {
            throw new ConflictException("incidents.refusal.alreadyLinked",
                    "Dit voorval is al aan een daderprofiel gekoppeld; ontkoppel het eerst.");
        }
        apply(new PerpetratorLinked(incidentId, perpetratorId, !previousIncidents.isEmpty(),
                List.copyOf(previousIncidents), now));
    }

    /** @return the profile it was linked to */
    PerpetratorId unlinkPerpetrator(UnlinkPerpetrator command, Instant now) {
        requireCaseHandler(command.unlinkedBy());
        refuseIfClosed();
        refuseIfAny(command.violations());
        if (perpetrator == null) {
            throw new ConflictException("incidents.refusal.notLinked",
                    "Dit voorval is niet aan een daderprofiel gekoppeld.");
        }
        PerpetratorId unlinked = perpetrator;
        apply(new PerpetratorUnlinked(incidentId, unlinked, Texts.normalize(command.reason()), now));
        return unlinked;
    }

    PerpetratorId perpetrator() {
        return perpetrator;
    }

    @CommandHandler
    void handle(CloseIncident command, Clock clock) {
        requireCaseHandler(command.closedBy());
        refuseIfAny(command.violations());
        if (status.isClosed()) {
            throw new ConflictException("incidents.refusal.alreadyClosed", "Dit voorval is al gesloten.");
        }
        apply(new IncidentClosed(incidentId, command.outcome(), Texts.normalize(command.reason()),
                command.outcome().status(), clock.instant()));
    }

    @CommandHandler
    void handle(ReopenIncident command, Clock clock) {
        requireCaseHandler(command.reopenedBy());
        refuseIfAny(command.violations());
        if (!status.isClosed()) {
            throw new ConflictException("incidents.refusal.notClosed", "Dit voorval is niet gesloten.");
        }
        if (erased) {
            throw new ConflictException("incidents.refusal.erasedNoReopen",
                    "De persoonsgegevens van dit voorval zijn gewist; het kan niet heropend worden.");
        }
        apply(new IncidentReopened(incidentId, Texts.normalize(command.reason()), statusBeforeClosing,
                clock.instant()));
    }

    @CommandHandler
    void handle(EraseIncidentPersonalData command, Clock clock) {
        refuseIfAny(command.violations());
        refuseIfErasedOrHeld();
        apply(new IncidentPersonalDataErased(incidentId, Texts.normalize(command.reason()), false, clock.instant()));
    }

    /** The retention job's erasure: only once the incident has been closed for the whole retention period. */
    @CommandHandler
    void handle(ApplyRetention command, RetentionPolicy retention, Clock clock) {
        refuseIfErasedOrHeld();
        Instant now = clock.instant();
        if (!status.isClosed() || !retention.incidentExpired(closedAt, now.atZone(clock.getZone()))) {
            throw new ConflictException("incidents.refusal.retentionNotExpired",
                    "De bewaartermijn van dit voorval is nog niet verstreken.");
        }
        apply(new IncidentPersonalDataErased(incidentId, RetentionPolicy.ERASURE_REASON, true, now));
    }

    @CommandHandler
    void handle(PlaceLegalHold command, Clock clock) {
        refuseIfAny(command.violations());
        if (erased) {
            throw new ConflictException("incidents.refusal.alreadyErased",
                    "De persoonsgegevens van dit voorval zijn al gewist.");
        }
        if (legalHold) {
            throw new ConflictException("incidents.refusal.alreadyHeld",
                    "Er staat al een bewaarplicht op dit voorval.");
        }
        apply(new LegalHoldPlaced(incidentId, Texts.normalize(command.reason()), clock.instant()));
    }

    @CommandHandler
    void handle(LiftLegalHold command, Clock clock) {
        refuseIfAny(command.violations());
        if (!legalHold) {
            throw new ConflictException("incidents.refusal.notHeld", "Er staat geen bewaarplicht op dit voorval.");
        }
        apply(new LegalHoldLifted(incidentId, Texts.normalize(command.reason()), clock.instant()));
    }

    /** The case handler the incident is routed to, or the mayor. */
    private void requireCaseHandler(Role role) {
        if (role != handler && role != Role.MAYOR) {
            throw new NotPermittedException("Alleen de behandelaar van dit voorval of de burgemeester mag dit.");
        }
    }

    private void refuseIfClosed() {
        if (status.isClosed()) {
            throw new ConflictException("incidents.refusal.closed", "Dit voorval is gesloten; heropen het eerst.");
        }
    }

    private void refuseIfErasedOrHeld() {
        if (erased) {
            throw new ConflictException("incidents.refusal.alreadyErased",
                    "De persoonsgegevens van dit voorval zijn al gewist.");
        }
        if (legalHold) {
            throw new ConflictException("incidents.refusal.held",
                    "Er staat een bewaarplicht op dit voorval: wissen kan pas als die is opgeheven.");
        }
    }

    private static void refuseIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    @EventSourcingHandler
    void on(IncidentReported event) {
        incidentId = event.incidentId();
        reference = event.reference();
        handler = event.handler();
        content = ReportedContent.of(event);
        status = IncidentStatus.REPORTED;
    }

    @EventSourcingHandler
    void on(IncidentDiscussed event) {
        if (status == IncidentStatus.REPORTED) {
            status = IncidentStatus.REGISTERED;
        }
    }

    @EventSourcingHandler
    void on(IncidentAssessed event) {
        assessments = event.assessment();
        status = IncidentStatus.ASSESSED;
    }

    @EventSourcingHandler
    void on(PerpetratorLinked event) {
        perpetrator = event.perpetratorId();
    }

    @EventSourcingHandler
    void on(PerpetratorUnlinked event) {
        perpetrator = null;
    }

    @EventSourcingHandler
    void on(IncidentClosed event) {
        statusBeforeClosing = status;
        status = event.status();
        closedAt = event.closedAt();
    }

    @EventSourcingHandler
    void on(IncidentReopened event) {
        status = event.status();
        closedAt = null;
    }

    /** Forgets what was reported, in memory too, so a snapshot taken now holds nothing of it. */
    @EventSourcingHandler
    void on(IncidentPersonalDataErased event) {
        erased = true;
        content = content.erased();
    }

    @EventSourcingHandler
    void on(LegalHoldPlaced event) {
        legalHold = true;
    }

    @EventSourcingHandler
    void on(LegalHoldLifted event) {
        legalHold = false;
    }
}
