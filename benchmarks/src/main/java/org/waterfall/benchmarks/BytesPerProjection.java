package org.waterfall.benchmarks;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.waterfall.projection.ClassCashflow;
import org.waterfall.projection.ClassProjection;
import org.waterfall.projection.GroupAssumptions;
import org.waterfall.projection.GroupCashflow;
import org.waterfall.projection.GroupProjection;
import org.waterfall.projection.Scenario;
import org.waterfall.projection.ScenarioResult;
import org.waterfall.projection.Speed;

/**
 * Bytes one thread allocates per projection of 2002-K, counted by the JVM ({@code getCurrentThreadAllocatedBytes})
 * over 50 runs after 300 warm-up runs, once every case has been run as many times: independent of other load on the
 * machine, unlike a time. Kept cash flows at 0/10/30/60 CPR (as {@link FullLifeBenchmark}), left unread and with every
 * monthly record read (as {@link FullLifeBenchmark#fullLifeExactEveryRecord}), and summaries only at 25 CPR with
 * 0/0.5/1/2 CDR, 35% severity (a grid's scenarios, as {@link GridBenchmark}). Run from the repository root:
 * {@code java -XX:+UseParallelGC -cp target/benchmarks.jar org.waterfall.benchmarks.BytesPerProjection} (the collector the
 * JMH benchmarks fork with; the count differs by a few percent with G1).
 */
public final class BytesPerProjection {

    private static final int WARMUP = 300;
    private static final int MEASURED = 50;

    private BytesPerProjection() {
    }

    /** One measured projection: what it is called, the projector, the scenario, and whether every record is read. */
    private record Case(String label, ProjectionState state, Scenario scenario, boolean read) {
    }

    public static void main(String[] args) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        ProjectionState kept = new ProjectionState(true);
        ProjectionState summaries = new ProjectionState(false);
        List<Case> cases = new ArrayList<>();
        for (double cpr : new double[] {0, 10, 30, 60}) {
            cases.add(new Case(String.format(Locale.ROOT, "kept cash flows, %.0f CPR", cpr), kept, ProjectionState.cpr(cpr), false));
        }
        for (double cpr : new double[] {0, 10, 30, 60}) {
            cases.add(new Case(String.format(Locale.ROOT, "kept cash flows, every record read, %.0f CPR", cpr), kept,
                    ProjectionState.cpr(cpr), true));
        }
        for (double cdr : new double[] {0, 0.5, 1, 2}) {
            Scenario s = Scenario.of(GroupAssumptions.NONE.withPrepayment(Speed.of(Speed.Kind.CPR, 25))
                    .withDefaults(Speed.of(Speed.Kind.CDR, cdr)).withSeverity(BigDecimal.valueOf(35)));
            cases.add(new Case(String.format(Locale.ROOT, "summaries, 25 CPR %.1f CDR", cdr), summaries, s, false));
        }
        for (Case c : cases) {
            bytesPerRun(threads, c); // every path compiled before any is counted: the first counted is not the least warm
        }
        for (Case c : cases) {
            System.out.printf(Locale.ROOT, "%s: %,d bytes%n", c.label(), bytesPerRun(threads, c));
        }
    }

    private static long bytesPerRun(com.sun.management.ThreadMXBean threads, Case c) {
        long classes = 0;
        for (int i = 0; i < WARMUP; i++) {
            classes += run(c.state(), c.scenario(), c.read());
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < MEASURED; i++) {
            classes += run(c.state(), c.scenario(), c.read());
        }
        long bytes = (threads.getCurrentThreadAllocatedBytes() - before) / MEASURED;
        if (classes == 0) {
            throw new IllegalStateException("no classes projected");
        }
        return bytes;
    }

    /** Where a read record goes: a field, so that it is built as a caller that keeps it would build it. */
    private static Object lastRead;

    private static int run(ProjectionState state, Scenario scenario, boolean read) {
        ScenarioResult r = state.projector.run(scenario);
        if (read) {
            for (ClassProjection c : r.classes()) {
                for (ClassCashflow f : c.cashflows()) {
                    lastRead = f;
                }
            }
            for (GroupProjection g : r.groups()) {
                for (GroupCashflow f : g.cashflows()) {
                    lastRead = f;
                }
            }
        }
        return r.classes().size();
    }
}
