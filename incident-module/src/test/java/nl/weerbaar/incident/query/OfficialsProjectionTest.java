package nl.weerbaar.incident.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.OfficialRegistered;
import nl.weerbaar.testing.ModuleDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

@ExtendWith(ModuleDatabase.class)
class OfficialsProjectionTest {

    private static final OfficialId ANNA = official(1);
    private static final OfficialId BRAM = official(2);
    private static final OfficialId CARLA = official(3);

    private final OfficialsProjection projection;
    private final Officials officials;

    OfficialsProjectionTest(JdbcTemplate jdbc) {
        this.projection = new OfficialsProjection(jdbc);
        this.officials = new Officials(jdbc);
    }

    @BeforeEach
    void clearTable() {
        projection.reset();
    }

    @Test
    void registeredOfficialCanBeFound() {
        projection.on(new OfficialRegistered(ANNA, "Anna de Vries", OfficialKind.COUNCIL_MEMBER));

        assertThat(officials.find(ANNA)).contains(new OfficialView(ANNA, "Anna de Vries", OfficialKind.COUNCIL_MEMBER));
    }

    @Test
    void unknownOfficialIsNotFound() {
        assertThat(officials.find(ANNA)).isEmpty();
    }

    @Test
    void registeringAgainReplacesNameAndKind() {
        projection.on(new OfficialRegistered(ANNA, "Anna de Vries", OfficialKind.COUNCIL_MEMBER));
        projection.on(new OfficialRegistered(ANNA, "Anna de Vries-Bakker", OfficialKind.ALDERMAN));

        assertThat(officials.all())
                .containsExactly(new OfficialView(ANNA, "Anna de Vries-Bakker", OfficialKind.ALDERMAN));
    }

    @Test
    void allOfficialsAreSortedByName() {
        projection.on(new OfficialRegistered(CARLA, "Carla Jansen", OfficialKind.MAYOR));
        projection.on(new OfficialRegistered(ANNA, "Anna de Vries", OfficialKind.COUNCIL_MEMBER));
        projection.on(new OfficialRegistered(BRAM, "Bram Bakker", OfficialKind.ALDERMAN));

        assertThat(officials.all()).extracting(OfficialView::name)
                .containsExactly("Anna de Vries", "Bram Bakker", "Carla Jansen");
    }

    @Test
    void resetEmptiesTheOfficials() {
        projection.on(new OfficialRegistered(ANNA, "Anna de Vries", OfficialKind.COUNCIL_MEMBER));

        projection.reset();

        assertThat(officials.all()).isEmpty();
    }

    private static OfficialId official(int n) {
        return new OfficialId(UUID.fromString("c0000000-0000-4000-8000-%012d".formatted(n)));
    }
}
