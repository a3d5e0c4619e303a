package org.waterfall.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrincipalRuleTest {

    private static final PrincipalRule NAS = new PrincipalRule.Nas(List.of(new PrincipalRule.Nas.Step(1, BigDecimal.ZERO)), List.of(3),
            List.of(1, 2, 3), new PrincipalRule.Pay(3));

    @Test
    void classesPaidListsEveryClassARuleNamesOnceInOrder() {
        PrincipalRule rule = new PrincipalRule.Sequential(List.of(new PrincipalRule.Pay(0), NAS, new PrincipalRule.ProRata(List.of(1, 2)),
                new PrincipalRule.Pay(3)));
        assertEquals(List.of(0, 3, 1, 2), PrincipalRule.classesPaid(rule));
    }

    @Test
    void classesAlwaysPaidLeavesOutWhatALockoutANasShareOrAScheduleHoldsBack() {
        PrincipalRule rule = new PrincipalRule.Sequential(List.of(new PrincipalRule.Pay(0), NAS,
                new PrincipalRule.Lockout(37, new PrincipalRule.Pay(4)), new PrincipalRule.ProRata(List.of(1, 2))));
        assertEquals(List.of(0, 1, 2), PrincipalRule.classesAlwaysPaid(rule));
        assertEquals(List.of(0, 3, 4, 1, 2), PrincipalRule.classesPaid(rule));
    }

    @Test
    void aProRataRuleIsItsClassesInOrder() {
        assertEquals(new PrincipalRule.ProRata(List.of(1, 2)), new PrincipalRule.ProRata(new int[] {1, 2}));
        assertNotEquals(new PrincipalRule.ProRata(List.of(1, 2)), new PrincipalRule.ProRata(List.of(2, 1)));
        int[] classes = {1, 2};
        PrincipalRule.ProRata r = new PrincipalRule.ProRata(classes);
        classes[0] = 7;
        assertEquals(1, r.classes()[0], "the rule keeps its own copy");
        assertThrows(IllegalArgumentException.class, () -> new PrincipalRule.ProRata(new int[0]));
        assertThrows(IllegalArgumentException.class, () -> new PrincipalRule.ProRata(new int[] {-1}));
    }
}
