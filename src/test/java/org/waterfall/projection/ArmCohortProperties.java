package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The reset rules hold for any cohort terms and index path, crossing every cap up and down. */
class ArmCohortProperties {

    private static final int MONTHS = 120;

    @Provide
    Arbitrary<BigDecimal> percent() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(12)).ofScale(3);
    }

    @Provide
    Arbitrary<ArmCohort> cohorts() {
        Arbitrary<List<BigDecimal>> index = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(10)).ofScale(4)
                .list().ofMinSize(1).ofMaxSize(40);
        Arbitrary<Integer> first = Arbitraries.integers().between(1, 60);
        Arbitrary<Integer> every = Arbitraries.integers().between(1, 24);
        Arbitrary<BigDecimal> cap = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(6)).ofScale(2);
        Arbitrary<BigDecimal> floor = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(4)).ofScale(3);
        Arbitrary<BigDecimal> lifeAbove = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(8)).ofScale(3);
        Arbitrary<Boolean> overStart = Arbitraries.of(true, false);
        Arbitrary<ArmRounding> rounding = Arbitraries.of(ArmRounding.class);
        return Combinators.combine(index, first, every, cap, cap, floor, lifeAbove, overStart).flatAs(
                (i, f, e, c1, c2, fl, la, over) -> rounding.map(r -> new ArmCohort(BigDecimal.valueOf(100), null, i, new BigDecimal("2.25"), f,
                        e, c1, c2, over ? ArmCohort.LifetimeCap.overStart(la) : ArmCohort.LifetimeCap.absolute(fl.add(la)), fl, r)));
    }

    @Property(tries = 300)
    void ratesMoveOnlyOnResetsWithinTheirCapAndStayWithinFloorAndLifetime(@ForAll("cohorts") ArmCohort c,
            @ForAll("percent") BigDecimal startWac) {
        BigDecimal[] r = c.rates(startWac, MONTHS);
        BigDecimal highest = c.lifetimeCap().overStartRate() ? startWac.add(c.lifetimeCap().percent()) : c.lifetimeCap().percent();
        BigDecimal previous = startWac;
        for (int k = 1; k <= MONTHS; k++) {
            BigDecimal rate = r[k - 1];
            if (!c.isResetMonth(k)) {
                assertEquals(previous, rate, "month " + k + ": no reset, no change");
            } else {
                BigDecimal cap = k == c.firstResetMonth() ? c.firstResetCap() : c.periodicCap();
                BigDecimal fullyIndexed = c.rounding().apply(c.indexAt(k).add(c.margin()));
                BigDecimal bounded = fullyIndexed.min(previous.add(cap)).max(previous.subtract(cap));
                boolean withinCap = rate.subtract(previous).abs().compareTo(cap) <= 0;
                boolean pushedByFloorOrLifetime = rate.compareTo(c.floor()) == 0 || rate.compareTo(highest) == 0;
                assertTrue(withinCap || pushedByFloorOrLifetime, "month " + k + ": moved " + rate.subtract(previous) + " with cap " + cap);
                assertTrue(rate.compareTo(c.floor()) >= 0 && rate.compareTo(highest.max(c.floor())) <= 0,
                        "month " + k + ": " + rate + " outside [" + c.floor() + ", " + highest + "]");
                if (bounded.compareTo(c.floor()) >= 0 && bounded.compareTo(highest) <= 0) {
                    assertEquals(0, bounded.compareTo(rate), "month " + k + ": the capped fully indexed rate when floor and lifetime allow it");
                }
            }
            previous = rate;
        }
    }

    @Property(tries = 200)
    void aGroupsWacLiesBetweenItsCohortsRates(@ForAll("cohorts") ArmCohort a, @ForAll("cohorts") ArmCohort b,
            @ForAll("percent") BigDecimal startWac) {
        ArmCohort a40 = withShare(a, 40);
        ArmCohort b60 = withShare(b, 60);
        BigDecimal[] w = new RatePath.Cohorts(List.of(a40, b60)).grossWacs(startWac, MONTHS);
        BigDecimal[] ra = a40.rates(startWac, MONTHS);
        BigDecimal[] rb = b60.rates(startWac, MONTHS);
        for (int k = 0; k < MONTHS; k++) {
            assertEquals(0, ra[k].multiply(BigDecimal.valueOf(40)).add(rb[k].multiply(BigDecimal.valueOf(60))).movePointLeft(2).compareTo(w[k]));
            assertTrue(w[k].compareTo(ra[k].min(rb[k])) >= 0 && w[k].compareTo(ra[k].max(rb[k])) <= 0);
        }
    }

    private static ArmCohort withShare(ArmCohort c, int share) {
        return new ArmCohort(BigDecimal.valueOf(share), c.rate(), c.index(), c.margin(), c.firstResetMonth(), c.resetEveryMonths(),
                c.firstResetCap(), c.periodicCap(), c.lifetimeCap(), c.floor(), c.rounding());
    }
}
