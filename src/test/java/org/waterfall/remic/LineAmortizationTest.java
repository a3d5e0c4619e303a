package org.waterfall.remic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.waterfall.projection.Speed;

class LineAmortizationTest {

    private static LoanLine line(String balance, String rate, int remaining, int age) {
        return new LoanLine("1", new BigDecimal(balance), new BigDecimal(rate), new BigDecimal("5.5"), 360, remaining, age);
    }

    @Test
    void aLevelPayLoansFirstScheduledPrincipalIsThePaymentLessInterest() {
        // 100,000 at 6% over 360 months: payment 599.55, interest 500.00, principal 99.55
        assertEquals(new BigDecimal("99.55"), LineAmortization.scheduledPrincipal(new BigDecimal("100000.00"), new BigDecimal("6"), 360));
        assertEquals(new BigDecimal("1234.56"), LineAmortization.scheduledPrincipal(new BigDecimal("1234.56"), new BigDecimal("6"), 1),
                "the last payment takes the balance");
    }

    @Test
    void withoutPrepaymentsALineIsPaidOffInItsRemainingTerm() {
        LoanLine l = line("250000.00", "7.454", 24, 336);
        LineAmortization.State s = LineAmortization.start(l);
        BigDecimal paid = BigDecimal.ZERO;
        for (int m = 1; m <= 24; m++) {
            LineAmortization.Month month = LineAmortization.month(l, s, Speed.of(Speed.Kind.PSA, 0), m);
            paid = paid.add(month.principal());
            s = month.after();
        }
        assertEquals(new BigDecimal("250000.00"), paid);
        assertEquals(0, s.balance().signum());
    }

    @Test
    void psaRunsOnTheLinesAgeAndPrepaysTheBalanceAfterScheduledPrincipal() {
        // age 20: in the first period the loan is at month 21 of the ramp, 100% PSA = 4.2% CPR
        LoanLine l = line("1000000.00", "6.905", 334, 20);
        LineAmortization.Month m = LineAmortization.month(l, LineAmortization.start(l), Speed.of(Speed.Kind.PSA, 100), 1);
        double smm = 1 - Math.pow(1 - 0.042, 1.0 / 12);
        BigDecimal expected = new BigDecimal("1000000.00").subtract(m.scheduled()).multiply(BigDecimal.valueOf(smm))
                .setScale(2, java.math.RoundingMode.HALF_UP);
        assertEquals(expected, m.prepaid());
        assertEquals(0, new BigDecimal("4583.333333333333333333333333333333").compareTo(m.interest()), "5.5% pass-through, unrounded");
    }

    @Test
    void defaultsComeOffTheBalanceFirstAndArePassedThroughAtPar() {
        LoanLine l = line("1000000.00", "6.905", 334, 20);
        LineAmortization.Month m = LineAmortization.month(l, LineAmortization.start(l), Speed.of(Speed.Kind.PSA, 0),
                Speed.of(Speed.Kind.CDR, 12), 1);
        double mdr = 1 - Math.pow(1 - 0.12, 1.0 / 12);
        BigDecimal defaulted = new BigDecimal("1000000.00").multiply(BigDecimal.valueOf(mdr)).setScale(2, java.math.RoundingMode.HALF_UP);
        assertEquals(defaulted, m.defaulted());
        assertEquals(LineAmortization.scheduledPrincipal(new BigDecimal("1000000.00").subtract(defaulted), new BigDecimal("6.905"), 334),
                m.scheduled(), "scheduled principal on the loans that did not default");
        assertEquals(m.scheduled().add(defaulted), m.principal());
    }
}
