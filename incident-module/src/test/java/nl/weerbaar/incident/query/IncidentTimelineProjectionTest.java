package nl.weerbaar.incident.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.BehaviourType;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.ClosingOutcome;
import nl.weerbaar.incident.api.CommandMetaData;
import nl.weerbaar.incident.api.DiscussionParty;
import nl.weerbaar.incident.api.IncidentAssessed;
import nl.weerbaar.incident.api.IncidentClosed;
import nl.weerbaar.incident.api.IncidentDiscussed;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentReopened;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NormVersion;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.OfficialRegistered;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.PerpetratorLinked;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.Severity;
import nl.weerbaar.testing.ModuleDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The incident's timeline: one row per event of the Incident aggregate, in the aggregate's order,
 * with who caused it (from the event's metadata) and a short non-personal detail.
 */
@ExtendWith(ModuleDatabase.class)
class IncidentTimelineProjectionTest {

    private static final Caller MAYOR = new Caller("burgemeester", Role.MAYOR, null);
    private static final OfficialId ANNA = new OfficialId(UUID.fromString("c0000000-0000-4000-8000-000000000001"));
    private static final IncidentId INCIDENT = incident(1);
    private static final IncidentId OTHER = incident(2);
    private static final Instant REPORTED_AT = Instant.parse("2026-03-10T09:15:00Z");
    private static final Instant DISCUSSED_AT = Instant.parse("2026-03-11T15:30:00Z");
    private static final Instant ASSESSED_AT = Instant.parse("2026-03-12T10:00:00.250Z");
    private static final Instant CLOSED_AT = Instant.parse("2026-04-02T13:45:00Z");
    private static final NormId THREATS = new NormId(UUID.fromString("00000000-0000-4000-8000-00000000000b"));

    private static final Map<String, String> ANNA_HERSELF = actor("raadslid", "OFFICIAL");
    private static final Map<String, String> THE_CLERK = actor("griffier", "CLERK");
    private static final Map<String, String> THE_MAYOR = actor("burgemeester", "MAYOR");

    private final JdbcTemplate jdbc;
    private final IncidentTimelineProjection timeline;
    private final IncidentRegisterProjection projection;
    private final IncidentRegister register;

    IncidentTimelineProjectionTest(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.timeline = new IncidentTimelineProjection(jdbc);
        this.projection = new IncidentRegisterProjection(jdbc);
        this.register = new IncidentRegister(jdbc, Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    @BeforeEach
    void clearTables() {
        timeline.reset();
        projection.reset();
    }

    @Test
    void everyEventOfTheIncidentIsARowWithItsActorRoleAndDetail() {
        handle(0, reported(INCIDENT, 1), ANNA_HERSELF, REPORTED_AT);
        handle(1, discussed(), THE_CLERK, DISCUSSED_AT);
        handle(2, assessed(), THE_CLERK, ASSESSED_AT);
        handle(3, closed(), THE_MAYOR, CLOSED_AT);

        assertThat(rows(INCIDENT)).containsExactly(
                new TimelineEntry(REPORTED_AT, "IncidentReported", "raadslid", "OFFICIAL", null),
                new TimelineEntry(DISCUSSED_AT, "IncidentDiscussed", "griffier", "CLERK", "CLERK,MAYOR"),
                new TimelineEntry(ASSESSED_AT, "IncidentAssessed", "griffier", "CLERK", "INSTRUMENTAL,ACUTE"),
                new TimelineEntry(CLOSED_AT, "IncidentClosed", "burgemeester", "MAYOR", "NO_FURTHER_ACTION"));
    }

    @Test
    void eventsWithoutDetailHaveNone() {
        handle(0, new IncidentReopened(INCIDENT, "Nieuwe feiten, persoonlijk.", IncidentStatus.ASSESSED, CLOSED_AT),
                THE_CLERK, CLOSED_AT);
        handle(1, new PerpetratorLinked(INCIDENT, new PerpetratorId(UUID.randomUUID()), true, List.of(OTHER),
                CLOSED_AT), THE_CLERK, CLOSED_AT.plusSeconds(1));

        assertThat(rows(INCIDENT)).extracting(TimelineEntry::detail).containsExactly(null, null);
        assertThat(rows(INCIDENT)).extracting(TimelineEntry::action)
                .containsExactly("IncidentReopened", "PerpetratorLinked");
    }

    /** The detail never carries personal data: not the next step, the rationale or a reason. */
    @Test
    void detailHoldsNoPersonalData() {
        handle(0, discussed(), THE_CLERK, DISCUSSED_AT);
        handle(1, assessed(), THE_CLERK, ASSESSED_AT);
        handle(2, closed(), THE_CLERK, CLOSED_AT);

        assertThat(jdbc.queryForList("SELECT detail FROM incident_timeline", String.class))
                .noneMatch(detail -> detail.contains("stopgesprek") || detail.contains("dreiging")
                        || detail.contains("Afgesproken"));
    }

    @Test
    void erasureByTheRetentionJobIsMarkedAutomatic() {
        handle(0, new IncidentPersonalDataErased(INCIDENT, "Bewaartermijn verstreken", true, CLOSED_AT),
                actor(CommandMetaData.SYSTEM, CommandMetaData.SYSTEM), CLOSED_AT);
        handle(1, new IncidentPersonalDataErased(INCIDENT, "Verzoek", false, CLOSED_AT),
                actor("beheer", "ADMINISTRATOR"), CLOSED_AT.plusSeconds(1));

        assertThat(rows(INCIDENT)).containsExactly(
                new TimelineEntry(CLOSED_AT, "IncidentPersonalDataErased", "SYSTEM", "SYSTEM", "automatic"),
                new TimelineEntry(CLOSED_AT.plusSeconds(1), "IncidentPersonalDataErased", "beheer", "ADMINISTRATOR",
                        null));
    }

    @Test
    void anEventWithoutActorIsTheSystems() {
        handle(0, reported(INCIDENT, 1), Map.of(), REPORTED_AT);

        assertThat(rows(INCIDENT)).containsExactly(
                new TimelineEntry(REPORTED_AT, "IncidentReported", "SYSTEM", "SYSTEM", null));
    }

    @Test
    void rowsAreInTheAggregatesOrderWhateverTheOrderOfHandling() {
        handle(2, assessed(), THE_CLERK, ASSESSED_AT);
        handle(0, reported(INCIDENT, 1), ANNA_HERSELF, REPORTED_AT);
        handle(1, discussed(), THE_CLERK, DISCUSSED_AT);

        assertThat(rows(INCIDENT)).extracting(TimelineEntry::action)
                .containsExactly("IncidentReported", "IncidentDiscussed", "IncidentAssessed");
    }

    @Test
    void eventsOfAnotherAggregateTypeAreIgnored() {
        timeline.on(new OfficialRegistered(ANNA, "Anna de Vries", OfficialKind.COUNCIL_MEMBER),
                message("Official", ANNA.toString(), 0, new OfficialRegistered(ANNA, "Anna de Vries",
                        OfficialKind.COUNCIL_MEMBER), THE_CLERK, REPORTED_AT));
        timeline.on(reported(INCIDENT, 1), message("PerpetratorProfile", INCIDENT.toString(), 0, reported(INCIDENT, 1),
                THE_CLERK, REPORTED_AT));

        assertThat(count()).isZero();
    }

    @Test
    void theSameEventTwiceIsOneRow() {
        DomainEventMessage<IncidentDiscussed> message = message("Incident", INCIDENT.toString(), 1, discussed(),
                THE_CLERK, DISCUSSED_AT);

        timeline.on(message.getPayload(), message);
        timeline.on(message.getPayload(), message);

        assertThat(count()).isOne();
        assertThat(rows(INCIDENT)).containsExactly(
                new TimelineEntry(DISCUSSED_AT, "IncidentDiscussed", "griffier", "CLERK", "CLERK,MAYOR"));
    }

    @Test
    void resetEmptiesTheTimeline() {
        handle(0, reported(INCIDENT, 1), ANNA_HERSELF, REPORTED_AT);
        handle(1, discussed(), THE_CLERK, DISCUSSED_AT);

        timeline.reset();

        assertThat(count()).isZero();
    }

    // What find() answers

    @Test
    void findReturnsTheIncidentWithItsTimelineInOrder() {
        projection.on(reported(INCIDENT, 1));
        projection.on(discussed());
        projection.on(assessed());
        handle(2, assessed(), THE_CLERK, ASSESSED_AT);
        handle(0, reported(INCIDENT, 1), ANNA_HERSELF, REPORTED_AT);
        handle(1, discussed(), THE_CLERK, DISCUSSED_AT);

        IncidentView view = register.find(INCIDENT, MAYOR).orElseThrow();

        assertThat(view.timeline()).containsExactly(
                new TimelineEntry(REPORTED_AT, "IncidentReported", "raadslid", "OFFICIAL", null),
                new TimelineEntry(DISCUSSED_AT, "IncidentDiscussed", "griffier", "CLERK", "CLERK,MAYOR"),
                new TimelineEntry(ASSESSED_AT, "IncidentAssessed", "griffier", "CLERK", "INSTRUMENTAL,ACUTE"));
    }

    @Test
    void findShowsOnlyTheIncidentsOwnTimeline() {
        projection.on(reported(INCIDENT, 1));
        projection.on(reported(OTHER, 2));
        handle(0, reported(INCIDENT, 1), ANNA_HERSELF, REPORTED_AT);
        timeline.on(reported(OTHER, 2), message("Incident", OTHER.toString(), 0, reported(OTHER, 2), THE_CLERK,
                REPORTED_AT.plusSeconds(60)));
        timeline.on(discussed(), message("Incident", OTHER.toString(), 1, discussed(), THE_CLERK, DISCUSSED_AT));

        assertThat(register.find(INCIDENT, MAYOR).orElseThrow().timeline()).containsExactly(
                new TimelineEntry(REPORTED_AT, "IncidentReported", "raadslid", "OFFICIAL", null));
        assertThat(register.find(OTHER, MAYOR).orElseThrow().timeline()).extracting(TimelineEntry::actor)
                .containsExactly("griffier", "griffier");
    }

    @Test
    void anIncidentWithoutTimelineRowsHasAnEmptyTimeline() {
        projection.on(reported(INCIDENT, 1));

        assertThat(register.find(INCIDENT, MAYOR).orElseThrow().timeline()).isEmpty();
    }

    /** The timeline is read for one incident only; the list does not carry it. */
    @Test
    void listCarriesNoTimeline() {
        projection.on(reported(INCIDENT, 1));
        handle(0, reported(INCIDENT, 1), ANNA_HERSELF, REPORTED_AT);

        assertThat(register.list(MAYOR, 0, 10).items()).singleElement()
                .satisfies(view -> assertThat(view.timeline()).isEmpty());
    }

    @Test
    void whoMayNotSeeTheIncidentDoesNotSeeItsTimeline() {
        projection.on(reported(INCIDENT, 1));
        handle(0, reported(INCIDENT, 1), ANNA_HERSELF, REPORTED_AT);

        assertThat(register.find(INCIDENT, new Caller("secretaris", Role.MUNICIPAL_SECRETARY, null))).isEmpty();
        assertThat(register.find(INCIDENT, new Caller("raadslid", Role.OFFICIAL, ANNA)).orElseThrow().timeline())
                .hasSize(1);
    }

    // Helpers

    private void handle(long sequence, Object event, Map<String, String> metaData, Instant at) {
        timeline.on(event, message("Incident", INCIDENT.toString(), sequence, event, metaData, at));
    }

    private static <T> DomainEventMessage<T> message(String type, String aggregateId, long sequence, T event,
            Map<String, String> metaData, Instant at) {
        return new GenericDomainEventMessage<>(type, aggregateId, sequence, event, MetaData.from(metaData),
                UUID.randomUUID().toString(), at);
    }

    private List<TimelineEntry> rows(IncidentId incident) {
        return jdbc.query("SELECT * FROM incident_timeline WHERE incident_id = ? ORDER BY position",
                (rs, i) -> new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("action"),
                        rs.getString("actor"), rs.getString("actor_role"), rs.getString("detail")),
                incident.value());
    }

    private int count() {
        return jdbc.queryForObject("SELECT count(*) FROM incident_timeline", Integer.class);
    }

    private static Map<String, String> actor(String username, String role) {
        return Map.of(CommandMetaData.ACTOR, username, CommandMetaData.ACTOR_ROLE, role);
    }

    private static IncidentReported reported(IncidentId incident, int number) {
        return new IncidentReported(incident, new IncidentReference(2026, number), ANNA, OfficialKind.COUNCIL_MEMBER,
                Role.CLERK, Role.OFFICIAL, REPORTED_AT, REPORTED_AT.minusSeconds(86_400), "Raadzaal", Channel.EMAIL,
                List.of(Behaviour.THREAT), "Bedreigd.", null, null);
    }

    private static IncidentDiscussed discussed() {
        return new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK, DiscussionParty.MAYOR),
                DISCUSSED_AT.minusSeconds(3_600), "De burgemeester voert een stopgesprek.", true, DISCUSSED_AT);
    }

    private static IncidentAssessed assessed() {
        return new IncidentAssessed(INCIDENT, 1, BehaviourType.INSTRUMENTAL, Severity.ACUTE,
                List.of(new NormVersion(THREATS, 1)), "Gerichte dreiging.", ASSESSED_AT);
    }

    private static IncidentClosed closed() {
        return new IncidentClosed(INCIDENT, ClosingOutcome.NO_FURTHER_ACTION, "Afgesproken met het raadslid.",
                IncidentStatus.CLOSED, CLOSED_AT);
    }

    private static IncidentId incident(int n) {
        return new IncidentId(UUID.fromString("6f1c2d3e-0000-4000-8000-%012d".formatted(n)));
    }
}
