package org.waterfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceCommandTest {

    private static final String DEAL = "deals/boams-2002-k/deal.yaml";
    private static final String STATEMENT = "deals/boams-2002-k/statements/2003-11-20.txt";


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String[] price(String... more) {
        List<String> args = new ArrayList<>(List.of("price", DEAL, "--from", STATEMENT));
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    @Test
    void yieldFromPriceAndBackAgreeWithin1e10() throws Exception {
        ObjectMapper json = new ObjectMapper();
        CliRun byPrice = run(price("--class", "A1", "--cpr", "10,30", "--price", "101.5", "--format", "json"));
        assertEquals(0, byPrice.exit(), byPrice.err());
        JsonNode p = json.readTree(byPrice.out());
        assertEquals(19, p.get("accruedDays").asInt());
        assertEquals("2003-11-01", p.get("accrualStart").asText());
        for (JsonNode s : p.get("scenarios")) {
            double yield = s.get("quotes").get(0).get("yield").asDouble();
            CliRun byYield = run(price("--class", "A1", "--cpr", s.get("name").asText().replace(" CPR", ""), "--yield",
                    Double.toString(yield), "--format", "json"));
            assertEquals(0, byYield.exit(), byYield.err());
            JsonNode back = json.readTree(byYield.out()).get("scenarios").get(0).get("quotes").get(0);
            assertEquals(101.5, back.get("price").asDouble(), 1e-10);
        }
    }

    @Test
    void theTableShowsYieldDurationAndWalByScenario() {
        CliRun r = run(price("--class", "A1", "--cpr", "10,30,60", "--price", "99,101.5"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("waterfall price: class A1 of boams-2002-k, after the 2003-11-20 distribution (date 14)"));
        assertTrue(r.out().contains("accrues 30/360 from 2003-11-01: 19 days"));
        assertTrue(r.out().contains("bond-equivalent"));
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  yield at 101-16 ")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  WAL \\(years\\) +6\\.92 +2\\.61 +1\\.06")), r.out());
    }

    @Test
    void anInterestOnlyClassIsPricedOnItsNotional() {
        CliRun r = run(price("--class", "AIO", "--cpr", "30", "--yield", "8"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("98,209,874.38 (notional)"), r.out());
    }

    @Test
    void priceOrYieldIsRequiredButNotBoth() {
        assertEquals(2, run(price("--class", "A1")).exit());
        CliRun both = run(price("--class", "A1", "--price", "100", "--yield", "5"));
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
    }

    @Test
    void anUnknownClassIsOneLine() {
        CliRun r = run(price("--class", "Z9", "--price", "100"));
        assertEquals(2, r.exit());
        assertEquals("waterfall: --class: the deal boams-2002-k has no class 'Z9'", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void aSettlementBeforeTheStartIsRefused() {
        CliRun r = run(price("--class", "A1", "--price", "100", "--settle", "2003-11-19"));
        assertEquals(2, r.exit());
        assertEquals("waterfall: --settle: 2003-11-19 is before the start's distribution date 2003-11-20", r.err().strip());
    }

    @Test
    void aSettlementInALaterMonthBuysThatMonthsAccrualOnItsBalance() throws Exception {
        ObjectMapper json = new ObjectMapper();
        CliRun r = run(price("--class", "A1", "--cpr", "10", "--price", "100", "--settle", "2004-03-10", "--format", "json"));
        assertEquals(0, r.exit(), r.err());
        JsonNode root = json.readTree(r.out());
        assertEquals("2004-03-01", root.get("accrualStart").asText());
        assertEquals(9, root.get("accruedDays").asInt());
        // the face is A1's balance after the 2004-03 distribution: the beginning balance of the April payment
        CliRun flows = run("project", CliRun.DEAL, "--from", CliRun.STATEMENT, "--cpr", "10", "--format", "json");
        String april = null;
        for (JsonNode f : json.readTree(flows.out()).get("scenarios").get(0).get("classes").get(0).get("cashflows")) {
            if (f.get("date").asText().startsWith("2004-04")) {
                april = f.get("beginningBalance").asText();
            }
        }
        assertEquals(april, root.get("face").asText());
        CliRun atStart = run(price("--class", "A1", "--cpr", "10", "--price", "100", "--format", "json"));
        double laterYield = root.get("scenarios").get(0).get("quotes").get(0).get("yield").asDouble();
        double startYield = json.readTree(atStart.out()).get("scenarios").get(0).get("quotes").get(0).get("yield").asDouble();
        assertNotEquals(startYield, laterYield, "a different settlement discounts different payments");
    }

    @Test
    void pricesIn32ndsGoInAndComeOut() throws Exception {
        CliRun in32nds = run(price("--class", "A1", "--cpr", "10", "--price", "101-16+", "--format", "json"));
        CliRun decimal = run(price("--class", "A1", "--cpr", "10", "--price", "101.515625", "--format", "json"));
        assertEquals(0, in32nds.exit(), in32nds.err());
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(in32nds.out()).get("scenarios").get(0).get("quotes").get(0);
        JsonNode b = json.readTree(decimal.out()).get("scenarios").get(0).get("quotes").get(0);
        assertEquals(b.get("yield").asDouble(), a.get("yield").asDouble(), 0.0);
        assertEquals("101-16+", a.get("price32nds").asText());
        CliRun byYield = run(price("--class", "A1", "--cpr", "10", "--yield", "5.5"));
        assertTrue(byYield.out().lines().anyMatch(l -> l.matches("  price at 5\\.5 +\\d+-\\d{2}[0-7+]? \\(\\d+\\.\\d{6}\\)")), byYield.out());
    }

    @Test
    void aPriceThatIsNotAPriceIsRefusedAtParseTime() {
        CliRun r = run(price("--class", "A1", "--price", "101-32"));
        assertEquals(2, r.exit());
        assertEquals("waterfall: --price: '101-32': 32nds run from 00 to 31, not 32", r.err().lines().findFirst().orElse(""));
    }

    @Test
    void aLaterSettlementAccruesMore() throws Exception {
        CliRun r = run(price("--class", "A1", "--cpr", "10", "--price", "100", "--settle", "2003-11-25", "--format", "json"));
        assertEquals(0, r.exit(), r.err());
        assertEquals(24, new ObjectMapper().readTree(r.out()).get("accruedDays").asInt());
    }

    @Test
    void aNegativePriceIsRefused() {
        CliRun r = run(price("--class", "A1", "--price", "-1"));
        assertEquals(2, r.exit());
        assertEquals("waterfall: --price: a price must be positive: -1", r.err().lines().findFirst().orElse(""));
    }
}
