package org.waterfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakevenCommandTest {

    private static CliRun breakeven(String... more) {
        List<String> args = new ArrayList<>(List.of("breakeven", CliRun.DEAL, "--from", CliRun.STATEMENT));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(new String[0]));
    }

    @Test
    void theTableGivesARowPerScenarioWithTheCollateralLoss() {
        CliRun r = breakeven("--class", "B1", "--cpr", "10,30", "--severity", "40");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("waterfall breakeven: class B1 of boams-2002-k, after the 2003-11-20 distribution (date 14)"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  10 CPR +40% +12 +\\d+\\.\\d{4} +[\\d,]+\\.\\d\\d +[\\d,]+\\.\\d\\d +\\d+\\.\\d{4} +\\d+\\.\\d{4}")),
                r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  30 CPR ")), r.out());
    }

    @Test
    void jsonCarriesTheSpeedsAndTheZeroYieldAtAPriceIn32nds() throws Exception {
        CliRun r = breakeven("--class", "B1", "--cpr", "10", "--severity", "40", "--price", "95-00", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("CDR", root.get("curve").asText());
        assertEquals("1.00", root.get("lossThreshold").asText());
        JsonNode s = root.get("scenarios").get(0);
        double firstLoss = s.get("firstLoss").asDouble();
        double zeroYield = s.get("zeroYield").asDouble();
        assertTrue(firstLoss > 0 && zeroYield > firstLoss, r.out());
        assertTrue(new BigDecimal(s.get("classLoss").asText()).compareTo(BigDecimal.ONE) >= 0);
        assertTrue(new BigDecimal(s.get("collateralLoss").asText()).signum() > 0);
    }

    @Test
    void aDefaultSpeedIsRefusedBecauseItIsWhatIsSolved() {
        CliRun r = breakeven("--class", "B1", "--cpr", "10", "--cdr", "2");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("waterfall: --cdr/--sda/--cdr-vector: breakeven solves the default speed; leave them out"), r.err());
    }

    @Test
    void anInterestOnlyClassOrAnUnknownOneIsRefused() {
        CliRun io = breakeven("--class", "AIO", "--cpr", "10");
        assertEquals("waterfall: --class: class AIO is interest-only: it has no principal to lose", io.err().strip());
        CliRun none = breakeven("--class", "Z9", "--cpr", "10");
        assertEquals("waterfall: --class: the deal boams-2002-k has no class 'Z9'", none.err().strip());
    }

    @Test
    void aThresholdBelowACentAndASettlementWithoutAPriceAreRefused() {
        CliRun cent = breakeven("--class", "B1", "--loss-threshold", "0.001");
        assertTrue(cent.err().startsWith("waterfall: --loss-threshold: at least a cent (0.01), not 0.001"), cent.err());
        CliRun settle = breakeven("--class", "B1", "--settle", "2003-12-01");
        assertTrue(settle.err().startsWith("waterfall: --settle: applies to the zero-yield speed only: give --price"), settle.err());
    }
}
