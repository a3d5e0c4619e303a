package org.waterfall.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RunningTotalTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void centsAddUpToTheSumAtScaleTwo() {
        RunningTotal t = new RunningTotal();
        t.add(d("100.25"));
        t.add(d("0.75"));
        t.add(d("-1.00"));
        assertEquals(d("100.00"), t.value());
    }

    @Test
    void theScaleIsTheLargestOfEveryAmountAddedZerosIncluded() {
        RunningTotal t = new RunningTotal();
        assertEquals(BigDecimal.ZERO, t.value());
        t.add(d("5"));
        assertEquals(d("5"), t.value());
        t.add(d("0.000"));
        assertEquals(d("5.000"), t.value());
        t.add(d("1.25"));
        assertEquals(d("6.250"), t.value());
    }

    @Test
    void amountsAtOtherScalesAreAddedExactly() {
        RunningTotal t = new RunningTotal(d("10.5"));
        t.add(d("0.0000000001"));
        t.add(d("3.10"));
        assertEquals(d("13.6000000001"), t.value());
    }

    @Test
    void aTotalPastALongCarriesOnExactly() {
        RunningTotal t = new RunningTotal();
        BigDecimal big = BigDecimal.valueOf(Long.MAX_VALUE / 2 + 1, 2);
        t.add(big);
        t.add(big);
        t.add(big);
        assertEquals(big.multiply(BigDecimal.valueOf(3)), t.value());
    }

    @Test
    void addTimesAddsAMultipleOfAnotherTotal() {
        RunningTotal paid = new RunningTotal();
        paid.add(d("12.34"));
        RunningTotal t = new RunningTotal();
        t.addTimes(paid, 3);
        t.add(d("0.01"));
        assertEquals(d("37.03"), t.value());
    }

    /** Amounts at scales 0 to 4 (mostly cents), small and near a long's range, zeros included: the same as adding them. */
    @Property(tries = 1000)
    void theTotalIsTheBigDecimalSumValueAndScale(@ForAll("amounts") List<BigDecimal> amounts, @ForAll("initial") BigDecimal initial) {
        RunningTotal t = new RunningTotal(initial);
        RunningTotal doubled = new RunningTotal();
        BigDecimal expected = initial;
        for (BigDecimal a : amounts) {
            t.add(a);
            expected = expected.add(a);
        }
        assertEquals(expected, t.value());
        assertEquals(expected.signum(), t.signum());
        doubled.addTimes(t, 2);
        assertEquals(expected.add(expected), doubled.value());
    }

    @Provide
    Arbitrary<List<BigDecimal>> amounts() {
        Arbitrary<Integer> scales = Arbitraries.of(2, 2, 2, 2, 2, 2, 2, 2, 0, 3, 4);
        Arbitrary<Long> units = Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(-1_000_000_000_00L, 1_000_000_000_00L),
                Arbitraries.longs().between(Long.MAX_VALUE / 4, Long.MAX_VALUE));
        return Combinators.combine(units, scales).as(BigDecimal::valueOf).list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<BigDecimal> initial() {
        return Arbitraries.of(BigDecimal.ZERO, d("0.00"), d("1234.5"), d("-7.125"));
    }
}
