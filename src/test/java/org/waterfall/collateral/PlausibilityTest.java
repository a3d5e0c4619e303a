package org.waterfall.collateral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waterfall.deal.LoanGroup;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;

class PlausibilityTest {

    /** One group, fees 0.25% + 0.05%, 360-month loans; first distribution 2020-01-25. */
    private static ResolvedDeal deal() {
        return DealYamlReader.read("one.yaml", """
                id: one
                calendar: { firstDistributionDate: 2020-01-25, paymentDay: 25 }
                groups:
                  - { id: "1", servicingFeeRate: 0.25, trusteeFeeRate: 0.05, originalTermMonths: 360 }
                classes:
                  - { name: A, group: "1", role: senior, original: 1000000, coupon: { groupNetWac: "1" } }
                shiftingInterest:
                  prepaymentShift: [ { throughDate: 84, shift: 100 } ]
                losses: { order: [] }
                """ + org.waterfall.projection.ProjectionFixtures.CONVENTIONS_YAML).resolve();
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** The group's month on distribution date {@code dateNumber} (2020-01 is date 1). */
    private static List<Plausibility.Finding> check(int dateNumber, String beginning, String scheduled, String wac) {
        PeriodCollateral p = new PeriodCollateral(LocalDate.of(2020, 1, 25).plusMonths(dateNumber - 1L),
                List.of(GroupCollateral.simple("1", d(beginning), d(scheduled), BigDecimal.ZERO, d(wac))), BigDecimal.ZERO, BigDecimal.ZERO);
        return Plausibility.check(deal(), p);
    }

    @Test
    void aGrossWacMustClearTheFeesAndStayBelowTwentyPercent() {
        LoanGroup g = deal().group(0);
        assertEquals("gross WAC 0% is not above the group's fees of 0.3%: the net WAC would be negative", Plausibility.grossWac(g, d("0")));
        assertEquals("gross WAC 0.3% is not above the group's fees of 0.3%: the net WAC would be zero", Plausibility.grossWac(g, d("0.30")));
        assertNull(Plausibility.grossWac(g, d("0.31")));
        assertNull(Plausibility.grossWac(g, d("20")));
        assertEquals("gross WAC 20.5% is above 20%, the highest plausible mortgage rate", Plausibility.grossWac(g, d("20.5")));
    }

    @Test
    void aNewThirtyYearPoolIsPlausible() {
        // $100,000 at 6%: payment 599.55, interest 500.00, scheduled principal 99.55: 360 months
        assertEquals(List.of(), check(1, "100000", "99.55", "6"));
    }

    @Test
    void aScheduledPrincipalImplyingMoreMonthsThanTheOriginalTermIsRefused() {
        // at a 0% WAC, 100,000 / 95.06 = 1,052 months: both the WAC and the term are implausible
        List<Plausibility.Finding> f = check(14, "100000", "95.06", "0");
        assertEquals(2, f.size());
        assertEquals(new Plausibility.Finding(0, "grossWac", "gross WAC 0% is not above the group's fees of 0.3%: the net WAC would be "
                + "negative"), f.get(0));
        assertEquals(new Plausibility.Finding(0, "scheduledPrincipal", "scheduled principal 95.06 on a beginning balance of 100,000.00 at "
                + "0% gross WAC amortizes the group over 1052 months, more than its 360-month original term"), f.get(1));
        // one month more than the original term: at 6%, 500 / (1.005^361 - 1) = 98.96 of scheduled principal
        assertEquals(361, GroupCollateral.impliedTermMonths(d("100000"), d("98.96"), d("6")));
        assertEquals("scheduledPrincipal", check(1, "100000", "98.96", "6").get(0).key());
    }

    @Test
    void aScheduledPrincipalThatRetiresTheGroupInMonthsIsRefused() {
        // 100,000 at 6% in 10 payments: payment 10,277.20, interest 500.00, scheduled principal 9,777.20
        List<Plausibility.Finding> f = check(14, "100000", "9777.20", "6");
        assertEquals(List.of(new Plausibility.Finding(0, "scheduledPrincipal", "scheduled principal 9,777.20 on a beginning balance of "
                + "100,000.00 at 6% gross WAC amortizes the group over 10 months, less than 1/4 of the 347 months its 360-month loans "
                + "have left after 13 distribution dates")), f);
        // the bound is a quarter of 347 months, 86.75: 87 months passes, 86 does not
        // (at 6%, scheduled principal on 100,000 is 500 / (1.005^n - 1): 920.30 for 87 months, 933.40 for 86)
        assertEquals(87, GroupCollateral.impliedTermMonths(d("100000"), d("920.30"), d("6")));
        assertEquals(List.of(), check(14, "100000", "920.30", "6"));
        assertEquals(86, GroupCollateral.impliedTermMonths(d("100000"), d("933.40"), d("6")));
        assertEquals("scheduledPrincipal", check(14, "100000", "933.40", "6").get(0).key());
    }

    @Test
    void lateInTheTermAShortImpliedTermIsPlausible() {
        // date 341: 20 months left on the contract; 10 months implied is more than a quarter of it
        assertEquals(List.of(), check(341, "100000", "9777.20", "6"));
    }

    @Test
    void interestOnlyLoansImplyNoTermAndAreNotChecked() {
        assertEquals(List.of(), check(14, "100000", "0", "6"));
    }

    @Test
    void theImpliedTermIsTheLevelPaymentLoansPaymentsLeft() {
        assertEquals(360, GroupCollateral.impliedTermMonths(d("100000"), d("99.55"), d("6")));
        assertEquals(10, GroupCollateral.impliedTermMonths(d("100000"), d("9777.20"), d("6")));
        assertEquals(1052, GroupCollateral.impliedTermMonths(d("100000"), d("95.06"), d("0")));
        assertEquals(-1, GroupCollateral.impliedTermMonths(d("100000"), d("0"), d("6")));
    }
}
