package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waterfall.InputException;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.statement.StatementParser;

class StartStateTest {

    @Test
    void theImpliedTermOfANewThirtyYearLoanIs360() {
        // $100,000 at 6%: payment 599.55, first month's interest 500.00, scheduled principal 99.55
        assertEquals(360, StartState.impliedTerm(new BigDecimal("100000"), new BigDecimal("99.55"), new BigDecimal("6")));
        assertEquals(100, StartState.impliedTerm(new BigDecimal("1000"), new BigDecimal("10"), BigDecimal.ZERO));
        assertEquals(-1, StartState.impliedTerm(new BigDecimal("1000"), BigDecimal.ZERO, new BigDecimal("6")));
    }

    @Test
    void theContractualTermIsTheOriginalLessTheDatesElapsed() {
        StartState s = StartState.fromStatement(ProjectionFixtures.boams(), StatementParser.parse(ProjectionFixtures.BOAMS_STATEMENT),
                TermMethod.CONTRACTUAL);
        for (GroupStart g : s.groups()) {
            assertEquals(346, g.remainingTermMonths());
            assertEquals(14, g.loanAgeMonths());
            assertTrue(g.termBasis().startsWith("contractual: 360-month original term less 14"), g.termBasis());
        }
    }

    @Test
    void aStatementStartSaysWhereItsNumbersComeFrom() {
        StartState s = ProjectionFixtures.boamsStart();
        assertEquals("the statement's printed ending balances (class.<NAME>.endingBalance)", s.classBalanceBasis());
        assertTrue(s.notes().stream().anyMatch(n -> n.contains("exceed the collateral by 1.08")), s.notes().toString());
        assertEquals(BigDecimal.ZERO.compareTo(s.cumulativeLosses()), 0);
    }

    @Test
    void aFirstDatePeriodFileStartsFromTheOriginalBalances() {
        ResolvedDeal deal = ProjectionFixtures.passThroughDeal();
        PeriodCollateral first = new PeriodCollateral(LocalDate.of(2020, 1, 27), List.of(GroupCollateral.simple("1",
                new BigDecimal("1000000.00"), new BigDecimal("1000.00"), new BigDecimal("5000.00"), new BigDecimal("6.5"))),
                BigDecimal.ZERO, BigDecimal.ZERO);
        StartState s = StartState.fromPeriodData(deal, first, "p.yaml", TermMethod.IMPLIED);
        assertEquals(new BigDecimal("994000.00"), s.classBalances().get(0));
        assertEquals(new BigDecimal("994000.00"), s.groups().get(0).balance());
        assertEquals(1, s.asOfDateNumber());
    }

    @Test
    void aLaterPeriodFileIsRefusedBecauseItLacksClassBalances() {
        ResolvedDeal deal = ProjectionFixtures.passThroughDeal();
        PeriodCollateral later = new PeriodCollateral(LocalDate.of(2020, 6, 25), List.of(GroupCollateral.simple("1",
                new BigDecimal("900000.00"), new BigDecimal("1000.00"), BigDecimal.ZERO, new BigDecimal("6.5"))), BigDecimal.ZERO,
                BigDecimal.ZERO);
        InputException e = assertThrows(InputException.class, () -> StartState.fromPeriodData(deal, later, "p.yaml", TermMethod.IMPLIED));
        assertTrue(e.getMessage().startsWith("p.yaml: classBalances: period data for 2020-06-25 (date 6) gives no classBalances"),
                e.getMessage());
    }
}
