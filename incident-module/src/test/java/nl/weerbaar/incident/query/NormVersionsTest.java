package nl.weerbaar.incident.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NormVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The applied norm versions in one text column, and back, unchanged. */
class NormVersionsTest {

    private static final NormId THREATS = new NormId(UUID.fromString("00000000-0000-4000-8000-00000000000b"));
    private static final NormId INSULTS = new NormId(UUID.fromString("00000000-0000-4000-8000-00000000000a"));

    @Test
    void formatsEachVersionAsIdColonVersion() {
        assertThat(NormVersions.format(List.of(new NormVersion(INSULTS, 1), new NormVersion(THREATS, 12))))
                .isEqualTo("00000000-0000-4000-8000-00000000000a:1,00000000-0000-4000-8000-00000000000b:12");
    }

    @Test
    void noVersionsIsAnEmptyText() {
        assertThat(NormVersions.format(List.of())).isEmpty();
    }

    @Test
    void roundTripKeepsEveryVersionAndItsOrder() {
        List<NormVersion> versions = List.of(new NormVersion(THREATS, 3), new NormVersion(INSULTS, 1),
                new NormVersion(new NormId(UUID.randomUUID()), 42));

        assertThat(NormVersions.parse(NormVersions.format(versions))).isEqualTo(versions);
    }

    @Test
    void roundTripOfOneVersion() {
        List<NormVersion> one = List.of(new NormVersion(THREATS, 1));

        assertThat(NormVersions.parse(NormVersions.format(one))).isEqualTo(one);
    }

    @Test
    void roundTripOfNone() {
        assertThat(NormVersions.parse(NormVersions.format(List.of()))).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void nothingStoredIsNoVersions(String text) {
        assertThat(NormVersions.parse(text)).isEmpty();
    }

    @Test
    void parsesWhatTheColumnHolds() {
        assertThat(NormVersions.parse("00000000-0000-4000-8000-00000000000b:7"))
                .containsExactly(new NormVersion(THREATS, 7));
    }
}
