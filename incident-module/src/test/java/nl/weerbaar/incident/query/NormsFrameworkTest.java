package nl.weerbaar.incident.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.NormAdopted;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NormRetired;
import nl.weerbaar.incident.api.NormRevised;
import nl.weerbaar.incident.api.NormVersion;
import nl.weerbaar.testing.ModuleDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the norms framework answers: what applies now, every norm, and the words an assessment applied. */
@ExtendWith(ModuleDatabase.class)
class NormsFrameworkTest {

    private static final NormId INSULTS = norm(1);
    private static final NormId THREAT = norm(2);
    private static final NormId DOXING = norm(4);
    private static final LocalDate ADOPTED_ON = LocalDate.of(2025, 10, 14);
    private static final LocalDate REVISED_ON = LocalDate.of(2026, 2, 3);

    private final NormsProjection projection;
    private final NormsFramework framework;

    NormsFrameworkTest(JdbcTemplate jdbc) {
        this.projection = new NormsProjection(jdbc);
        this.framework = new NormsFramework(jdbc);
    }

    @BeforeEach
    void adoptThreeNormsAndReviseOneAndRetireAnother() {
        projection.reset();
        projection.on(new NormAdopted(DOXING, 1, "N4", "Doxing", "Persoonsgegevens verspreiden.", ADOPTED_ON));
        projection.on(new NormAdopted(INSULTS, 1, "N1", "Beledigen", "Persoonlijk beledigen in het debat.",
                ADOPTED_ON));
        projection.on(new NormAdopted(THREAT, 1, "N2", "Bedreiging", "Dreigen iets aan te doen.", ADOPTED_ON));
        projection.on(new NormRevised(THREAT, 2, "Bedreiging", "Dreigen, ook online, iets aan te doen.",
                REVISED_ON));
        projection.on(new NormRetired(INSULTS, 1, REVISED_ON));
    }

    @Test
    void applicableNormsAreTheCurrentVersionsWithoutTheRetiredOnesByCode() {
        assertThat(framework.applicable()).extracting(NormView::code, NormView::version)
                .containsExactly(tuple("N2", 2), tuple("N4", 1));
    }

    @Test
    void allNormsIncludeTheRetiredOnesByCode() {
        assertThat(framework.all()).extracting(NormView::code).containsExactly("N1", "N2", "N4");
        assertThat(framework.all()).extracting(NormView::isRetired).containsExactly(true, false, false);
    }

    @Test
    void historyListsEveryVersionOldestFirst() {
        assertThat(framework.history(THREAT)).extracting(NormView::version, NormView::validFrom)
                .containsExactly(tuple(1, ADOPTED_ON),
                        tuple(2, REVISED_ON));
        assertThat(framework.history(norm(99))).isEmpty();
    }

    @Test
    void versionsReturnTheWordsAsTheyWereWhenApplied() {
        List<NormView> applied = framework.versions(List.of(new NormVersion(THREAT, 1), new NormVersion(INSULTS, 1)));

        assertThat(applied).extracting(NormView::description)
                .containsExactly("Dreigen iets aan te doen.", "Persoonlijk beledigen in het debat.");
        assertThat(framework.versions(List.of(new NormVersion(THREAT, 2))))
                .extracting(NormView::description).containsExactly("Dreigen, ook online, iets aan te doen.");
    }

    @Test
    void aVersionThatDoesNotExistIsLeftOut() {
        assertThat(framework.versions(List.of(new NormVersion(THREAT, 3), new NormVersion(DOXING, 1))))
                .extracting(NormView::code).containsExactly("N4");
    }

    private static NormId norm(int n) {
        return new NormId(UUID.fromString("b0000000-0000-4000-8000-%012d".formatted(n)));
    }
}
