package org.waterfall.benchmarks;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.Locale;
import org.waterfall.projection.GroupAssumptions;
import org.waterfall.projection.Scenario;
import org.waterfall.projection.Speed;

/**
 * Bytes one thread allocates per projection of 2002-K, counted by the JVM ({@code getCurrentThreadAllocatedBytes})
 * over 50 runs after 300 warm-up runs: independent of other load on the machine, unlike a time. Kept cash flows at
 * 0/10/30/60 CPR (as {@link FullLifeBenchmark}) and summaries only at 25 CPR with 0/0.5/1/2 CDR, 35% severity (a
 * grid's scenarios, as {@link GridBenchmark}). Run from the repository root:
 * {@code java -XX:+UseParallelGC -cp target/benchmarks.jar org.waterfall.benchmarks.BytesPerProjection} (the collector the
 * JMH benchmarks fork with; the count differs by a few percent with G1).
 */
public final class BytesPerProjection {

    private static final int WARMUP = 300;
    private static final int MEASURED = 50;

    private BytesPerProjection() {
    }

    public static void main(String[] args) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        ProjectionState kept = new ProjectionState(true);
        ProjectionState summaries = new ProjectionState(false);
        for (double cpr : new double[] {0, 10, 30, 60}) {
            System.out.printf(Locale.ROOT, "kept cash flows, %.0f CPR: %,d bytes%n", cpr, bytesPerRun(threads, kept, ProjectionState.cpr(cpr)));
        }
        for (double cdr : new double[] {0, 0.5, 1, 2}) {
            Scenario s = Scenario.of(GroupAssumptions.NONE.withPrepayment(Speed.of(Speed.Kind.CPR, 25))
                    .withDefaults(Speed.of(Speed.Kind.CDR, cdr)).withSeverity(BigDecimal.valueOf(35)));
            System.out.printf(Locale.ROOT, "summaries, 25 CPR %.1f CDR: %,d bytes%n", cdr, bytesPerRun(threads, summaries, s));
        }
    }

    private static long bytesPerRun(com.sun.management.ThreadMXBean threads, ProjectionState state, Scenario scenario) {
        long classes = 0;
        for (int i = 0; i < WARMUP; i++) {
            classes += state.projector.run(scenario).classes().size();
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < MEASURED; i++) {
            classes += state.projector.run(scenario).classes().size();
        }
        long bytes = (threads.getCurrentThreadAllocatedBytes() - before) / MEASURED;
        if (classes == 0) {
            throw new IllegalStateException("no classes projected");
        }
        return bytes;
    }
}
