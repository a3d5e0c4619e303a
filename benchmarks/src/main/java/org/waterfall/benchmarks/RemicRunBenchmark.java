package org.waterfall.benchmarks;

import java.nio.file.Path;
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
import org.waterfall.deal.yaml.RemicYamlReader;
import org.waterfall.projection.Speed;
import org.waterfall.remic.IndexRate;
import org.waterfall.remic.RemicDeal;
import org.waterfall.remic.RemicProjector;
import org.waterfall.remic.RemicRun;

/**
 * One REMIC run from issuance to the last payment: FNR 2006-018 group 1 (15 classes, PAC schedules, a Z) and FNM
 * 2025-21 (two groups, floaters, inverse IOs, RCRs), at a speed inside and one far above the PAC band.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
public class RemicRunBenchmark {

    @Param({"deals/fnr-2006-018/deal.yaml", "deals/fnm-2025-21/deal.yaml"})
    public String dealFile;

    @Param({"180", "500"})
    public double psa;

    private RemicDeal deal;
    private Speed speed;
    private IndexRate index;

    @Setup
    public void read() {
        deal = RemicYamlReader.read(Path.of(dealFile));
        speed = Speed.of(Speed.Kind.PSA, psa);
        index = deal.impliedIndex();
    }

    @Benchmark
    public RemicRun fullRun() {
        return RemicProjector.run(deal, speed, index);
    }
}
