package nl.weerbaar.aftercare.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Euros with at most two decimals become exact cents; anything else is not an amount. */
class AmountTest {

    @Test
    void eurosBecomeCentsAndBack() {
        assertThat(Amount.ofEuros(new BigDecimal("1250.5"))).isEqualTo(new Amount(125_050));
        assertThat(Amount.ofEuros(new BigDecimal("0.01"))).isEqualTo(new Amount(1));
        assertThat(Amount.ofEuros(new BigDecimal("12.500"))).isEqualTo(new Amount(1_250));
        assertThat(new Amount(125_050).euros()).isEqualTo(new BigDecimal("1250.50"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "0.001", "12.345", "100000000000000000000"})
    void notAPositiveNumberOfCentsIsNoAmount(String euros) {
        assertThat(Amount.ofEuros(new BigDecimal(euros))).isNull();
    }

    @Test
    void sumsAreExact() {
        assertThat(new Amount(10).plus(new Amount(20))).isEqualTo(new Amount(30));
        assertThat(new Amount(31).exceeds(new Amount(30))).isTrue();
        assertThat(new Amount(30).exceeds(new Amount(30))).isFalse();
    }
}
