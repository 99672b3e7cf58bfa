package nl.weerbaar.incident.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.weerbaar.incident.api.NormAdopted;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NormRetired;
import nl.weerbaar.incident.api.NormRevised;
import nl.weerbaar.testing.ModuleDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code norm_version} keeps every version of a norm; only the newest is current. */
@ExtendWith(ModuleDatabase.class)
class NormsProjectionTest {

    private static final NormId THREAT = new NormId(UUID.fromString("b0000000-0000-4000-8000-000000000002"));
    private static final LocalDate ADOPTED_ON = LocalDate.of(2025, 10, 14);
    private static final LocalDate REVISED_ON = LocalDate.of(2026, 2, 3);
    private static final LocalDate RETIRED_ON = LocalDate.of(2026, 6, 1);
    private static final String ORIGINAL = "Iemand dreigt een bestuurder iets aan te doen.";
    private static final String REWORDED = "Iemand dreigt, in persoon of online, een bestuurder iets aan te doen.";

    private final JdbcTemplate jdbc;
    private final NormsProjection projection;
    private final NormsFramework framework;

    NormsProjectionTest(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.projection = new NormsProjection(jdbc);
        this.framework = new NormsFramework(jdbc);
    }

    @BeforeEach
    void clearTable() {
        projection.reset();
    }

    @Test
    void anAdoptedNormIsCurrentInVersionOne() {
        projection.on(adopted());

        assertThat(framework.history(THREAT)).containsExactly(
                new NormView(THREAT, 1, "N2", "Bedreiging", ORIGINAL, ADOPTED_ON, null));
        assertThat(currentVersions()).isEqualTo(1);
    }

    @Test
    void aRevisionKeepsTheOldVersionAndMakesTheNewOneCurrentUnderTheSameCode() {
        projection.on(adopted());
        projection.on(new NormRevised(THREAT, 2, "Bedreiging, ook online", REWORDED, REVISED_ON));

        assertThat(framework.history(THREAT)).containsExactly(
                new NormView(THREAT, 1, "N2", "Bedreiging", ORIGINAL, ADOPTED_ON, null),
                new NormView(THREAT, 2, "N2", "Bedreiging, ook online", REWORDED, REVISED_ON, null));
        assertThat(framework.all()).extracting(NormView::version).containsExactly(2);
        assertThat(currentVersions()).isEqualTo(2);
    }

    @Test
    void retirementIsRecordedOnTheCurrentVersionOnly() {
        projection.on(adopted());
        projection.on(new NormRevised(THREAT, 2, "Bedreiging", REWORDED, REVISED_ON));
        projection.on(new NormRetired(THREAT, 2, RETIRED_ON));

        assertThat(framework.history(THREAT)).extracting(NormView::retiredOn).containsExactly(null, RETIRED_ON);
        assertThat(framework.all()).singleElement().satisfies(norm -> {
            assertThat(norm.version()).isEqualTo(2);
            assertThat(norm.isRetired()).isTrue();
        });
    }

    @Test
    void handlingTheSameEventsAgainChangesNothing() {
        NormRevised revised = new NormRevised(THREAT, 2, "Bedreiging", REWORDED, REVISED_ON);
        NormRetired retired = new NormRetired(THREAT, 2, RETIRED_ON);
        projection.on(adopted());
        projection.on(revised);
        projection.on(retired);

        projection.on(adopted());
        projection.on(revised);
        projection.on(retired);

        assertThat(framework.history(THREAT)).hasSize(2);
        assertThat(currentVersions()).isEqualTo(2);
    }

    @Test
    void resetEmptiesTheFramework() {
        projection.on(adopted());

        projection.reset();

        assertThat(framework.all()).isEmpty();
    }

    private static NormAdopted adopted() {
        return new NormAdopted(THREAT, 1, "N2", "Bedreiging", ORIGINAL, ADOPTED_ON);
    }

    /** The version marked current; the table must never mark two. */
    private int currentVersions() {
        return jdbc.queryForObject("SELECT max(version) FROM norm_version WHERE norm_id = ? AND current "
                + "HAVING count(*) = 1", Integer.class, THREAT.value());
    }
}
