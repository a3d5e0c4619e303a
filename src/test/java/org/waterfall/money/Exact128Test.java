package org.waterfall.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Exact128} gives, value and scale, what {@code BigDecimal} gives for the same product or quotient, at every
 * rounding mode: random operands of 1 to 20 digits (past 2^63 the 128-bit route is not taken) at scales from -3 to 20,
 * both signs, exact halves built on purpose, and quotients on both sides of 2^63.
 */
class Exact128Test {

    private static final RoundingMode[] MODES = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
            RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};

    @Test
    void productsRoundedOnceAreBigDecimalsOwnOverRandomOperands() {
        Random rnd = new Random(128);
        for (int i = 0; i < 400_000; i++) {
            BigDecimal a = operand(rnd);
            BigDecimal b = operand(rnd);
            int scale = rnd.nextInt(16) - 2;
            RoundingMode mode = MODES[rnd.nextInt(MODES.length)];
            assertSameProduct(a, b, scale, mode);
        }
    }

    @Test
    void productsDividedAndRoundedOnceAreBigDecimalsOwnOverRandomOperands() {
        Random rnd = new Random(1280);
        for (int i = 0; i < 400_000; i++) {
            BigDecimal a = operand(rnd);
            BigDecimal b = operand(rnd);
            BigDecimal c = operand(rnd);
            if (c.signum() == 0) {
                continue;
            }
            int scale = rnd.nextInt(16) - 2;
            RoundingMode mode = MODES[rnd.nextInt(MODES.length)];
            assertSameQuotient(a, b, c, scale, mode);
        }
    }

    @Test
    void theEngineShapesAgreeAtTheirOwnScales() {
        // pro-rata numerators (cents x cents / cents, to the cent and to 10 decimals), interest (cents x 12-decimal rate
        // / 1200), balances carried at 10 decimals times 18-decimal factors
        Random rnd = new Random(2002);
        for (int i = 0; i < 300_000; i++) {
            BigDecimal total = BigDecimal.valueOf(rnd.nextLong() % 100_000_000_000L, 2);
            BigDecimal weight = BigDecimal.valueOf(Math.abs(rnd.nextLong() % 80_000_000_000L), 2);
            BigDecimal sum = weight.add(BigDecimal.valueOf(Math.abs(rnd.nextLong() % 90_000_000_000L), 2)).add(new BigDecimal("0.01"));
            assertSameQuotient(total, weight, sum, 2, RoundingMode.HALF_UP);
            assertSameQuotient(total, weight, sum, 10, RoundingMode.HALF_EVEN);
            BigDecimal rate = BigDecimal.valueOf(Math.abs(rnd.nextLong() % 10_000_000_000_000L), 12);
            assertSameQuotient(weight, rate, BigDecimal.valueOf(1200), 2, RoundingMode.HALF_UP);
            assertSameQuotient(weight, rate, BigDecimal.valueOf(1200), 10, RoundingMode.HALF_EVEN);
            BigDecimal carried = BigDecimal.valueOf(Math.abs(rnd.nextLong() % 900_000_000_000_000_000L), 10);
            BigDecimal factor = BigDecimal.valueOf(Math.abs(rnd.nextLong() % 1_000_000_000_000_000_000L), 18);
            assertSameProduct(carried, factor, 10, RoundingMode.HALF_EVEN);
            assertSameProduct(carried, factor, 2, RoundingMode.HALF_UP);
            assertSameProduct(total, rate, 2, RoundingMode.HALF_UP);
        }
    }

    @Test
    void quotientsAreBigDecimalsOwnOverRandomOperands() {
        // ratios of amounts to 12 decimals (the senior percentage), and any scale either side
        Random rnd = new Random(12);
        for (int i = 0; i < 300_000; i++) {
            BigDecimal a = operand(rnd);
            BigDecimal c = operand(rnd);
            if (c.signum() == 0) {
                continue;
            }
            int scale = rnd.nextInt(24) - 2;
            RoundingMode mode = MODES[rnd.nextInt(MODES.length)];
            assertEquals(a.divide(c, scale, mode), Exact128.divide(a, c, scale, mode), () -> a + " / " + c + " at " + scale + " " + mode);
            BigDecimal senior = BigDecimal.valueOf(Math.abs(rnd.nextLong() % 50_000_000_000L), 2);
            BigDecimal pool = senior.add(BigDecimal.valueOf(1 + Math.abs(rnd.nextLong() % 9_000_000_000L), 2));
            assertEquals(senior.divide(pool, 12, RoundingMode.HALF_EVEN), Exact128.divide(senior, pool, 12, RoundingMode.HALF_EVEN));
        }
    }

    @Test
    void unscaledProductsDividedAreBigIntegersOwnOrNotALong() {
        // the long form: x * y / d rounded to an integer, both signs, products past 64 bits, quotients past 63 bits
        Random rnd = new Random(64);
        for (int i = 0; i < 300_000; i++) {
            long x = rnd.nextLong() >> rnd.nextInt(63);
            long y = rnd.nextLong() >> rnd.nextInt(63);
            long d = Math.max(1, Math.abs(rnd.nextLong() >> rnd.nextInt(63)));
            if (x == Long.MIN_VALUE || y == Long.MIN_VALUE) {
                continue;
            }
            RoundingMode mode = MODES[rnd.nextInt(MODES.length)];
            BigInteger q = new BigDecimal(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)))
                    .divide(new BigDecimal(BigInteger.valueOf(d)), 0, mode).toBigIntegerExact();
            long expected = q.bitLength() < 64 ? q.longValueExact() : Exact128.NOT_A_LONG;
            assertEquals(expected, Exact128.multiplyDivide(x, y, d, mode), () -> x + " x " + y + " / " + d + " " + mode);
        }
    }

    @Test
    void sumsOfTwoProductsRoundedOnceAreBigDecimalsOwn() {
        Random rnd = new Random(2);
        for (int i = 0; i < 300_000; i++) {
            BigDecimal a1 = operand(rnd);
            BigDecimal b1 = operand(rnd);
            BigDecimal a2 = operand(rnd);
            BigDecimal b2 = operand(rnd);
            if (rnd.nextBoolean()) {
                // the 128-bit route's own ground: non-negative operands
                a1 = a1.abs();
                b1 = b1.abs();
                a2 = a2.abs();
                b2 = b2.abs();
            }
            int scale = rnd.nextInt(24) - 2;
            RoundingMode mode = MODES[rnd.nextInt(MODES.length)];
            assertSameSum(a1, b1, a2, b2, scale, mode);
            // the senior principal's shape: a 12-decimal and a 14-decimal percentage times cents
            BigDecimal sp = BigDecimal.valueOf(Math.abs(rnd.nextLong() % 1_000_000_000_001L), 12);
            BigDecimal spp = BigDecimal.valueOf(Math.abs(rnd.nextLong() % 100_000_000_000_001L), 14);
            BigDecimal scheduled = BigDecimal.valueOf(Math.abs(rnd.nextLong() % 10_000_000_000L), 2);
            BigDecimal prepaid = BigDecimal.valueOf(Math.abs(rnd.nextLong() % 100_000_000_000L), 2);
            assertSameSum(sp, scheduled, spp, prepaid, 2, RoundingMode.HALF_UP);
            assertSameSum(sp, scheduled, spp, prepaid, 10, RoundingMode.HALF_EVEN);
        }
    }

    @Test
    void comparisonsOfTwoProductsAreBigDecimalsOwn() {
        Random rnd = new Random(3);
        for (int i = 0; i < 400_000; i++) {
            BigDecimal a = operand(rnd);
            BigDecimal b = operand(rnd);
            BigDecimal c = operand(rnd);
            BigDecimal d = operand(rnd);
            if (rnd.nextInt(4) != 0) {
                // the 128-bit route's own ground: non-negative operands
                a = a.abs();
                b = b.abs();
                c = c.abs();
                d = d.abs();
            }
            if (rnd.nextInt(8) == 0) {
                // an exact tie at different scales: a x b against (a x 10^k) x (b / 10^k)
                int k = rnd.nextInt(6);
                c = a.movePointRight(k);
                d = b.movePointLeft(k);
            }
            assertSameComparison(a, b, c, d);
        }
        // the shapes of the deal's tests: a percentage of the pool against a closing fraction, losses against a limit
        BigDecimal pool = new BigDecimal("123456789.01");
        BigDecimal seniors = new BigDecimal("117283949.56");
        assertSameComparison(seniors, new BigDecimal("987654321.00"), new BigDecimal("938271604.48"), pool);
        assertSameComparison(new BigDecimal("2500000.00"), BigDecimal.valueOf(100), new BigDecimal("50000000.00"), new BigDecimal("5"));
        assertEquals(0, Exact128.compareProducts(new BigDecimal("2500000.00"), BigDecimal.valueOf(100), new BigDecimal("50000000.00"),
                new BigDecimal("5")));
    }

    @Test
    void sumsOfManyProductsAreBigDecimalsOwn() {
        Random rnd = new Random(4);
        for (int i = 0; i < 100_000; i++) {
            int n = rnd.nextInt(8);
            BigDecimal[] a = new BigDecimal[n + 2];
            BigDecimal[] b = new BigDecimal[n + 2];
            boolean nonNegative = rnd.nextInt(4) != 0;
            for (int k = 0; k < a.length; k++) {
                // amounts at the cent against rates of a few decimals (a subordinate rate's weights, a strip's excess),
                // or any operand
                a[k] = rnd.nextBoolean() ? BigDecimal.valueOf(Math.abs(rnd.nextLong() % 100_000_000_000L), 2) : operand(rnd);
                b[k] = rnd.nextBoolean() ? BigDecimal.valueOf(Math.abs(rnd.nextLong() % 10_000_000L), rnd.nextInt(7)) : operand(rnd);
                if (nonNegative) {
                    a[k] = a[k].abs();
                    b[k] = b[k].abs();
                }
            }
            BigDecimal expected = BigDecimal.ZERO;
            for (int k = 0; k < n; k++) {
                expected = expected.add(a[k].multiply(b[k]));
            }
            int count = n;
            assertEquals(expected, Exact128.sumOfProducts(a, b, n), () -> java.util.Arrays.toString(a) + " . " + java.util.Arrays.toString(b)
                    + " over " + count);
        }
        assertEquals(BigDecimal.ZERO, Exact128.sumOfProducts(new BigDecimal[0], new BigDecimal[0], 0));
    }

    private static void assertSameComparison(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {
        assertEquals(Integer.signum(a.multiply(b).compareTo(c.multiply(d))), Integer.signum(Exact128.compareProducts(a, b, c, d)),
                () -> a + " x " + b + " against " + c + " x " + d);
    }

    @Test
    void exactHalvesRoundByTheirMode() {
        // 0.005 x 1 to the cent, and its negative: the tie itself, where the modes part
        BigDecimal half = new BigDecimal("0.005");
        for (RoundingMode mode : MODES) {
            for (BigDecimal a : new BigDecimal[] {half, half.negate(), new BigDecimal("0.015"), new BigDecimal("-0.025")}) {
                assertSameProduct(a, BigDecimal.ONE, 2, mode);
                assertSameQuotient(a, new BigDecimal("3"), new BigDecimal("3"), 2, mode);
            }
        }
        Random rnd = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            // q d + d / 2 over d, with d even: a tie at every size of divisor
            long d = 2 * (1 + (rnd.nextLong() >>> (2 + rnd.nextInt(60))));
            long q = rnd.nextLong() >>> (1 + rnd.nextInt(63));
            BigInteger n = BigInteger.valueOf(q).multiply(BigInteger.valueOf(d)).add(BigInteger.valueOf(d / 2));
            if (n.bitLength() <= 62) {
                for (RoundingMode mode : MODES) {
                    assertSameQuotient(new BigDecimal(n), BigDecimal.ONE, BigDecimal.valueOf(d), 0, mode);
                    assertSameQuotient(new BigDecimal(n).negate(), BigDecimal.ONE, BigDecimal.valueOf(d), 0, mode);
                }
            }
        }
    }

    @Test
    void quotientsOnBothSidesOf63BitsAgree() {
        Random rnd = new Random(63);
        for (int i = 0; i < 200_000; i++) {
            long x = (rnd.nextLong() >>> 1) % 1_000_000_000_000_000_000L;
            long y = (rnd.nextLong() >>> 1) % 1_000_000_000_000_000_000L;
            long d = 1 + (rnd.nextLong() >>> (1 + rnd.nextInt(62)));
            RoundingMode mode = MODES[rnd.nextInt(MODES.length)];
            assertSameQuotient(BigDecimal.valueOf(x), BigDecimal.valueOf(y), BigDecimal.valueOf(d), 0, mode);
            assertSameProduct(BigDecimal.valueOf(x, 18), BigDecimal.valueOf(y, 18), 18 + rnd.nextInt(18), mode);
        }
    }

    @Test
    void longDivisionOf128BitsIsBigIntegersOwn() {
        Random rnd = new Random(128_64);
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        for (int i = 0; i < 500_000; i++) {
            long d = rnd.nextLong() >>> rnd.nextInt(63);
            if (d == 0) {
                continue;
            }
            long hi = Long.remainderUnsigned(rnd.nextLong(), d);
            long lo = rnd.nextLong();
            BigInteger n = new BigInteger(Long.toUnsignedString(hi)).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(lo)));
            BigInteger[] qr = n.divideAndRemainder(new BigInteger(Long.toUnsignedString(d)));
            long q = Exact128.divide128(hi, lo, d);
            assertEquals(qr[0], new BigInteger(Long.toUnsignedString(q)).mod(two64), () -> hi + ":" + lo + " / " + d);
        }
    }

    @Test
    void aZeroDivisorAndAnUnnecessaryRoundingFailAsBigDecimalFails() {
        BigDecimal a = new BigDecimal("1.25");
        assertThrows(ArithmeticException.class, () -> Exact128.multiplyDivide(a, a, BigDecimal.ZERO, 2, RoundingMode.HALF_UP));
        assertThrows(ArithmeticException.class, () -> Exact128.multiply(a, a, 2, RoundingMode.UNNECESSARY));
        assertEquals(new BigDecimal("1.5625"), Exact128.multiply(a, a, 4, RoundingMode.UNNECESSARY));
    }

    private static BigDecimal operand(Random rnd) {
        if (rnd.nextInt(20) == 0) {
            // 19 and 20 digits around 2^63: some fit in a long, some do not
            BigInteger big = new BigInteger(61 + rnd.nextInt(6), rnd);
            return new BigDecimal(rnd.nextBoolean() ? big : big.negate(), rnd.nextInt(24) - 3);
        }
        int digits = 1 + rnd.nextInt(19);
        long bound = digits >= 19 ? Long.MAX_VALUE : pow10(digits);
        long v = (rnd.nextLong() >>> 1) % bound;
        if (rnd.nextBoolean()) {
            v = -v;
        }
        return BigDecimal.valueOf(v, rnd.nextInt(24) - 3);
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    private static void assertSameProduct(BigDecimal a, BigDecimal b, int scale, RoundingMode mode) {
        BigDecimal expected = a.multiply(b).setScale(scale, mode);
        BigDecimal actual = Exact128.multiply(a, b, scale, mode);
        assertEquals(expected, actual, () -> a + " x " + b + " at " + scale + " " + mode);
    }

    private static void assertSameSum(BigDecimal a1, BigDecimal b1, BigDecimal a2, BigDecimal b2, int scale, RoundingMode mode) {
        BigDecimal expected = a1.multiply(b1).add(a2.multiply(b2)).setScale(scale, mode);
        assertEquals(expected, Exact128.sumOfProducts(a1, b1, a2, b2, scale, mode),
                () -> a1 + " x " + b1 + " + " + a2 + " x " + b2 + " at " + scale + " " + mode);
    }

    private static void assertSameQuotient(BigDecimal a, BigDecimal b, BigDecimal c, int scale, RoundingMode mode) {
        BigDecimal expected = a.multiply(b).divide(c, scale, mode);
        BigDecimal actual = Exact128.multiplyDivide(a, b, c, scale, mode);
        assertEquals(expected, actual, () -> a + " x " + b + " / " + c + " at " + scale + " " + mode);
    }
}
