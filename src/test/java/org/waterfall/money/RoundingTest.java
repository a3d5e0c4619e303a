package org.waterfall.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RoundingTest {

    @Test
    void perThousandIsAFactorPerThousandOfTheBase() {
        // A7's principal 12,371.28 over its original 825,000: 14.995490909... per $1,000
        assertEquals(new BigDecimal("14.995491"), Rounding.FACTOR_6_HALF_UP.perThousand(new BigDecimal("12371.28"), new BigDecimal("825000")));
        // a tie at the sixth decimal rounds up
        assertEquals(new BigDecimal("0.000001"), Rounding.FACTOR_6_HALF_UP.perThousand(new BigDecimal("0.0000000005"), BigDecimal.ONE));
        assertEquals(new BigDecimal("0.000000"), Rounding.FACTOR_6_HALF_UP.perThousand(BigDecimal.TEN, BigDecimal.ZERO));
    }

    /** The shortcut (divide three places further, then move the point) is the same number as 1,000 x amount / base. */
    @Property(tries = 2000)
    void perThousandEqualsRoundingTheProductOverTheBase(
            @ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long unscaled,
            @ForAll @IntRange(min = 0, max = 12) int amountScale,
            @ForAll @LongRange(min = 1, max = 2_000_000_000_000L) long baseUnscaled,
            @ForAll @IntRange(min = 0, max = 4) int baseScale,
            @ForAll Rounding rounding) {
        BigDecimal amount = BigDecimal.valueOf(unscaled, amountScale);
        BigDecimal base = BigDecimal.valueOf(baseUnscaled, baseScale);
        BigDecimal reference = rounding.divide(amount.multiply(BigDecimal.valueOf(1000)), base);
        BigDecimal shortcut = rounding.perThousand(amount, base);
        assertEquals(reference, shortcut, amount + " per thousand of " + base);
    }
}
