package nl.weerbaar.incident.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.testing.ModuleDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Need-to-know and paging of the register, on a council member's incident routed to the clerk. */
@ExtendWith(ModuleDatabase.class)
class IncidentRegisterTest {

    private static final OfficialId ANNA = official(1);
    private static final OfficialId BRAM = official(2);
    private static final IncidentId ANNAS_INCIDENT = incident(1);
    private static final Instant MONDAY = Instant.parse("2026-03-09T10:00:00Z");

    private final IncidentRegisterProjection projection;
    private final IncidentRegister register;

    IncidentRegisterTest(JdbcTemplate jdbc) {
        this.projection = new IncidentRegisterProjection(jdbc);
        this.register = new IncidentRegister(jdbc, java.time.Clock.system(java.time.ZoneId.of("Europe/Amsterdam")));
    }

    @BeforeEach
    void recordAnnasIncident() {
        projection.reset();
        projection.on(reported(ANNAS_INCIDENT, 1, ANNA, OfficialKind.COUNCIL_MEMBER, MONDAY));
    }

    @Test
    void affectedOfficialSeesTheIncident() {
        Caller anna = new Caller("anna", Role.OFFICIAL, ANNA);

        assertThat(register.find(ANNAS_INCIDENT, anna)).isPresent();
        assertThat(register.list(anna, 0, 10).total()).isOne();
    }

    @Test
    void anotherOfficialDoesNotSeeTheIncident() {
        Caller bram = new Caller("bram", Role.OFFICIAL, BRAM);

        assertThat(register.find(ANNAS_INCIDENT, bram)).isEmpty();
        assertThat(register.list(bram, 0, 10).items()).isEmpty();
    }

    @Test
    void handlerItIsRoutedToSeesTheIncident() {
        Caller clerk = new Caller("griffier", Role.CLERK, null);

        assertThat(register.find(ANNAS_INCIDENT, clerk)).isPresent();
        assertThat(register.list(clerk, 0, 10).total()).isOne();
    }

    @Test
    void otherHandlerDoesNotSeeTheIncident() {
        Caller secretary = new Caller("secretaris", Role.MUNICIPAL_SECRETARY, null);

        assertThat(register.find(ANNAS_INCIDENT, secretary)).isEmpty();
        assertThat(register.list(secretary, 0, 10).items()).isEmpty();
    }

    @Test
    void mayorSeesTheIncident() {
        Caller mayor = new Caller("burgemeester", Role.MAYOR, official(9));

        assertThat(register.find(ANNAS_INCIDENT, mayor)).isPresent();
        assertThat(register.list(mayor, 0, 10).total()).isOne();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COUNCIL_REVIEWER", "ADMINISTRATOR"})
    void staffWithoutCaseHandlingDoNotSeeTheIncident(Role staff) {
        Caller caller = new Caller("medewerker", staff, null);

        assertThat(register.find(ANNAS_INCIDENT, caller)).isEmpty();
        assertThat(register.list(caller, 0, 10).items()).isEmpty();
        assertThat(register.list(caller, 0, 10).total()).isZero();
    }

    @Test
    void listShowsNewestFirst() {
        projection.on(reported(incident(2), 2, ANNA, OfficialKind.COUNCIL_MEMBER, MONDAY.plusSeconds(3_600)));
        projection.on(reported(incident(3), 3, ANNA, OfficialKind.COUNCIL_MEMBER, MONDAY.minusSeconds(3_600)));

        List<IncidentView> items = register.list(new Caller("anna", Role.OFFICIAL, ANNA), 0, 10).items();

        assertThat(items).extracting(IncidentView::incidentId)
                .containsExactly(incident(2), ANNAS_INCIDENT, incident(3));
    }

    @Test
    void listIsPagedAndCountsOnlyWhatTheCallerMaySee() {
        for (int number = 2; number <= 5; number++) {
            projection.on(reported(incident(number), number, ANNA, OfficialKind.COUNCIL_MEMBER,
                    MONDAY.plusSeconds(number * 60L)));
        }
        projection.on(reported(incident(6), 6, BRAM, OfficialKind.ALDERMAN, MONDAY.plusSeconds(600)));

        IncidentPage second = register.list(new Caller("griffier", Role.CLERK, null), 1, 2);

        assertThat(second.total()).isEqualTo(5);
        assertThat(second.pageCount()).isEqualTo(3);
        assertThat(second.items()).extracting(IncidentView::incidentId).containsExactly(incident(3), incident(2));
    }

    private static IncidentReported reported(IncidentId incident, int number, OfficialId official,
            OfficialKind kind, Instant reportedAt) {
        return new IncidentReported(incident, new IncidentReference(2026, number), official, kind, kind.caseHandler(),
                Role.OFFICIAL, reportedAt, reportedAt.minusSeconds(86_400), "Raadzaal", Channel.EMAIL,
                List.of(Behaviour.THREAT), "Bedreigd.", null, null);
    }

    private static OfficialId official(int n) {
        return new OfficialId(UUID.fromString("c0000000-0000-4000-8000-%012d".formatted(n)));
    }

    private static IncidentId incident(int n) {
        return new IncidentId(UUID.fromString("6f1c2d3e-0000-4000-8000-%012d".formatted(n)));
    }
}
