package org.waterfall.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PrincipalDistributorTest {

    private static BigDecimal[] amounts(String... xs) {
        return Arrays.stream(xs).map(BigDecimal::new).toArray(BigDecimal[]::new);
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] z = new BigDecimal[n];
        Arrays.fill(z, BigDecimal.ZERO);
        return z;
    }

    private static PrincipalRule.Sequential seq(int... classes) {
        return new PrincipalRule.Sequential(Arrays.stream(classes).mapToObj(c -> (PrincipalRule) new PrincipalRule.Pay(c)).toList());
    }

    private static PlannedBalances schedule(String balance) {
        TreeMap<YearMonth, BigDecimal> m = new TreeMap<>();
        m.put(YearMonth.of(2025, 3), new BigDecimal(balance));
        return new PlannedBalances("s", m);
    }

    @Test
    void sequentialPaysEachClassToZeroBeforeTheNextAndReturnsWhatIsLeft() {
        BigDecimal[] bal = amounts("100", "50");
        BigDecimal[] paid = zeros(2);
        BigDecimal left = new PrincipalDistributor(bal, paid, 1, YearMonth.of(2025, 3)).pay(seq(0, 1), new BigDecimal("170"));
        assertArrayEquals(amounts("0", "0"), bal);
        assertArrayEquals(amounts("100", "50"), paid);
        assertEquals(new BigDecimal("20"), left);
    }

    @Test
    void proRataSplitsByBalanceToTheCentTheLargestTakingTheRemainder() {
        BigDecimal[] bal = amounts("200.00", "100.00");
        BigDecimal[] paid = zeros(2);
        new PrincipalDistributor(bal, paid, 1, YearMonth.of(2025, 3)).pay(new PrincipalRule.ProRata(List.of(0, 1)), new BigDecimal("100.00"));
        // 66.666... and 33.333... round to 66.67 and 33.33
        assertArrayEquals(amounts("66.67", "33.33"), paid);
    }

    @Test
    void aSplitSpillsOverToTheOtherSideWhenOneSideIsRetired() {
        BigDecimal[] bal = amounts("1000.00", "10.00");
        BigDecimal[] paid = zeros(2);
        PrincipalRule split = new PrincipalRule.Split(List.of(new PrincipalRule.Share(new BigDecimal("95"), new PrincipalRule.Pay(0)),
                new PrincipalRule.Share(new BigDecimal("5"), new PrincipalRule.Pay(1))));
        BigDecimal left = new PrincipalDistributor(bal, paid, 1, YearMonth.of(2025, 3)).pay(split, new BigDecimal("400.00"));
        // 5% is 20.00 but the class holds 10.00: the other 10.00 goes to the 95% side (380.00 + 10.00)
        assertArrayEquals(amounts("390.00", "10.00"), paid);
        assertEquals(0, left.signum());
    }

    @Test
    void aSplitRoundsEachShareToTheCentAndTheLastShareTakesTheRest() {
        BigDecimal[] bal = amounts("1000.00", "1000.00");
        BigDecimal[] paid = zeros(2);
        PrincipalRule split = new PrincipalRule.Split(List.of(new PrincipalRule.Share(new BigDecimal("50"), new PrincipalRule.Pay(0)),
                new PrincipalRule.Share(new BigDecimal("50"), new PrincipalRule.Pay(1))));
        new PrincipalDistributor(bal, paid, 1, YearMonth.of(2025, 3)).pay(split, new BigDecimal("0.05"));
        assertArrayEquals(amounts("0.03", "0.02"), paid, "0.025 rounds half up to 0.03; the last share takes 0.02");
    }

    @Test
    void toTargetPaysOnlyDownToThePlannedBalanceOfTheAggregate() {
        BigDecimal[] bal = amounts("600", "400", "500");
        BigDecimal[] paid = zeros(3);
        PrincipalRule pac = new PrincipalRule.ToTarget(schedule("900"), List.of(0, 1), seq(0, 1));
        PrincipalRule waterfall = new PrincipalRule.Sequential(List.of(pac, new PrincipalRule.Pay(2)));
        new PrincipalDistributor(bal, paid, 1, YearMonth.of(2025, 3)).pay(waterfall, new BigDecimal("300"));
        assertArrayEquals(amounts("100", "0", "200"), paid, "the aggregate 1,000 goes to its planned 900; the support takes the rest");
    }

    @Test
    void aLockedOutRulePaysNothingBeforeItsFirstPeriod() {
        PrincipalRule locked = new PrincipalRule.Sequential(List.of(new PrincipalRule.Lockout(13, new PrincipalRule.Pay(0)), new PrincipalRule.Pay(1)));
        BigDecimal[] paidEarly = zeros(2);
        new PrincipalDistributor(amounts("100", "100"), paidEarly, 12, YearMonth.of(2025, 3)).pay(locked, new BigDecimal("50"));
        assertArrayEquals(amounts("0", "50"), paidEarly);
        BigDecimal[] paidLater = zeros(2);
        new PrincipalDistributor(amounts("100", "100"), paidLater, 13, YearMonth.of(2025, 3)).pay(locked, new BigDecimal("50"));
        assertArrayEquals(amounts("50", "0"), paidLater);
    }

    @Test
    void aNasClassGetsItsShiftPercentOfItsProRataShareAndTheRestGoesOn() {
        PrincipalRule nas = new PrincipalRule.Nas(List.of(new PrincipalRule.Nas.Step(1, BigDecimal.ZERO),
                new PrincipalRule.Nas.Step(61, new BigDecimal("45"))), List.of(0), List.of(0, 1), new PrincipalRule.Pay(0));
        PrincipalRule waterfall = new PrincipalRule.Sequential(List.of(nas, seq(1, 0)));
        BigDecimal[] locked = zeros(2);
        new PrincipalDistributor(amounts("200.00", "800.00"), locked, 60, YearMonth.of(2030, 2)).pay(waterfall, new BigDecimal("100.00"));
        assertArrayEquals(amounts("0", "100.00"), locked, "0% through period 60");
        BigDecimal[] shifted = zeros(2);
        new PrincipalDistributor(amounts("200.00", "800.00"), shifted, 61, YearMonth.of(2030, 3)).pay(waterfall, new BigDecimal("100.00"));
        // 45% x 200 / 1,000 x 100.00 = 9.00 to the NAS class; 91.00 to the sequential stack
        assertArrayEquals(amounts("9.00", "91.00"), shifted);
    }
}
