package nl.weerbaar.aftercare.command;

import static nl.weerbaar.testing.RuleViolations.violates;
import static nl.weerbaar.testing.RuleViolations.violatesAll;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.aftercare.api.CaseUpdateId;
import nl.weerbaar.aftercare.api.CaseUpdateKind;
import nl.weerbaar.aftercare.api.CaseUpdateRecorded;
import nl.weerbaar.aftercare.api.CaseUpdateSource;
import nl.weerbaar.aftercare.api.InformationChannel;
import nl.weerbaar.aftercare.api.OfficialInformedOfCaseUpdate;
import nl.weerbaar.aftercare.api.RecordCaseUpdate;
import nl.weerbaar.aftercare.api.RecordOfficialInformed;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A step in the criminal case, and when and how the official was told of it. */
class CaseUpdateTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final IncidentId INCIDENT = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));
    private static final CaseUpdateId UPDATE = new CaseUpdateId(UUID.fromString("e0000000-0000-4000-8000-000000000001"));
    private static final CaseUpdateRecorded RECORDED = new CaseUpdateRecorded(UPDATE, INCIDENT, TODAY.minusDays(2),
            CaseUpdateSource.PUBLIC_PROSECUTOR, CaseUpdateKind.HEARING, "Zitting op 3 juni", Role.MAYOR,
            NOW.minusSeconds(3_600));

    private AggregateTestFixture<CaseUpdate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CaseUpdate.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, AMSTERDAM));
    }

    @Test
    void theMayorRecordsAStepReportedByThePublicProsecutor() {
        fixture.givenNoPriorActivity()
                .when(new RecordCaseUpdate(UPDATE, INCIDENT, TODAY.minusDays(2), CaseUpdateSource.PUBLIC_PROSECUTOR,
                        CaseUpdateKind.HEARING, " Zitting op 3 juni ", Role.MAYOR))
                .expectEvents(new CaseUpdateRecorded(UPDATE, INCIDENT, TODAY.minusDays(2),
                        CaseUpdateSource.PUBLIC_PROSECUTOR, CaseUpdateKind.HEARING, "Zitting op 3 juni", Role.MAYOR,
                        NOW));
    }

    @Test
    void aCaseUpdateNamesDaySourceKindAndWhatHappened() {
        fixture.givenNoPriorActivity()
                .when(new RecordCaseUpdate(UPDATE, INCIDENT, TODAY.plusDays(1), null, null, " ", Role.CLERK))
                .expectException(violatesAll(List.of(new RuleViolation("date", RuleViolation.IN_FUTURE),
                        new RuleViolation("source", RuleViolation.REQUIRED),
                        new RuleViolation("kind", RuleViolation.REQUIRED),
                        new RuleViolation("summary", RuleViolation.REQUIRED))))
                .expectNoEvents();
    }

    @Test
    void theOfficialDoesNotRecordCaseUpdates() {
        fixture.givenNoPriorActivity()
                .when(new RecordCaseUpdate(UPDATE, INCIDENT, TODAY, CaseUpdateSource.POLICE,
                        CaseUpdateKind.COMPLAINT_REGISTERED, "Aangifte opgenomen", Role.OFFICIAL))
                .expectException(NotPermittedException.class);
    }

    @Test
    void whenAndHowTheOfficialWasInformedIsRecordedOnce() {
        Instant informedAt = NOW.minusSeconds(600);
        fixture.given(RECORDED)
                .when(new RecordOfficialInformed(UPDATE, informedAt, InformationChannel.PHONE, " Gebeld ", Role.MAYOR))
                .expectEvents(new OfficialInformedOfCaseUpdate(UPDATE, INCIDENT, informedAt, InformationChannel.PHONE,
                        "Gebeld", Role.MAYOR, NOW));
        fixture.given(RECORDED, new OfficialInformedOfCaseUpdate(UPDATE, INCIDENT, informedAt,
                        InformationChannel.PHONE, null, Role.MAYOR, NOW))
                .when(new RecordOfficialInformed(UPDATE, NOW, InformationChannel.EMAIL, null, Role.MAYOR))
                .expectException(ConflictException.class);
    }

    @Test
    void theOfficialCannotBeInformedBeforeTheUpdateCameInOrInTheFuture() {
        // 2026-05-17T21:59Z is still the 17th in Amsterdam, the day before the update's date
        fixture.given(RECORDED)
                .when(new RecordOfficialInformed(UPDATE, Instant.parse("2026-05-17T21:59:00Z"),
                        InformationChannel.EMAIL, null, Role.CLERK))
                .expectException(violates("informedAt", RecordOfficialInformed.BEFORE_UPDATE));
        fixture.given(RECORDED)
                .when(new RecordOfficialInformed(UPDATE, Instant.parse("2026-05-17T22:00:00Z"),
                        InformationChannel.EMAIL, null, Role.CLERK))
                .expectSuccessfulHandlerExecution();
        fixture.given(RECORDED)
                .when(new RecordOfficialInformed(UPDATE, NOW.plusSeconds(60), null, null, Role.CLERK))
                .expectException(violatesAll(List.of(new RuleViolation("informedAt", RuleViolation.IN_FUTURE),
                        new RuleViolation("how", RuleViolation.REQUIRED))));
    }
}
