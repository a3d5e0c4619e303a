package org.waterfall.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.projection.ProjectionFixtures;

/**
 * Each group's Senior Principal Distribution Amount is paid by the group's rule from the deal file: the NAS test deal's
 * group 1 pays its NAS class nothing before date 61 and then its share of its pro-rata part, its sequential pair one
 * after the other; group 2's lockout class waits for date 37, then shares pro rata.
 */
class SeniorPaymentsTest {

    private static final ResolvedDeal DEAL = ProjectionFixtures.nasDeal();

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** One date: each group a month of 6.25% loans with the given prepayments; classes at the given balances. */
    private static PeriodResult run(int date, String prepaid1, String prepaid2, String... balances) {
        PeriodCollateral collateral = new PeriodCollateral(DEAL.deal().calendar().distributionDate(date), List.of(
                GroupCollateral.simple("1", d("89999900.00"), d("80000.00"), d(prepaid1), d("6.25")),
                GroupCollateral.simple("2", d("40000000.00"), d("36000.00"), d(prepaid2), d("6.25"))), BigDecimal.ZERO, BigDecimal.ZERO);
        BigDecimal[] begin = new BigDecimal[balances.length];
        for (int c = 0; c < balances.length; c++) {
            begin[c] = d(balances[c]);
        }
        return WaterfallEngine.run(DEAL, collateral, begin);
    }

    private static final String[] ORIGINALS = {"0", "45000000.00", "30000000.00", "10000000.00", "28000000.00", "9800000.00",
        "3900000.00", "1800000.00", "1499900.00"};

    private static BigDecimal principal(PeriodResult r, String name) {
        return r.classResult(name).principal();
    }

    private static BigDecimal groupOneSeniors(PeriodResult r) {
        return principal(r, "1A1").add(principal(r, "1A2")).add(principal(r, "1A3"));
    }

    @Test
    void beforeDate61TheNasClassGetsNothingAndTheFirstOfTheSequentialPairTakesEverything() {
        PeriodResult r = run(60, "1500000.00", "600000.00", ORIGINALS);
        assertTrue(groupOneSeniors(r).signum() > 0);
        assertEquals(d("0.00"), principal(r, "1A3"));
        assertEquals(d("0.00"), principal(r, "1A2"));
        assertEquals(groupOneSeniors(r), principal(r, "1A1"));
    }

    @Test
    void fromDate61TheNasClassTakesThirtyPercentOfItsProRataPartToTheCent() {
        PeriodResult r = run(61, "1500000.00", "600000.00", ORIGINALS);
        BigDecimal total = groupOneSeniors(r);
        // 30% x 10,000,000 / 85,000,000 of the group's senior principal, to the cent half up; the rest to 1A1
        BigDecimal nas = total.multiply(d("0.30")).multiply(d("10000000")).divide(d("85000000"), 2, RoundingMode.HALF_UP);
        assertTrue(nas.signum() > 0);
        assertEquals(nas, principal(r, "1A3"));
        assertEquals(total.subtract(nas), principal(r, "1A1"));
        assertEquals(d("0.00"), principal(r, "1A2"));
    }

    @Test
    void onceTheSequentialPairIsRetiredTheNasClassTakesAllEvenInItsLockout() {
        String[] balances = ORIGINALS.clone();
        balances[1] = "0";
        balances[2] = "100.00";
        PeriodResult r = run(20, "1500000.00", "600000.00", balances);
        assertEquals(d("100.00"), principal(r, "1A2"));
        assertEquals(groupOneSeniors(r).subtract(d("100.00")), principal(r, "1A3"));
        assertTrue(principal(r, "1A3").signum() > 0);
    }

    @Test
    void theLockoutClassWaitsForDate37ThenSharesProRataByBalance() {
        PeriodResult before = run(36, "1500000.00", "600000.00", ORIGINALS);
        assertEquals(d("0.00"), principal(before, "2A2"));
        assertTrue(principal(before, "2A1").signum() > 0);
        PeriodResult after = run(37, "1500000.00", "600000.00", ORIGINALS);
        BigDecimal total = principal(after, "2A1").add(principal(after, "2A2"));
        // 9.8 of 37.8 million, the larger class taking the rounding cent
        assertEquals(total.multiply(d("9800000")).divide(d("37800000"), 2, RoundingMode.HALF_UP), principal(after, "2A2"));
    }

    @Test
    void everyDollarOfTheGroupsSeniorPrincipalIsPaidWhateverTheRule() {
        for (int date : new int[] {20, 36, 37, 60, 61, 97, 120}) {
            PeriodResult r = run(date, "1500000.00", "600000.00", ORIGINALS);
            PeriodResult standard = WaterfallEngine.run(ProjectionFixtures.nasDealWithoutComposition(),
                    new PeriodCollateral(DEAL.deal().calendar().distributionDate(date), List.of(
                            GroupCollateral.simple("1", d("89999900.00"), d("80000.00"), d("1500000.00"), d("6.25")),
                            GroupCollateral.simple("2", d("40000000.00"), d("36000.00"), d("600000.00"), d("6.25"))),
                            BigDecimal.ZERO, BigDecimal.ZERO), balancesOf(ORIGINALS));
            // the rule moves principal between a group's seniors, never the group's total nor the subordinates' part
            assertEquals(groupOneSeniors(standard), groupOneSeniors(r), "date " + date);
            for (String sub : new String[] {"B1", "B2", "B3"}) {
                assertEquals(principal(standard, sub), principal(r, sub), sub + " on date " + date);
            }
        }
    }

    /** Group 2 written with a PAC: 2A1 down to its planned balance, then 2A2, then 2A1 again (once 2A2 is retired). */
    @Test
    void aPlannedClassIsPaidDownToItsScheduleAndTheRestGoesToTheNextStep(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("pac.csv"), "distribution_date,planned_balance\n2020-01-25,28000000.00\n"
                + "2020-10-25,27900000.00\n2020-11-25,27800000.00\n");
        String text = java.nio.file.Files.readString(ProjectionFixtures.NAS_DEAL);
        String group2 = text.substring(text.indexOf("    - group: \"2\""), text.indexOf("  subordinates:"));
        text = text.replace(group2, "    - { group: \"2\", seniorPrincipal: { sequential: [{ toTarget: { schedule: pac, pay: 2A1 } }, 2A2, 2A1] } }\n")
                .replace("waterfall:\n", "schedules:\n  - { id: pac, file: pac.csv }\nwaterfall:\n");
        ResolvedDeal deal = org.waterfall.deal.yaml.DealYamlReader.read("pac.yaml", text, dir).resolve();
        PeriodCollateral collateral = new PeriodCollateral(deal.deal().calendar().distributionDate(10), List.of(
                GroupCollateral.simple("1", d("89999900.00"), d("80000.00"), d("1500000.00"), d("6.25")),
                GroupCollateral.simple("2", d("40000000.00"), d("36000.00"), d("600000.00"), d("6.25"))), BigDecimal.ZERO, BigDecimal.ZERO);
        PeriodResult r = WaterfallEngine.run(deal, collateral, balancesOf(ORIGINALS));
        // October 2020: 28,000,000 down to 27,900,000
        assertEquals(d("100000.00"), principal(r, "2A1"));
        assertTrue(principal(r, "2A2").compareTo(d("100000.00")) > 0, "the rest of group 2's senior principal to 2A2");
    }

    private static BigDecimal[] balancesOf(String[] values) {
        BigDecimal[] b = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = d(values[i]);
        }
        return b;
    }
}
