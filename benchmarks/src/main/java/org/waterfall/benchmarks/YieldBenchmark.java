package org.waterfall.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.waterfall.analytics.CashflowYield;
import org.waterfall.analytics.PricingInput;
import org.waterfall.analytics.Quote;

/** Yield from price (Brent solver) and price from yield for class A1 at 10 CPR, cash flows already projected. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
public class YieldBenchmark {

    @Param({"101.5"})
    public double price;

    private PricingInput input;
    private double yield;

    @Setup
    public void project() {
        ProjectionState state = new ProjectionState(true);
        input = state.projector.run(ProjectionState.cpr(10)).classProjection("A1").pricingInput(state.start.asOf());
        yield = CashflowYield.yieldFromPrice(input, price).yieldPercent();
    }

    @Benchmark
    public Quote yieldFromPrice() {
        return CashflowYield.yieldFromPrice(input, price);
    }

    @Benchmark
    public Quote priceFromYield() {
        return CashflowYield.priceFromYield(input, yield);
    }
}
