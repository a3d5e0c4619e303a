package org.waterfall.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.waterfall.projection.GroupAssumptions;
import org.waterfall.projection.ProjectionRunner;
import org.waterfall.projection.Scenario;
import org.waterfall.projection.ScenarioGrid;
import org.waterfall.projection.ScenarioResult;
import org.waterfall.projection.Speed;

/**
 * A grid of 1,000 scenarios (CPR 0 to 49.8 by 0.2, x CDR 0, 0.5, 1, 2; severity 35%) on 2002-K, summaries only,
 * on 1 and on 2 threads: one measurement is the whole grid.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
public class GridBenchmark {

    @Param({"1", "2"})
    public int threads;

    private ProjectionState state;
    private List<Scenario> grid;

    @Setup
    public void build() {
        state = new ProjectionState(false);
        List<Speed> cprs = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            cprs.add(Speed.of(Speed.Kind.CPR, i * 0.2));
        }
        List<Speed> cdrs = List.of(Speed.of(Speed.Kind.CDR, 0), Speed.of(Speed.Kind.CDR, 0.5), Speed.of(Speed.Kind.CDR, 1),
                Speed.of(Speed.Kind.CDR, 2));
        grid = ScenarioGrid.combine(cprs, cdrs, List.of(BigDecimal.valueOf(35)), GroupAssumptions.NONE, Map.of(), null);
        if (grid.size() != 1000) {
            throw new IllegalStateException("grid of " + grid.size());
        }
    }

    @Benchmark
    public List<ScenarioResult> grid1000() {
        return ProjectionRunner.runAll(state.projector, grid, threads, i -> { });
    }
}
