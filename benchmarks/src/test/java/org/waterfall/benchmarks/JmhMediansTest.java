package org.waterfall.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JmhMediansTest {

    private static final String RESULT = """
            [
              {"benchmark": "org.waterfall.benchmarks.FullLifeBenchmark.fullLifeExact", "params": {"cpr": "10"},
               "primaryMetric": {"score": 7.25, "scoreError": 0.2288, "scoreUnit": "ms/op",
                                 "rawData": [[7.216, 7.168, 9.9, 7.305, 7.296]]}},
              {"benchmark": "org.waterfall.benchmarks.GridBenchmark.grid1000", "params": {"threads": "2"},
               "primaryMetric": {"score": 3.6, "scoreError": 0.19, "scoreUnit": "s/op",
                                 "rawData": [[3.676, 3.609], [3.575, 3.562]]}},
              {"benchmark": "org.waterfall.benchmarks.VerifyBenchmark.wholeVerify",
               "primaryMetric": {"score": 1343.9, "scoreError": 228.05, "scoreUnit": "us/op",
                                 "rawData": [[1447.89, 1325.093, 1302.782]]}}
            ]
            """;

    @Test
    void theMedianIsTheMiddleIterationOrTheMeanOfTheMiddleTwoAcrossForks() throws Exception {
        List<JmhMedians.Row> rows = JmhMedians.read(RESULT);
        assertEquals(3, rows.size());
        assertEquals("FullLifeBenchmark.fullLifeExact", rows.get(0).benchmark());
        assertEquals("cpr=10", rows.get(0).params());
        assertEquals(7.296, rows.get(0).median());
        assertEquals(9.9, rows.get(0).max());
        assertEquals((3.575 + 3.609) / 2, rows.get(1).median());
        assertEquals(4, rows.get(1).iterations());
        assertEquals("", rows.get(2).params());
    }

    @Test
    void theTableGivesFourSignificantDigitsAndTheErrorToTheSameDecimals() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JmhMedians.print(JmhMedians.read(RESULT), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("| FullLifeBenchmark.fullLifeExact | cpr=10 | 7.296 | ± 0.229 | 7.168 | 9.900 | 5 | ms/op |", lines[2]);
        assertEquals("| GridBenchmark.grid1000 | threads=2 | 3.592 | ± 0.190 | 3.562 | 3.676 | 4 | s/op |", lines[3]);
        assertEquals("| VerifyBenchmark.wholeVerify |  | 1325 | ± 228 | 1303 | 1448 | 3 | us/op |", lines[4]);
    }

    @Test
    void somethingElseThanAJmhResultIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> JmhMedians.read("{\"benchmark\": 1}"));
        assertThrows(IllegalArgumentException.class, () -> JmhMedians.read("[{\"benchmark\": \"a.B.c\", \"primaryMetric\": {}}]"));
    }
}
