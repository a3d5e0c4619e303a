package org.waterfall.money;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ProRataTest {

    private static BigDecimal[] amounts(String... v) {
        BigDecimal[] b = new BigDecimal[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = new BigDecimal(v[i]);
        }
        return b;
    }

    @Test
    void largestAbsorbsTheRoundingCentTheFirstOnATie() {
        BigDecimal[] shares = ProRata.allocate(new BigDecimal("100.00"), amounts("1", "1", "1"), Rounding.CENTS_HALF_UP,
                RemainderRule.LARGEST_ABSORBS);
        assertArrayEquals(amounts("33.34", "33.33", "33.33"), shares);
    }

    @Test
    void lastAbsorbsTheRoundingCent() {
        BigDecimal[] shares = ProRata.allocate(new BigDecimal("100.00"), amounts("1", "1", "1"), Rounding.CENTS_HALF_UP,
                RemainderRule.LAST_ABSORBS);
        assertArrayEquals(amounts("33.33", "33.33", "33.34"), shares);
    }

    @Test
    void noneLeavesTheSharesShortOfTheTotal() {
        BigDecimal[] shares = ProRata.allocate(new BigDecimal("100.00"), amounts("1", "1", "1"), Rounding.CENTS_HALF_UP,
                RemainderRule.NONE);
        assertEquals(new BigDecimal("99.99"), shares[0].add(shares[1]).add(shares[2]));
    }

    @Test
    void aNegativeRemainderNeverLeavesAShareBelowZero() {
        // 0.05 over 3:1:1:1:1:1:1 rounds to 0.02 + 6 x 0.01 = 0.08: three cents too many, taken from the largest shares
        BigDecimal[] shares = ProRata.allocate(new BigDecimal("0.05"), amounts("0.03", "0.01", "0.01", "0.01", "0.01", "0.01", "0.01"),
                Rounding.CENTS_HALF_UP, RemainderRule.LARGEST_ABSORBS);
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal share : shares) {
            assertTrue(share.signum() >= 0, "negative share " + share);
            sum = sum.add(share);
        }
        assertEquals(new BigDecimal("0.05"), sum);
    }

    @Test
    void halfCentRoundsUp() {
        // 0.01 split 1:1 -> 0.005 each -> 0.01 and 0.01 under NONE
        BigDecimal[] shares = ProRata.allocate(new BigDecimal("0.01"), amounts("1", "1"), Rounding.CENTS_HALF_UP, RemainderRule.NONE);
        assertArrayEquals(amounts("0.01", "0.01"), shares);
    }

    @Test
    void zeroWeightsGetNothingAndAllZeroWeightsGiveZeros() {
        assertArrayEquals(amounts("0.00", "10.00"),
                ProRata.allocate(new BigDecimal("10.00"), amounts("0", "5"), Rounding.CENTS_HALF_UP, RemainderRule.LARGEST_ABSORBS));
        assertArrayEquals(amounts("0.00", "0.00"),
                ProRata.allocate(new BigDecimal("10.00"), amounts("0", "0"), Rounding.CENTS_HALF_UP, RemainderRule.LARGEST_ABSORBS));
    }

    @Test
    void negativeWeightIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ProRata.allocate(BigDecimal.TEN, amounts("1", "-1"),
                Rounding.CENTS_HALF_UP, RemainderRule.NONE));
    }

    @Test
    void divideRoundsTheExactQuotientOnceAndGivesZeroForAZeroDenominator() {
        assertEquals(new BigDecimal("0.666667"), Rounding.FACTOR_6_HALF_UP.divide(new BigDecimal("2"), new BigDecimal("3")));
        assertEquals(new BigDecimal("0.00"), Rounding.CENTS_HALF_UP.divide(BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Property(tries = 500)
    void absorbingRulesSplitExactlyAndStayWithinACentOfTheExactShare(
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long totalCents,
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 1_000_000) Integer> weights) {
        BigDecimal total = BigDecimal.valueOf(totalCents, 2);
        BigDecimal[] w = weights.stream().map(BigDecimal::valueOf).toArray(BigDecimal[]::new);
        BigDecimal sum = weights.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (RemainderRule rule : List.of(RemainderRule.LARGEST_ABSORBS, RemainderRule.LAST_ABSORBS)) {
            BigDecimal[] shares = ProRata.allocate(total, w, Rounding.CENTS_HALF_UP, rule);
            BigDecimal allocated = BigDecimal.ZERO;
            for (int i = 0; i < shares.length; i++) {
                allocated = allocated.add(shares[i]);
                if (sum.signum() > 0) {
                    BigDecimal exact = total.multiply(w[i]).divide(sum, Rounding.INTERMEDIATE);
                    BigDecimal bound = new BigDecimal("0.01").multiply(BigDecimal.valueOf(shares.length));
                    assertTrue(shares[i].subtract(exact).abs().compareTo(bound) <= 0, "share " + i + " strays from " + exact);
                }
            }
            if (sum.signum() > 0) {
                assertEquals(0, total.compareTo(allocated), rule + " shares sum " + allocated + " not " + total);
            }
        }
    }

    @Test
    void exactSharesAreTheUnroundedSharesToTheWorkingScale() {
        BigDecimal[] exact = new BigDecimal[3];
        ProRata.exactShares(new BigDecimal("100.00"), amounts("1", "2", "0"), exact);
        assertArrayEquals(amounts("33.3333333333", "66.6666666667", "0"), exact);
        ProRata.exactShares(new BigDecimal("0.00"), amounts("1", "0"), exact = new BigDecimal[2]);
        assertArrayEquals(amounts("0E-10", "0"), exact);
        ProRata.exactShares(new BigDecimal("5.00"), amounts("0", "0"), exact);
        assertArrayEquals(amounts("0", "0"), exact);
    }

    @Property(tries = 500)
    void exactSharesAreWithinHalfAWorkingUnitOfTheQuotientAndRoundToTheAllocatedShares(
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long totalCents,
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 100_000_000_000L) Long> weightCents) {
        BigDecimal total = BigDecimal.valueOf(totalCents, 2);
        BigDecimal[] w = weightCents.stream().map(c -> BigDecimal.valueOf(c, 2)).toArray(BigDecimal[]::new);
        BigDecimal sum = java.util.Arrays.stream(w).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal[] exact = new BigDecimal[w.length];
        ProRata.exactShares(total, w, exact);
        BigDecimal[] rounded = ProRata.allocate(total, w, Rounding.CENTS_HALF_UP, RemainderRule.NONE);
        BigDecimal halfUnit = new BigDecimal("0.5E-10");
        for (int i = 0; i < w.length; i++) {
            if (sum.signum() == 0 || w[i].signum() == 0) {
                assertEquals(BigDecimal.ZERO, exact[i]);
                continue;
            }
            assertEquals(Rounding.WORKING_SCALE, exact[i].scale());
            BigDecimal quotient = total.multiply(w[i]).divide(sum, java.math.MathContext.DECIMAL128);
            assertTrue(exact[i].subtract(quotient).abs().compareTo(halfUnit) <= 0, "share " + i + " " + exact[i] + " vs " + quotient);
            // a share rounded to the cent from its working-scale value is the allocated share unless the working
            // value sits exactly on the half cent (where the exact quotient decides)
            BigDecimal fromExact = Rounding.CENTS_HALF_UP.apply(exact[i]);
            if (exact[i].movePointRight(2).remainder(BigDecimal.ONE).abs().compareTo(new BigDecimal("0.5")) != 0) {
                assertEquals(rounded[i], fromExact, "share " + i);
            }
        }
    }
}
