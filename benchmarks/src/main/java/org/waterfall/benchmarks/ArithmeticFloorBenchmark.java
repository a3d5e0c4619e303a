package org.waterfall.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.waterfall.money.Exact128;

/**
 * The floor under the exact/double ratio: the two steps every class takes every month, one class-month each,
 * in exact decimals and in doubles. Interest is balance x coupon / 1200 to the cent; a pro-rata share is
 * total x balance / sum of balances to the cent. The inputs are the 23 class balances and coupons of 2002-K
 * after November 2003 (the cents and 6-decimal rates the engine sees), cycled so nothing folds to a constant.
 * If one such step costs k times its double, a whole engine made of them cannot beat k times the baseline.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
public class ArithmeticFloorBenchmark {

    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    BigDecimal[] balance;
    BigDecimal[] coupon;
    BigDecimal total;
    BigDecimal sum;
    private double[] balanceD;
    private double[] couponD;
    private double totalD;
    private double sumD;
    /** The same inputs as whole cents and millionths of a percent: amounts held as unscaled longs, not BigDecimals. */
    long[] balanceCents;
    long[] couponMillionths;
    long totalCents;
    long sumCents;

    /** Interest in cents from cents and millionths of a percent: balance x coupon / (1,200 x 10^6). */
    static final long INTEREST_DIVISOR = 1_200_000_000L;

    @Setup
    public void load() {
        ProjectionState state = new ProjectionState(false);
        int n = 0;
        for (int c = 0; c < state.deal.classCount(); c++) {
            if (!state.deal.isInterestOnly(c)) {
                n++;
            }
        }
        balance = new BigDecimal[n];
        coupon = new BigDecimal[n];
        balanceD = new double[n];
        couponD = new double[n];
        sum = BigDecimal.ZERO;
        int i = 0;
        for (int c = 0; c < state.deal.classCount(); c++) {
            if (state.deal.isInterestOnly(c)) {
                continue;
            }
            balance[i] = state.start.classBalances().get(c);
            BigDecimal r = state.deal.couponRate(c);
            coupon[i] = r == null || r.signum() == 0 ? new BigDecimal("5.461657") : r.setScale(6);
            balanceD[i] = balance[i].doubleValue();
            couponD[i] = coupon[i].doubleValue();
            sum = sum.add(balance[i]);
            i++;
        }
        sumD = sum.doubleValue();
        total = new BigDecimal("1234567.89");
        totalD = total.doubleValue();
        balanceCents = new long[n];
        couponMillionths = new long[n];
        for (i = 0; i < n; i++) {
            balanceCents[i] = balance[i].movePointRight(2).longValueExact();
            couponMillionths[i] = coupon[i].movePointRight(6).longValueExact();
        }
        totalCents = total.movePointRight(2).longValueExact();
        sumCents = sum.movePointRight(2).longValueExact();
    }

    @Benchmark
    public void interestExact(Blackhole bh) {
        for (int i = 0; i < balance.length; i++) {
            bh.consume(balance[i].multiply(coupon[i]).divide(TWELVE_HUNDRED, 2, RoundingMode.HALF_UP));
        }
    }

    /** The same interest as {@link #interestExact}, the product and its rounding in 128-bit integers ({@link Exact128}). */
    @Benchmark
    public void interestExact128(Blackhole bh) {
        for (int i = 0; i < balance.length; i++) {
            bh.consume(Exact128.multiplyDivide(balance[i], coupon[i], TWELVE_HUNDRED, 2, RoundingMode.HALF_UP));
        }
    }

    /**
     * The same interest as {@link #interestExact}, exact, with the amounts held as longs (cents, and the coupon in
     * millionths of a percent): the 128-bit product and its one rounding half up, and no {@code BigDecimal}.
     */
    @Benchmark
    public void interestLong(Blackhole bh) {
        for (int i = 0; i < balanceCents.length; i++) {
            bh.consume(Exact128.multiplyDivide(balanceCents[i], couponMillionths[i], INTEREST_DIVISOR, RoundingMode.HALF_UP));
        }
    }

    @Benchmark
    public void interestDouble(Blackhole bh) {
        for (int i = 0; i < balanceD.length; i++) {
            bh.consume(balanceD[i] * couponD[i] / 1200);
        }
    }

    @Benchmark
    public void proRataShareExact(Blackhole bh) {
        for (int i = 0; i < balance.length; i++) {
            bh.consume(total.multiply(balance[i]).divide(sum, 2, RoundingMode.HALF_UP));
        }
    }

    /** The same shares as {@link #proRataShareExact}, in 128-bit integers ({@link Exact128}). */
    @Benchmark
    public void proRataShareExact128(Blackhole bh) {
        for (int i = 0; i < balance.length; i++) {
            bh.consume(Exact128.multiplyDivide(total, balance[i], sum, 2, RoundingMode.HALF_UP));
        }
    }

    /** The same shares as {@link #proRataShareExact}, exact, in cents held as longs (no {@code BigDecimal}). */
    @Benchmark
    public void proRataShareLong(Blackhole bh) {
        for (int i = 0; i < balanceCents.length; i++) {
            bh.consume(Exact128.multiplyDivide(totalCents, balanceCents[i], sumCents, RoundingMode.HALF_UP));
        }
    }

    @Benchmark
    public void proRataShareDouble(Blackhole bh) {
        for (int i = 0; i < balanceD.length; i++) {
            bh.consume(totalD * balanceD[i] / sumD);
        }
    }
}
