package org.waterfall.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waterfall.money.RemainderRule;
import org.waterfall.money.Rounding;
import org.waterfall.rules.PrincipalRule;

/** A deal built in code is checked like one read from a file: its composition must pay each group's seniors, and only them. */
class WaterfallTest {

    private static final List<LoanGroup> GROUPS = List.of(new LoanGroup("1", new BigDecimal("0.25"), BigDecimal.ZERO, BigDecimal.ZERO, 360),
            new LoanGroup("2", new BigDecimal("0.25"), BigDecimal.ZERO, BigDecimal.ZERO, 360));
    // 0 R (residual, group 1), 1 A1, 2 A2 (group 1), 3 Q (group 2), 4 B1, 5 B2
    private static final List<CertificateClass> CLASSES = List.of(
            cls("R", "1", ClassRole.RESIDUAL, "100"), cls("A1", "1", ClassRole.SENIOR, "500000"), cls("A2", "1", ClassRole.SENIOR, "300000"),
            cls("Q", "2", ClassRole.SENIOR, "400000"), cls("B1", null, ClassRole.SUBORDINATE, "60000"),
            cls("B2", null, ClassRole.SUBORDINATE, "40000"));

    private static CertificateClass cls(String name, String group, ClassRole role, String original) {
        Coupon coupon = group == null ? new Coupon.SubordinateNetWac(BigDecimal.ZERO) : new Coupon.GroupNetWac(group);
        return new CertificateClass(name, null, group, role, new BigDecimal(original), List.of(), true, coupon);
    }

    private static Deal deal(Waterfall w) {
        ShiftingInterest shifting = new ShiftingInterest(List.of(new ShiftingInterest.ShiftStep(84, BigDecimal.valueOf(100))), false, null,
                null, List.of(), false, ShiftingInterest.CrossCollateralization.NONE, List.of());
        TrusteeConventions conv = new TrusteeConventions(Rounding.CENTS_HALF_UP, Rounding.CENTS_HALF_UP, RemainderRule.LARGEST_ABSORBS,
                RemainderRule.LARGEST_ABSORBS, RemainderRule.LARGEST_ABSORBS, Rounding.FACTOR_6_HALF_UP, Rounding.RATE_PERCENT_6_HALF_UP, null,
                TrusteeConventions.DerivedFigureBasis.ROUNDED_AMOUNTS, false);
        LossRules losses = new LossRules(List.of("B2", "B1"), LossRules.ShortfallAllocation.PRO_RATA_ACCRUED_INTEREST,
                LossRules.UnpaidInterest.CARRY_FORWARD, null, false);
        return new Deal("w", "w", null, new DealCalendar(java.time.LocalDate.of(2020, 1, 25), 25), GROUPS, CLASSES, shifting, losses, conv, w);
    }

    private static Waterfall with(PrincipalRule group1, PrincipalRule group2, List<Integer> subordinates) {
        return new Waterfall(Arrays.asList(WaterfallStep.values()), Map.of("1", group1, "2", group2), subordinates);
    }

    private static String violations(Waterfall w) {
        return assertThrows(DealValidationException.class, () -> deal(w)).getMessage();
    }

    @Test
    void theStandardCompositionPaysResidualsInTurnThenTheOtherSeniorsProRataAndListsTheSubordinatesInDealOrder() {
        Waterfall w = Waterfall.standard(GROUPS, CLASSES);
        assertEquals(new PrincipalRule.Sequential(List.of(new PrincipalRule.Pay(0), new PrincipalRule.ProRata(List.of(1, 2)))),
                w.seniorPrincipal().get("1"));
        assertEquals(new PrincipalRule.ProRata(List.of(3)), w.seniorPrincipal().get("2"));
        assertEquals(List.of(4, 5), w.subordinates());
        assertEquals(w, deal(null).waterfall());
    }

    @Test
    void aRulePayingAnotherGroupsSeniorOrASubordinateIsRefused() {
        PrincipalRule group1 = new PrincipalRule.Sequential(List.of(new PrincipalRule.Pay(0), new PrincipalRule.ProRata(List.of(1, 2))));
        String m = violations(with(new PrincipalRule.Sequential(List.of(group1, new PrincipalRule.Pay(3))), new PrincipalRule.Pay(3), List.of(4, 5)));
        assertTrue(m.contains("class Q is a senior of group 2, not of group 1"), m);
        m = violations(with(group1, new PrincipalRule.ProRata(List.of(3, 4)), List.of(4, 5)));
        assertTrue(m.contains("class B1 is a subordinate class"), m);
    }

    @Test
    void aSeniorLeftOutOrOnlyLockedOutIsRefused() {
        String m = violations(with(new PrincipalRule.Sequential(List.of(new PrincipalRule.Pay(0), new PrincipalRule.Pay(1))),
                new PrincipalRule.Pay(3), List.of(4, 5)));
        assertTrue(m.contains("senior class A2 is not always paid by the rule of group 1"), m);
        m = violations(with(new PrincipalRule.Sequential(List.of(new PrincipalRule.Pay(0), new PrincipalRule.Pay(1),
                new PrincipalRule.Lockout(13, new PrincipalRule.Pay(2)))), new PrincipalRule.Pay(3), List.of(4, 5)));
        assertTrue(m.contains("senior class A2 is not always paid by the rule of group 1"), m);
    }

    @Test
    void stepsOutOfOrderAndSubordinatesMissingAreRefused() {
        Waterfall standard = Waterfall.standard(GROUPS, CLASSES);
        List<WaterfallStep> swapped = new java.util.ArrayList<>(Arrays.asList(WaterfallStep.values()));
        java.util.Collections.swap(swapped, 9, 10);
        String m = violations(new Waterfall(swapped, standard.seniorPrincipal(), standard.subordinates()));
        assertTrue(m.contains("waterfall.steps"), m);
        m = violations(new Waterfall(standard.steps(), standard.seniorPrincipal(), List.of(4)));
        assertTrue(m.contains("must list every subordinate principal class once: B1, B2"), m);
    }
}
