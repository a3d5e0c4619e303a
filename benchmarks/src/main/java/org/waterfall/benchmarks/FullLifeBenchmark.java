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
import org.openjdk.jmh.infra.Blackhole;
import org.waterfall.projection.ClassCashflow;
import org.waterfall.projection.ClassProjection;
import org.waterfall.projection.GroupCashflow;
import org.waterfall.projection.GroupProjection;
import org.waterfall.projection.Scenario;
import org.waterfall.projection.ScenarioResult;

/**
 * A full-life projection of all 23 classes of 2002-K from the November 2003 statement on the exact BigDecimal
 * engine, keeping every monthly cash flow, at a constant CPR: the run alone (the kept cash flows' derived figures left
 * to the reader), and the run with every monthly record read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
public class FullLifeBenchmark {

    @Param({"0", "10", "30", "60"})
    public double cpr;

    private ProjectionState state;
    private Scenario scenario;

    @Setup
    public void build() {
        state = new ProjectionState(true);
        scenario = ProjectionState.cpr(cpr);
    }

    @Benchmark
    public ScenarioResult fullLifeExact() {
        return state.projector.run(scenario);
    }

    /**
     * The same projection, then every class's and group's monthly record read, as the CSV and JSON writers read them: the
     * printed rates and ending factors the run keeps the ingredients of are derived here. The difference from
     * {@link #fullLifeExact} is what a caller that asks for every figure pays for them.
     */
    @Benchmark
    public void fullLifeExactEveryRecord(Blackhole sink) {
        ScenarioResult r = state.projector.run(scenario);
        for (ClassProjection c : r.classes()) {
            for (ClassCashflow f : c.cashflows()) {
                sink.consume(f);
            }
        }
        for (GroupProjection g : r.groups()) {
            for (GroupCashflow f : g.cashflows()) {
                sink.consume(f);
            }
        }
    }
}
