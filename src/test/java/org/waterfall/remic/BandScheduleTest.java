package org.waterfall.remic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.waterfall.projection.Speed;
import org.waterfall.rules.PlannedBalances;
import org.waterfall.rules.PrincipalRule;

/**
 * A PAC schedule computed from a PSA band keeps the PAC's payments, and so its life, the same at every speed inside
 * the band: a property of any collateral and band, not only of the published schedules.
 */
class BandScheduleTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 3, 25);

    /** A group of one line, a PAC sized to the band's schedule, and a support class taking the rest. */
    private static RemicDeal pacAndSupport(int remainingTerm, int age, double lowPsa, double highPsa, int pacPercent) {
        return pacAndSupport(remainingTerm, age, lowPsa, highPsa, pacPercent, false);
    }

    /**
     * @param ofStructurable the PAC is {@code pacPercent} of what the band can support (the sum of the smaller of the two
     *     ends' principal), not of the collateral
     */
    private static RemicDeal pacAndSupport(int remainingTerm, int age, double lowPsa, double highPsa, int pacPercent,
            boolean ofStructurable) {
        BigDecimal balance = new BigDecimal("100000000.00");
        LoanLine line = new LoanLine("1", balance, new BigDecimal("6.5"), new BigDecimal("6.0"), 360, remainingTerm, age);
        CollateralGroup group = new CollateralGroup("1", List.of(line), List.of());
        BigDecimal base = ofStructurable ? structurable(group, lowPsa, highPsa) : balance;
        BigDecimal pac = org.waterfall.money.Rounding.CENTS_HALF_UP.apply(base.multiply(BigDecimal.valueOf(pacPercent)).movePointLeft(2));
        PlannedBalances schedule = BandSchedule.compute("pac", group, FIRST, pac, lowPsa, highPsa, 1);
        List<RemicClass> classes = List.of(
                new RemicClass("P", "1", pac, new InterestRule.Fixed(new BigDecimal("6.0")), null, false, true),
                new RemicClass("S", "1", balance.subtract(pac), new InterestRule.Fixed(new BigDecimal("6.0")), null, false, true));
        PrincipalRule rules = new PrincipalRule.Sequential(List.of(
                new PrincipalRule.ToTarget(schedule, List.of(0), new PrincipalRule.Pay(0)), new PrincipalRule.Pay(1), new PrincipalRule.Pay(0)));
        return new RemicDeal("band", "band", FIRST.minusMonths(1).withDayOfMonth(28), FIRST, 25, List.of(group), classes,
                List.of(new GroupWaterfall("1", List.of(), rules)), List.of());
    }

    /** The most a PAC can be and still be paid its schedule at both ends: the sum of the smaller principal each date. */
    private static BigDecimal structurable(CollateralGroup group, double low, double high) {
        List<BigDecimal> a = BandSchedule.principal(group, Speed.of(Speed.Kind.PSA, low));
        List<BigDecimal> b = BandSchedule.principal(group, Speed.of(Speed.Kind.PSA, high));
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
            sum = sum.add(a.get(k).min(b.get(k)));
        }
        return sum;
    }

    private static List<BigDecimal> pacPrincipal(RemicDeal deal, double psa) {
        return RemicProjector.run(deal, Speed.of(Speed.Kind.PSA, psa), IndexRate.ZERO).flows("P").principal();
    }

    /** Any PAC no larger than its band can support; sized beyond it, the support runs out inside the band. */
    @Property(tries = 25)
    void aPacIsPaidTheSameCashAtEverySpeedInsideItsBand(@ForAll @IntRange(min = 240, max = 360) int remainingTerm,
            @ForAll @IntRange(min = 0, max = 40) int age, @ForAll @DoubleRange(min = 50, max = 150) double low,
            @ForAll @DoubleRange(min = 60, max = 300) double width, @ForAll @IntRange(min = 20, max = 100) int pacPercent,
            @ForAll @DoubleRange(min = 0.02, max = 0.98) double where) {
        double high = low + width;
        RemicDeal deal = pacAndSupport(remainingTerm, Math.min(age, 360 - remainingTerm), low, high, pacPercent, true);
        double inside = low + where * width;
        List<BigDecimal> atLow = pacPrincipal(deal, low);
        assertEquals(atLow, pacPrincipal(deal, inside), "at " + inside + "% PSA inside " + low + "-" + high);
        assertEquals(atLow, pacPrincipal(deal, high), "at the band's high end " + high);
    }

    @Example
    void outsideTheBandThePacsLifeMoves() {
        RemicDeal deal = pacAndSupport(348, 10, 100, 250, 60);
        RemicRun atBand = RemicProjector.run(deal, Speed.of(Speed.Kind.PSA, 100), IndexRate.ZERO);
        RemicRun fast = RemicProjector.run(deal, Speed.of(Speed.Kind.PSA, 600), IndexRate.ZERO);
        RemicRun slow = RemicProjector.run(deal, Speed.of(Speed.Kind.PSA, 0), IndexRate.ZERO);
        double life = atBand.wal(atBand.flows("P"));
        assertTrue(fast.wal(fast.flows("P")) < life - 0.1, "faster than the band shortens the PAC");
        assertTrue(slow.wal(slow.flows("P")) > life + 0.1, "slower than the band extends it");
    }

    @Example
    void theScheduleStartsAtThePacsBalanceAndPaysTheSmallerOfTheTwoEndsPrincipal() {
        LoanLine line = new LoanLine("1", new BigDecimal("1000000.00"), new BigDecimal("6.5"), new BigDecimal("6.0"), 360, 360, 0);
        CollateralGroup group = new CollateralGroup("1", List.of(line), List.of());
        PlannedBalances s = BandSchedule.compute("pac", group, FIRST, new BigDecimal("600000.00"), 100, 300, 1);
        List<BigDecimal> low = BandSchedule.principal(group, Speed.of(Speed.Kind.PSA, 100));
        List<BigDecimal> high = BandSchedule.principal(group, Speed.of(Speed.Kind.PSA, 300));
        assertEquals(new BigDecimal("600000.00"), s.target(java.time.YearMonth.of(2025, 2)));
        assertEquals(new BigDecimal("600000.00").subtract(low.get(0).min(high.get(0))), s.target(java.time.YearMonth.of(2025, 3)));
        // early on the slow end pays less (the ramp), late the fast end does (its balance is gone)
        assertEquals(low.get(0), low.get(0).min(high.get(0)));
        assertEquals(high.get(300), low.get(300).min(high.get(300)));
    }

    /**
     * FNR 2006-018's published Aggregate Group I schedule is the 100-250% PSA band of the group's two lines with no
     * planned principal for the first 12 periods: computed here from the lines, it matches every published balance
     * (March 2006 to March 2035) within 9 cents, the model rounding each line's principal to the cent every month.
     */
    @Example
    void thePublishedAggregateGroupOneScheduleIsTheHundredToTwoFiftyBandAfterATwelveMonthLockout() {
        RemicDeal deal = org.waterfall.deal.yaml.RemicYamlReader.read(java.nio.file.Path.of("deals/fnr-2006-018/deal.yaml"));
        PrincipalRule.ToTarget pacs = (PrincipalRule.ToTarget) ((PrincipalRule.Sequential) deal.waterfalls().get(0).principal()).steps().get(0);
        PlannedBalances computed = BandSchedule.compute("band", deal.groups().get(0), deal.firstDistribution(),
                new BigDecimal("88410000"), 100, 250, 13);
        BigDecimal worst = BigDecimal.ZERO;
        for (java.time.YearMonth m = java.time.YearMonth.of(2006, 3); !m.isAfter(java.time.YearMonth.of(2035, 3)); m = m.plusMonths(1)) {
            worst = worst.max(computed.target(m).subtract(pacs.schedule().target(m)).abs());
        }
        assertEquals(new BigDecimal("0.09"), worst);
    }
}
