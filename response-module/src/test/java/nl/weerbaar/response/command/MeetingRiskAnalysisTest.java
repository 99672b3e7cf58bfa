package nl.weerbaar.response.command;

import static nl.weerbaar.testing.RuleViolations.violates;
import static nl.weerbaar.testing.RuleViolations.violatesAll;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.response.api.MeetingKind;
import nl.weerbaar.response.api.MeetingRiskAnalysisId;
import nl.weerbaar.response.api.MeetingRiskAnalysisRecorded;
import nl.weerbaar.response.api.RecordMeetingRiskAnalysis;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A risk analysis before a public meeting: no incident needed, every part of it required but the officials. */
class MeetingRiskAnalysisTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final LocalDate MEETING_DAY = LocalDate.of(2026, 6, 3);
    private static final MeetingRiskAnalysisId ANALYSIS =
            new MeetingRiskAnalysisId(UUID.fromString("c1000000-0000-4000-8000-000000000001"));
    private static final OfficialId CARLA = new OfficialId(UUID.fromString("e0000000-0000-4000-8000-000000000003"));

    private AggregateTestFixture<MeetingRiskAnalysis> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MeetingRiskAnalysis.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, AMSTERDAM));
    }

    @Test
    void anAnalysisIsRecordedWithoutAnIncident() {
        fixture.givenNoPriorActivity()
                .when(record(" Informatieavond windpark ", "Boze omwonenden verwacht.", List.of(CARLA, CARLA),
                        Role.MUNICIPAL_SECRETARY))
                .expectEvents(new MeetingRiskAnalysisRecorded(ANALYSIS, MeetingKind.INFORMATION,
                        "Informatieavond windpark", MEETING_DAY, "Boze omwonenden verwacht.",
                        "Twee boa's aanwezig.", List.of(CARLA), Role.MUNICIPAL_SECRETARY, NOW));
    }

    @Test
    void anAnalysisNeedsNoOfficials() {
        fixture.givenNoPriorActivity()
                .when(record("Inspraakavond", "Geen bijzondere risico's.", null, Role.CLERK))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theMeetingAndItsRisksAreRequired() {
        fixture.givenNoPriorActivity()
                .when(record(" ", "Risico's.", null, Role.CLERK))
                .expectException(violates("meetingName", RuleViolation.REQUIRED));
        fixture.givenNoPriorActivity()
                .when(record("Inspraakavond", null, null, Role.CLERK))
                .expectException(violates("risksFound", RuleViolation.REQUIRED));
        fixture.givenNoPriorActivity()
                .when(new RecordMeetingRiskAnalysis(ANALYSIS, null, "Inspraakavond", null, "Risico's.", null,
                        null, Role.CLERK))
                .expectException(violatesAll(List.of(
                        new RuleViolation("meetingKind", RuleViolation.REQUIRED),
                        new RuleViolation("meetingOn", RuleViolation.REQUIRED),
                        new RuleViolation("measuresTaken", RuleViolation.REQUIRED))));
    }

    @Test
    void onlyCaseHandlersRecordAnAnalysis() {
        fixture.givenNoPriorActivity()
                .when(record("Inspraakavond", "Risico's.", null, Role.ADMINISTRATOR))
                .expectException(NotPermittedException.class);
    }

    private static RecordMeetingRiskAnalysis record(String name, String risks, List<OfficialId> officials,
            Role role) {
        return new RecordMeetingRiskAnalysis(ANALYSIS, MeetingKind.INFORMATION, name, MEETING_DAY, risks,
                "Twee boa's aanwezig.", officials, role);
    }
}
