package org.waterfall.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileBreakdownTest {

    private static final String RUN = "java/lang/Thread.run;org/waterfall/benchmarks/FullLifeBenchmark.fullLifeExact;"
            + "org/waterfall/projection/Projector$Run.month";

    private static final List<String> STACKS = List.of(
            // decimal arithmetic in the JDK, asked for by the accrual through Rounding (a helper) and directly by a step
            RUN + ";org/waterfall/engine/Accrual.accrue;org/waterfall/money/Rounding.productOver;java/math/BigDecimal.divide 40",
            RUN + ";org/waterfall/engine/Period.remaining;java/math/BigDecimal.subtract 10",
            RUN + ";org/waterfall/engine/Accrual.accrue;org/waterfall/money/Exact128.quotient;java/lang/Long.divideUnsigned 5",
            // the helpers' own code, and a JDK method the helpers call that is not arithmetic
            RUN + ";org/waterfall/engine/Allocation.proRataCapped;org/waterfall/money/Sums.total 20",
            RUN + ";org/waterfall/engine/Allocation.proRataCapped;org/waterfall/money/ProRata.allocate;java/util/Arrays.fill 5",
            // the engine's and the projection's own code
            RUN + ";org/waterfall/engine/SeniorPayments.apply 12",
            RUN + ";org/waterfall/engine/SeniorPayments.apply;org/waterfall/rules/PrincipalDistributor.pay 3",
            RUN + " 4",
            RUN + ";org/waterfall/projection/Projector$Run.recordClasses;java/util/ArrayList.add 1",
            // not under the engine: left out
            "java/lang/Thread.run;org/openjdk/jmh/infra/Blackhole.consume 100",
            "GCTaskThread::run;PSScavenge 7",
            "");

    @Test
    void eachSampleUnderTheEngineCountsOnceByItsLeafAndTheProjectFrameThatCalledIt() {
        ProfileBreakdown.Breakdown b = ProfileBreakdown.read(STACKS, "t.csv");
        assertEquals(100, b.samples());
        Map<ProfileBreakdown.Kind, Long> k = b.byKind();
        assertEquals(55, k.get(ProfileBreakdown.Kind.JDK_ARITHMETIC));
        assertEquals(25, k.get(ProfileBreakdown.Kind.EXACT_HELPERS));
        assertEquals(15, k.get(ProfileBreakdown.Kind.ENGINE));
        assertEquals(5, k.get(ProfileBreakdown.Kind.PROJECTION));
        assertEquals(0, k.get(ProfileBreakdown.Kind.OTHER));
        assertEquals(80, b.arithmetic());
    }

    @Test
    void theArithmeticIsChargedToTheInnermostMethodOutsideTheHelpers() {
        ProfileBreakdown.Breakdown b = ProfileBreakdown.read(STACKS, "t.csv");
        assertEquals(List.of(Map.entry("Accrual.accrue", 45L), Map.entry("Allocation.proRataCapped", 25L),
                Map.entry("Period.remaining", 10L)), b.arithmeticByCaller());
    }

    @Test
    void theTablesGiveSamplesAndShares() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProfileBreakdown.print(ProfileBreakdown.read(STACKS, "t.csv"), 2, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("| **decimal arithmetic, both kinds** | 80 | 80.0% |"), text);
        assertTrue(text.contains("| Accrual.accrue | 45 | 45.0% |"), text);
        assertTrue(text.contains("| Allocation.proRataCapped | 25 | 25.0% |"), text);
        assertEquals(false, text.contains("Period.remaining"), "only the top 2 callers: " + text);
    }

    @Test
    void aLineThatIsNotAStackIsRefusedWithItsFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProfileBreakdown.read(List.of(RUN + " 3", RUN + " three"), "p.csv"));
        assertEquals("p.csv:2: not a collapsed stack (frames, a space, a sample count)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProfileBreakdown.read(List.of("12"), "p.csv"));
        assertThrows(IllegalArgumentException.class, () -> ProfileBreakdown.read(List.of(RUN + " -1"), "p.csv"));
    }
}
