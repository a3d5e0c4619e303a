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

/** The same full-life projection as {@link FullLifeBenchmark}, in primitive doubles: what exactness costs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
public class FullLifeDoubleBaselineBenchmark {

    @Param({"0", "10", "30", "60"})
    public double cpr;

    private FullLifeDoubleBaseline baseline;

    @Setup
    public void build() {
        ProjectionState state = new ProjectionState(false);
        baseline = new FullLifeDoubleBaseline(state.deal, state.start);
    }

    @Benchmark
    public double[][] fullLifeDoubleBaseline() {
        baseline.run(cpr);
        return baseline.principal;
    }
}
