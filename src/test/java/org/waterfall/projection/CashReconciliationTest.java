package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waterfall.projection.CashReconciliation.Row;

class CashReconciliationTest {

    private static final ScenarioResult PASS_THROUGH = new Projector(ProjectionFixtures.passThroughDeal(),
            ProjectionFixtures.passThroughStart(new BigDecimal("1000000.00"), new BigDecimal("6.00"), 24), ProjectionOptions.defaults())
            .run(ProjectionFixtures.cpr(10));

    @Test
    void aRowAddsUpTheGroupsAndTheClassesOfItsDate() {
        Row first = CashReconciliation.rows(PASS_THROUGH).get(0);
        GroupCashflow g = PASS_THROUGH.groups().get(0).cashflows().get(0);
        ClassCashflow a = PASS_THROUGH.classProjection("A").cashflows().get(0);
        assertEquals(0, first.collateralBegin().compareTo(new BigDecimal("1000000.00")));
        assertEquals(0, first.grossInterest().compareTo(new BigDecimal("5000.00")), "1,000,000 x 6% / 12");
        assertEquals(0, first.fees().compareTo(new BigDecimal("208.33")), "1,000,000 x 0.25% / 12");
        assertEquals(0, first.netInterest().compareTo(new BigDecimal("4791.67")));
        assertEquals(0, first.interestPaid().compareTo(a.interest()));
        assertEquals(0, first.principalCollected().compareTo(g.scheduledPrincipal().add(g.prepayments())));
        assertEquals(0, first.principalPaid().compareTo(a.principal()));
        assertEquals(0, first.carryBefore().signum());
    }

    @Test
    void aPassThroughClassIsPaidEveryCentOfPrincipalCollected() {
        for (Row x : CashReconciliation.rows(PASS_THROUGH)) {
            assertEquals(0, x.unpaidPrincipal().signum(), x.format());
            assertEquals(0, x.certificateReduction().compareTo(x.collateralReduction()), x.format());
            assertEquals(0, x.carryAfter().signum(), x.format());
        }
    }

    /**
     * Month 19 on 223,128.62: the fee is 223,128.62 x 0.25% / 12 = 46.4851 -> 46.49; the net interest is the group's
     * gross interest (as the projection reports it) less that fee, and the excess is what the class is paid beyond it.
     */
    @Test
    void aRowsExcessInterestIsWhatTheClassesArePaidBeyondGrossInterestLessFees() {
        Row x = CashReconciliation.rows(PASS_THROUGH).get(18);
        BigDecimal gross = PASS_THROUGH.groups().get(0).cashflows().get(18).interest();
        BigDecimal paid = PASS_THROUGH.classProjection("A").cashflows().get(18).interest();
        assertEquals(0, x.certificatesBegin().compareTo(new BigDecimal("223128.62")), x.format());
        assertEquals(0, x.grossInterest().compareTo(gross), x.format());
        assertEquals(0, x.fees().compareTo(new BigDecimal("46.49")), x.format());
        assertEquals(0, x.netInterest().compareTo(gross.subtract(new BigDecimal("46.49"))), x.format());
        assertEquals(0, x.interestPaid().compareTo(paid), x.format());
        assertEquals(0, x.excessInterest().compareTo(paid.subtract(gross).add(new BigDecimal("46.49"))), x.format());
    }

    @Test
    void totalsAddEveryDateAndKeepTheFirstAndLastBalances() {
        List<Row> rows = CashReconciliation.rows(PASS_THROUGH);
        Row t = CashReconciliation.totals(rows);
        assertEquals(0, t.principalPaid().compareTo(PASS_THROUGH.classProjection("A").totalPrincipal()));
        assertEquals(0, t.interestPaid().compareTo(PASS_THROUGH.classProjection("A").totalInterest()));
        assertEquals(0, t.grossInterest().compareTo(PASS_THROUGH.groups().get(0).totalInterest()));
        assertEquals(0, t.collateralBegin().compareTo(rows.get(0).collateralBegin()));
        assertEquals(0, t.certificatesEnd().signum());
        assertEquals(rows.size() + 1, CashReconciliation.table(rows).split("\n").length);
        assertTrue(CashReconciliation.table(rows).endsWith(t.format()));
    }

    @Test
    void aRunWithoutCashFlowsIsRefused() {
        ScenarioResult summaries = new Projector(ProjectionFixtures.passThroughDeal(),
                ProjectionFixtures.passThroughStart(new BigDecimal("1000000.00"), new BigDecimal("6.00"), 24),
                ProjectionOptions.defaults().withKeepCashflows(false)).run(ProjectionFixtures.cpr(10));
        assertThrows(IllegalArgumentException.class, () -> CashReconciliation.rows(summaries));
    }
}
