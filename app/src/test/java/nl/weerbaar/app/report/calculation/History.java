package nl.weerbaar.app.report.calculation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.aftercare.api.AftercareArranged;
import nl.weerbaar.aftercare.api.AftercareId;
import nl.weerbaar.aftercare.api.AftercareKind;
import nl.weerbaar.aftercare.api.AftercareRequested;
import nl.weerbaar.aftercare.api.CaseUpdateId;
import nl.weerbaar.aftercare.api.CaseUpdateKind;
import nl.weerbaar.aftercare.api.CaseUpdateRecorded;
import nl.weerbaar.aftercare.api.CaseUpdateSource;
import nl.weerbaar.aftercare.api.InformationChannel;
import nl.weerbaar.aftercare.api.OfficialInformedOfCaseUpdate;
import nl.weerbaar.communication.api.CommunicationDecided;
import nl.weerbaar.communication.api.CommunicationDecisionId;
import nl.weerbaar.communication.api.CommunicationId;
import nl.weerbaar.communication.api.InternalAudience;
import nl.weerbaar.communication.api.Participant;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.BehaviourType;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.DiscussionParty;
import nl.weerbaar.incident.api.IncidentAssessed;
import nl.weerbaar.incident.api.IncidentDiscussed;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentLinkedToProfile;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.IncidentUnlinkedFromProfile;
import nl.weerbaar.incident.api.NormAdopted;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NormRevised;
import nl.weerbaar.incident.api.NormVersion;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.PerpetratorProfilesMerged;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.Severity;
import nl.weerbaar.response.api.AccessBanLifted;
import nl.weerbaar.response.api.AccessBanTerms;
import nl.weerbaar.response.api.BanScope;
import nl.weerbaar.response.api.CriminalComplaintFiled;
import nl.weerbaar.response.api.DecisionId;
import nl.weerbaar.response.api.InterventionCancelled;
import nl.weerbaar.response.api.InterventionChosen;
import nl.weerbaar.response.api.InterventionId;
import nl.weerbaar.response.api.InterventionType;
import nl.weerbaar.response.api.NoResponseDecided;

/** Builds an event history for the calculator tests; texts are {@code null}, as the report reads them. */
final class History {

    private final List<Object> events = new ArrayList<>();
    private int number;

    List<Object> events() {
        return events;
    }

    static Instant at(String moment) {
        return Instant.parse(moment);
    }

    IncidentId reported(OfficialKind kind, String reportedAt, Channel channel, Behaviour... behaviours) {
        IncidentId id = new IncidentId(UUID.randomUUID());
        events.add(new IncidentReported(id, new IncidentReference(2026, ++number), new OfficialId(UUID.randomUUID()),
                kind, kind.caseHandler(), Role.OFFICIAL, at(reportedAt), at(reportedAt).minusSeconds(3600), null,
                channel, List.of(behaviours), null, null, null));
        return id;
    }

    void discussed(IncidentId incident, String at, boolean registered) {
        events.add(new IncidentDiscussed(incident, List.of(DiscussionParty.CLERK), at(at), null, registered, at(at)));
    }

    void assessed(IncidentId incident, int number, BehaviourType type, Severity severity, NormId... norms) {
        events.add(new IncidentAssessed(incident, number, type, severity,
                java.util.Arrays.stream(norms).map(norm -> new NormVersion(norm, 1)).toList(), null,
                at("2026-03-20T10:00:00Z")));
    }

    NormId norm(String code, String title) {
        NormId id = new NormId(UUID.randomUUID());
        events.add(new NormAdopted(id, 1, code, title, "", LocalDate.of(2025, 10, 14)));
        return id;
    }

    void normRevised(NormId norm, String title) {
        events.add(new NormRevised(norm, 2, title, "", LocalDate.of(2026, 1, 2)));
    }

    InterventionId chosen(IncidentId incident, InterventionType type, String at) {
        return chosen(incident, type, at, null);
    }

    InterventionId ban(IncidentId incident, String at, LocalDate from, LocalDate until) {
        return chosen(incident, InterventionType.ACCESS_BAN, at,
                new AccessBanTerms(BanScope.TOWN_HALL, null, from, until, null));
    }

    private InterventionId chosen(IncidentId incident, InterventionType type, String at, AccessBanTerms ban) {
        InterventionId id = new InterventionId(UUID.randomUUID());
        events.add(new InterventionChosen(id, incident, type, null, null, List.of(), null, null, null, ban,
                Role.CLERK, at(at)));
        return id;
    }

    void noResponse(IncidentId incident, String at) {
        events.add(new NoResponseDecided(new DecisionId(UUID.randomUUID()), incident, null, null, List.of(),
                Role.CLERK, at(at)));
    }

    void complaintFiled(InterventionId intervention, IncidentId incident, LocalDate on) {
        events.add(new CriminalComplaintFiled(intervention, incident, null, on, null, at("2026-02-10T12:00:00Z")));
    }

    void lifted(InterventionId intervention, IncidentId incident, String at) {
        events.add(new AccessBanLifted(intervention, incident, null, at(at)));
    }

    void cancelled(InterventionId intervention, IncidentId incident, String at) {
        events.add(new InterventionCancelled(intervention, incident, null, at(at)));
    }

    PerpetratorId profile() {
        return new PerpetratorId(UUID.randomUUID());
    }

    void linked(PerpetratorId profile, IncidentId incident) {
        events.add(new IncidentLinkedToProfile(profile, incident, at("2026-03-20T10:00:00Z")));
    }

    void unlinked(PerpetratorId profile, IncidentId incident) {
        events.add(new IncidentUnlinkedFromProfile(profile, incident, at("2026-03-21T10:00:00Z")));
    }

    void merged(PerpetratorId survivor, PerpetratorId merged, IncidentId... takenOver) {
        events.add(new PerpetratorProfilesMerged(survivor, merged, List.of(takenOver), at("2026-03-22T10:00:00Z")));
    }

    AftercareId aftercareRequested(IncidentId incident, AftercareKind kind, LocalDate on) {
        AftercareId id = new AftercareId(UUID.randomUUID());
        events.add(new AftercareRequested(id, incident, kind, null, on, Role.CLERK, on.atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant()));
        return id;
    }

    void aftercareArranged(AftercareId aftercare, IncidentId incident, LocalDate on) {
        events.add(new AftercareArranged(aftercare, incident, null, null, on, Role.CLERK,
                on.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
    }

    CaseUpdateId caseUpdate(IncidentId incident, LocalDate date) {
        CaseUpdateId id = new CaseUpdateId(UUID.randomUUID());
        events.add(new CaseUpdateRecorded(id, incident, date, CaseUpdateSource.POLICE, CaseUpdateKind.INVESTIGATION,
                null, Role.CLERK, date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        return id;
    }

    void informed(CaseUpdateId update, IncidentId incident, String at) {
        events.add(new OfficialInformedOfCaseUpdate(update, incident, at(at), InformationChannel.IN_PERSON, null,
                Role.CLERK, at(at)));
    }

    CommunicationDecisionId communicationDecided(IncidentId incident, CommunicationDecisionId revises, String at,
            boolean external, InternalAudience... audiences) {
        CommunicationDecisionId id = new CommunicationDecisionId(UUID.randomUUID());
        events.add(new CommunicationDecided(CommunicationId.of(incident), id, incident, revises == null ? 1 : 2,
                revises, List.of(Participant.MAYOR, Participant.OFFICIAL), true, List.of(audiences), external, null,
                null, Role.MAYOR, at(at)));
        return id;
    }
}
