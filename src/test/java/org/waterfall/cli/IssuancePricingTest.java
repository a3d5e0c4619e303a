package org.waterfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class IssuancePricingTest {

    private static final String FNM = "deals/fnm-2025-21/deal.yaml";

    private static JsonNode json(String... args) throws IOException {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void anInverseIoYieldsLessAsTheIndexRisesAndAsPrepaymentsSpeedUp() throws IOException {
        JsonNode root = json("price", FNM, "--class", "SB", "--psa", "100,400", "--index", "2.32927,4.32927", "--price", "3.515625",
                "--format", "json");
        assertEquals("2025-02-25", root.get("accrualStart").asText(), "a no-delay class accrues from the distribution date before");
        assertEquals("73122339", root.get("face").asText());
        JsonNode s = root.get("scenarios");
        double slowLow = s.get(0).get("quotes").get(0).get("yield").asDouble();
        double slowHigh = s.get(1).get("quotes").get(0).get("yield").asDouble();
        double fastLow = s.get(2).get("quotes").get(0).get("yield").asDouble();
        assertTrue(slowLow > slowHigh, slowLow + " > " + slowHigh);
        assertTrue(slowLow > fastLow, slowLow + " > " + fastLow);
    }

    @Test
    void yieldAndPriceRoundTripForAFloater() throws IOException {
        JsonNode byPrice = json("price", FNM, "--class", "FB", "--psa", "300", "--index-vector", "4.32927,4.5,5", "--price", "100",
                "--format", "json");
        double yield = byPrice.get("scenarios").get(0).get("quotes").get(0).get("yield").asDouble();
        JsonNode byYield = json("price", FNM, "--class", "FB", "--psa", "300", "--index-vector", "4.32927,4.5,5", "--yield",
                Double.toString(yield), "--format", "json");
        assertEquals(100, byYield.get("scenarios").get(0).get("quotes").get(0).get("price").asDouble(), 1e-8);
    }

    @Test
    void anUnsolvablePriceIsNotApplicableNotAFailure() {
        CliRun r = CliRun.of("price", FNM, "--class", "SB", "--psa", "100", "--index", "4.32927,7", "--price", "3.515625");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  yield at 3-16\\+ +[0-9.]+ +n/a")), r.out());
    }

    @Test
    void aDelayClassAccruesFromTheFirstOfTheSettlementMonthAndRcrClassesPrice() throws IOException {
        JsonNode root = json("price", FNM, "--class", "BC", "--psa", "198", "--price", "99", "--format", "json");
        assertEquals("2025-02-01", root.get("accrualStart").asText());
        assertEquals("56143000", root.get("face").asText());
    }
}
