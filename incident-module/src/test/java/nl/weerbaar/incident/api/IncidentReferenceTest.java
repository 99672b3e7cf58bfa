package nl.weerbaar.incident.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentReferenceTest {

    @Test
    void referenceIsWrittenAsYearDashFourDigitNumber() {
        assertThat(new IncidentReference(2026, 42)).hasToString("2026-0042");
    }

    @Test
    void writtenReferenceIsReadBack() {
        assertThat(IncidentReference.parse("2026-0042")).isEqualTo(new IncidentReference(2026, 42));
    }

    @Test
    void numberBeyondFourDigitsIsWrittenInFull() {
        assertThat(new IncidentReference(2026, 12345)).hasToString("2026-12345");
    }

    @Test
    void numberBeyondFourDigitsIsReadBack() {
        assertThat(IncidentReference.parse("2026-12345")).isEqualTo(new IncidentReference(2026, 12345));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026", "26-0042", "20260042", "2026-", "2026-00x2", "2026-0000", "0999-0001"})
    void textThatIsNoReferenceIsRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> IncidentReference.parse(text));
    }

    @Test
    void numberMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IncidentReference(2026, 0));
    }

    @Test
    void yearMustHaveFourDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IncidentReference(10_000, 1));
    }
}
