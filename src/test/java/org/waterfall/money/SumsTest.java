package org.waterfall.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Sums}: each sum is the one {@code BigDecimal.add} gives, value and scale. */
class SumsTest {

    @Test
    void aTotalIsTheChainOfAdditionsFromZeroOverRandomArrays() {
        Random rnd = new Random(265);
        for (int i = 0; i < 200_000; i++) {
            BigDecimal[] values = new BigDecimal[rnd.nextInt(25)];
            for (int k = 0; k < values.length; k++) {
                values[k] = value(rnd);
            }
            BigDecimal expected = BigDecimal.ZERO;
            for (BigDecimal v : values) {
                expected = expected.add(v);
            }
            assertEquals(expected, Sums.total(values, null), () -> java.util.Arrays.toString(values));
            int[] some = rnd.ints(rnd.nextInt(values.length + 1), 0, Math.max(values.length, 1)).toArray();
            if (values.length == 0) {
                some = new int[0];
            }
            BigDecimal expectedSome = BigDecimal.ZERO;
            for (int k : some) {
                expectedSome = expectedSome.add(values[k]);
            }
            int[] named = some;
            assertEquals(expectedSome, Sums.total(values, named), () -> java.util.Arrays.toString(values) + " at " + java.util.Arrays.toString(named));
        }
    }

    @Test
    void aTotalWithOneNonzeroAmountIsThatAmountAndNoNewValue() {
        BigDecimal only = new BigDecimal("1234.56");
        BigDecimal[] values = {new BigDecimal("0.00"), only, BigDecimal.ZERO};
        assertSame(only, Sums.total(values, null));
        assertEquals(new BigDecimal("0.00"), Sums.total(new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("0.00")}, null));
        assertEquals(BigDecimal.ZERO, Sums.total(new BigDecimal[0], null));
    }

    @Test
    void plusAndMinusAreBigDecimalsOwn() {
        Random rnd = new Random(24);
        for (int i = 0; i < 200_000; i++) {
            BigDecimal a = value(rnd);
            BigDecimal b = value(rnd);
            assertEquals(a.add(b), Sums.plus(a, b));
            assertEquals(a.subtract(b), Sums.minus(a, b));
        }
    }

    @Test
    void aDifferenceOfFourIsTheChainOfSubtractions() {
        Random rnd = new Random(2026);
        for (int i = 0; i < 300_000; i++) {
            BigDecimal a = value(rnd);
            BigDecimal b = value(rnd);
            BigDecimal c = value(rnd);
            BigDecimal d = value(rnd);
            BigDecimal chained = Sums.minus(Sums.minus(Sums.minus(a, b), c), d);
            BigDecimal once = Sums.minus(a, b, c, d);
            assertEquals(chained, once, () -> a + " - " + b + " - " + c + " - " + d);
            assertEquals(0, a.subtract(b).subtract(c).subtract(d).compareTo(once));
            assertEquals(Sums.minus(Sums.minus(a, b), c), Sums.minus(a, b, c));
        }
        // a class's balance less three amounts of which none was paid is the balance itself
        BigDecimal balance = new BigDecimal("1000000.00");
        BigDecimal none = new BigDecimal("0.00");
        assertSame(balance, Sums.minus(balance, none, BigDecimal.ZERO, none));
        assertEquals(new BigDecimal("1000000.0000"), Sums.minus(balance, none, new BigDecimal("0.0000"), none));
        // past a long: BigDecimal's own subtractions
        BigDecimal low = BigDecimal.valueOf(Long.MIN_VALUE + 5, 2);
        assertEquals(low.subtract(BigDecimal.TEN), Sums.minus(low, BigDecimal.ONE, BigDecimal.TEN.subtract(BigDecimal.ONE), BigDecimal.ZERO));
    }

    private static BigDecimal value(Random rnd) {
        switch (rnd.nextInt(6)) {
            case 0:
                return BigDecimal.ZERO.setScale(rnd.nextInt(12));
            case 1:
                // past a long's range, or near it
                return new BigDecimal(new BigInteger(60 + rnd.nextInt(10), rnd), rnd.nextInt(4));
            case 2:
                return BigDecimal.valueOf(rnd.nextLong() >> rnd.nextInt(8), rnd.nextInt(14) - 2);
            default:
                // cents, as most of a date's amounts are
                return BigDecimal.valueOf(rnd.nextLong() % 10_000_000_000_000L, 2);
        }
    }
}
