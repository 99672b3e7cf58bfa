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
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.OfficialRegistered;
import nl.weerbaar.incident.api.PerpetratorDetails;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.testing.ModuleDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

@ExtendWith(ModuleDatabase.class)
class IncidentRegisterProjectionTest {

    private static final Caller MAYOR = new Caller("burgemeester", Role.MAYOR, null);
    private static final OfficialId ANNA = new OfficialId(UUID.fromString("c0000000-0000-4000-8000-000000000001"));
    private static final IncidentId INCIDENT = new IncidentId(UUID.fromString("6f1c2d3e-0000-4000-8000-000000000001"));
    private static final Instant REPORTED_AT = Instant.parse("2026-03-10T09:15:00.123456Z");
    private static final Instant OCCURRED_AT = Instant.parse("2026-03-09T19:30:00Z");

    private final JdbcTemplate jdbc;
    private final IncidentRegisterProjection projection;
    private final OfficialsProjection officials;
    private final IncidentRegister register;

    IncidentRegisterProjectionTest(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.projection = new IncidentRegisterProjection(jdbc);
        this.officials = new OfficialsProjection(jdbc);
        this.register = new IncidentRegister(jdbc, java.time.Clock.system(java.time.ZoneId.of("Europe/Amsterdam")));
    }

    @BeforeEach
    void clearTables() {
        projection.reset();
        officials.reset();
    }

    @Test
    void reportedIncidentIsInTheRegisterWithAllItsFields() {
        officials.on(new OfficialRegistered(ANNA, "Anna de Vries", OfficialKind.COUNCIL_MEMBER));
        projection.on(new IncidentReported(INCIDENT, new IncidentReference(2026, 42), ANNA,
                OfficialKind.COUNCIL_MEMBER, Role.CLERK, Role.OFFICIAL, REPORTED_AT, OCCURRED_AT, "Raadzaal",
                Channel.DURING_MEETING, List.of(Behaviour.VERBAL_AGGRESSION, Behaviour.THREAT), "Bedreigd.",
                new PerpetratorDetails("Piet", "@piet", "lange jas"), "Jan Jansen, bode"));

        assertThat(register.find(INCIDENT, MAYOR)).contains(new IncidentView(INCIDENT,
                new IncidentReference(2026, 42), IncidentStatus.REPORTED,
                new OfficialView(ANNA, "Anna de Vries", OfficialKind.COUNCIL_MEMBER), Role.CLERK, OCCURRED_AT,
                REPORTED_AT, "Raadzaal", Channel.DURING_MEETING,
                List.of(Behaviour.VERBAL_AGGRESSION, Behaviour.THREAT), "Bedreigd.",
                new PerpetratorDetails("Piet", "@piet", "lange jas"), "Jan Jansen, bode", null, null, null, false, 0, null, null, false, List.of()));
    }

    @Test
    void incidentWithoutPerpetratorOrWitnessesReadsBackWithout() {
        projection.on(reported(INCIDENT, 1));

        IncidentView view = register.find(INCIDENT, MAYOR).orElseThrow();

        assertThat(view.perpetrator()).isNull();
        assertThat(view.witnesses()).isNull();
    }

    @Test
    void handlingTheSameEventTwiceKeepsOneRow() {
        projection.on(reported(INCIDENT, 1));
        projection.on(reported(INCIDENT, 1));

        assertThat(rows()).isOne();
    }

    @Test
    void resetEmptiesTheRegister() {
        projection.on(reported(INCIDENT, 1));
        projection.on(reported(new IncidentId(UUID.randomUUID()), 2));

        projection.reset();

        assertThat(rows()).isZero();
    }

    private int rows() {
        return jdbc.queryForObject("SELECT count(*) FROM incident_register", Integer.class);
    }

    private static IncidentReported reported(IncidentId incident, int number) {
        return new IncidentReported(incident, new IncidentReference(2026, number), ANNA, OfficialKind.COUNCIL_MEMBER,
                Role.CLERK, Role.OFFICIAL, REPORTED_AT, OCCURRED_AT, "Raadzaal", Channel.EMAIL,
                List.of(Behaviour.THREAT), "Bedreigd.", null, null);
    }
}
