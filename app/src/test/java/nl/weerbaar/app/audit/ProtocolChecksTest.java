package nl.weerbaar.app.audit;

import static nl.weerbaar.app.audit.EventFactsTest.INCIDENT;
import static nl.weerbaar.app.audit.EventFactsTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.app.audit.ProtocolChecks.Check;
import nl.weerbaar.app.audit.ProtocolChecks.Outcome;
import nl.weerbaar.incident.api.DiscussionParty;
import nl.weerbaar.incident.api.IncidentDiscussed;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.response.api.Consultation;
import nl.weerbaar.response.api.DecisionId;
import nl.weerbaar.response.api.NoResponseDecided;
import org.junit.jupiter.api.Test;

/** The protocol checks of one incident, over entries made from real events and from events of later modules. */
class ProtocolChecksTest {

    private static final ProtocolChecks.Rules RULES = new ProtocolChecks.Rules(
            Set.of("POLICE_REPORT", "CRIMINAL_COMPLAINT"), "registered", "caseUpdateId", "informedAt",
            List.of("date"), 5, ZoneId.of("Europe/Amsterdam"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private final List<AuditEntry> trail = new ArrayList<>();

    private void happened(Object event) {
        happened(event, NOW);
    }

    private void happened(Object event, Instant at) {
        EventFacts facts = EventFacts.of(event);
        trail.add(new AuditEntry(trail.size() + 1, event.getClass().getSimpleName(), at, "griffier", "CLERK", null,
                INCIDENT.toString(), "2026-0001", "COUNCIL_MEMBER", "CLERK", facts.rationale(),
                facts.officialConsulted(), facts.vpt(), facts.facts(), facts.categories(), "c", "h"));
    }

    private ProtocolChecks.Result result(Check check) {
        return ProtocolChecks.of(trail, RULES, TODAY).stream().filter(result -> result.check() == check).findFirst()
                .orElseThrow();
    }

    private void discussed() {
        happened(new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK), NOW, "Stopgesprek", true, NOW));
    }

    @Test
    void aResponseAfterDiscussionWithTheOfficialConsultedMeetsTheProtocol() {
        discussed();
        happened(EventFactsTest.complaint(true, true));

        assertThat(result(Check.REGISTERED_AFTER_DISCUSSION).outcome()).isEqualTo(Outcome.MET);
        assertThat(result(Check.OFFICIAL_CONSULTED).outcome()).isEqualTo(Outcome.MET);
        assertThat(result(Check.VPT_SET).outcome()).isEqualTo(Outcome.MET);
        assertThat(result(Check.CASE_UPDATES_IN_TIME).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void aResponseRecordedWithoutConsultingTheOfficialIsFlagged() {
        discussed();
        happened(new NoResponseDecided(new DecisionId(UUID.randomUUID()), INCIDENT, new Consultation(true, "Goed"),
                "Frustratie", List.of(), Role.CLERK, NOW));
        happened(EventFactsTest.complaint(false, true));

        assertThat(result(Check.OFFICIAL_CONSULTED)).isEqualTo(
                new ProtocolChecks.Result(Check.OFFICIAL_CONSULTED, Outcome.NOT_MET, List.of(3L)));
    }

    @Test
    void aDecisionBeforeTheDiscussionIsFlaggedAndNoDiscussionYetIsOpen() {
        assertThat(result(Check.REGISTERED_AFTER_DISCUSSION).outcome()).isEqualTo(Outcome.OPEN);
        assertThat(result(Check.OFFICIAL_CONSULTED).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);

        happened(EventFactsTest.complaint(true, true));
        discussed();

        assertThat(result(Check.REGISTERED_AFTER_DISCUSSION)).isEqualTo(
                new ProtocolChecks.Result(Check.REGISTERED_AFTER_DISCUSSION, Outcome.NOT_MET, List.of(1L)));
    }

    @Test
    void aComplaintWithoutVptIsFlaggedEvenWithoutItsPoliceDetails() {
        discussed();
        happened(EventFactsTest.complaint(true, false));
        happened(EventFactsTest.complaint(true, null));

        assertThat(result(Check.VPT_SET)).isEqualTo(
                new ProtocolChecks.Result(Check.VPT_SET, Outcome.NOT_MET, List.of(2L, 3L)));
    }

    // The aftercare module's events as its issue describes them; the check reads them by their facts.
    record CaseUpdateRecorded(UUID caseUpdateId, IncidentId incidentId, LocalDate date) {
    }

    record OfficialInformedOfCaseUpdate(UUID caseUpdateId, IncidentId incidentId, Instant informedAt) {
    }

    @Test
    void caseUpdatesPassedOnWithinFiveWorkingDaysMeetTheProtocol() {
        UUID update = UUID.randomUUID();
        // Friday 20 November: five working days is Friday 27 November.
        happened(new CaseUpdateRecorded(update, INCIDENT, LocalDate.of(2026, 11, 20)));
        assertThat(result(Check.CASE_UPDATES_IN_TIME).outcome()).isEqualTo(Outcome.OPEN);

        happened(new OfficialInformedOfCaseUpdate(update, INCIDENT, Instant.parse("2026-11-27T15:00:00Z")));
        assertThat(result(Check.CASE_UPDATES_IN_TIME).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void aCaseUpdateNotPassedOnInTimeIsFlagged() {
        UUID late = UUID.randomUUID();
        UUID forgotten = UUID.randomUUID();
        happened(new CaseUpdateRecorded(late, INCIDENT, LocalDate.of(2026, 11, 10)));
        happened(new OfficialInformedOfCaseUpdate(late, INCIDENT, Instant.parse("2026-11-18T09:00:00Z")));
        happened(new CaseUpdateRecorded(forgotten, INCIDENT, LocalDate.of(2026, 11, 19)));

        assertThat(result(Check.CASE_UPDATES_IN_TIME)).isEqualTo(
                new ProtocolChecks.Result(Check.CASE_UPDATES_IN_TIME, Outcome.NOT_MET, List.of(1L, 3L)));
    }

    @Test
    void workingDaysAreCountedAsTheAftercareModuleCountsThemWithoutPublicHolidays() {
        UUID christmas = UUID.randomUUID();
        UUID easter = UUID.randomUUID();
        UUID afterEaster = UUID.randomUUID();
        // Friday 18 December: Christmas and Boxing Day do not count, so the fifth working day is Monday 28
        // December (Monday to Friday alone would have made it Friday 25 December).
        happened(new CaseUpdateRecorded(christmas, INCIDENT, LocalDate.of(2026, 12, 18)));
        happened(new OfficialInformedOfCaseUpdate(christmas, INCIDENT, Instant.parse("2026-12-28T10:00:00Z")));
        // Thursday 2 April: Good Friday counts, Easter Monday does not: due Friday 10 April (Monday to
        // Friday alone: Thursday 9 April). Passed on the 10th is in time, on Monday the 13th late.
        happened(new CaseUpdateRecorded(easter, INCIDENT, LocalDate.of(2026, 4, 2)));
        happened(new OfficialInformedOfCaseUpdate(easter, INCIDENT, Instant.parse("2026-04-10T08:00:00Z")));
        happened(new CaseUpdateRecorded(afterEaster, INCIDENT, LocalDate.of(2026, 4, 2)));
        happened(new OfficialInformedOfCaseUpdate(afterEaster, INCIDENT, Instant.parse("2026-04-13T08:00:00Z")));

        assertThat(result(Check.CASE_UPDATES_IN_TIME)).isEqualTo(
                new ProtocolChecks.Result(Check.CASE_UPDATES_IN_TIME, Outcome.NOT_MET, List.of(5L)));
    }
}
