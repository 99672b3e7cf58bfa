package nl.weerbaar.aftercare.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in euro cents: whole cents, so sums are exact. The API speaks euros with at most
 * two decimals ({@link #ofEuros}); events store the cents.
 */
public record Amount(long cents) {

    public static final Amount ZERO = new Amount(0);

    public Amount {
        if (cents < 0) {
            throw new IllegalArgumentException("an amount is not negative: " + cents);
        }
    }

    /**
     * @return the amount, or {@code null} when it is not a positive number of euros with at most two
     *         decimals (the caller reports that as invalid input)
     */
    public static Amount ofEuros(BigDecimal euros) {
        if (euros == null || euros.signum() <= 0 || euros.stripTrailingZeros().scale() > 2) {
            return null;
        }
        try {
            return new Amount(euros.movePointRight(2).longValueExact());
        } catch (ArithmeticException tooLarge) {
            return null;
        }
    }

    public BigDecimal euros() {
        return BigDecimal.valueOf(cents, 2).setScale(2, RoundingMode.UNNECESSARY);
    }

    public Amount plus(Amount other) {
        return new Amount(Math.addExact(cents, other.cents));
    }

    public boolean exceeds(Amount other) {
        return cents > other.cents;
    }
}
