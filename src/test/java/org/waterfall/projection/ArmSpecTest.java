package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waterfall.InputException;

class ArmSpecTest {

    @TempDir
    Path dir;

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static List<ArmCohort> cohorts(RateAssumption a) {
        return ((RatePath.Cohorts) a.path()).cohorts();
    }

    private static String refusal(String entry) {
        return assertThrows(InputException.class, () -> ArmSpec.parseOption(entry)).getMessage();
    }

    private Path file(String text) throws IOException {
        Path p = dir.resolve("arm.yaml");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private String fileRefusal(String text) throws IOException {
        return assertThrows(InputException.class, () -> ArmSpec.readFile(file(text))).getMessage();
    }

    @Test
    void todaysOneCohortSpecKeepsItsMeaning() {
        RateAssumption a = ArmSpec.parseOption("1=index:1.2/1.5/2.5,margin:2.25,first:10,every:12,cap:2,life:11.7");
        assertEquals("1", a.group());
        assertEquals("--arm", a.option());
        ArmCohort c = cohorts(a).get(0);
        assertEquals(1, cohorts(a).size());
        assertEquals(0, d("100").compareTo(c.sharePercent()));
        assertNull(c.rate(), "the group WAC");
        assertEquals(List.of(d("1.2"), d("1.5"), d("2.5")), c.index());
        assertEquals(10, c.firstResetMonth());
        assertEquals(12, c.resetEveryMonths());
        assertEquals(d("2"), c.firstResetCap(), "cap applies at every reset, the first included");
        assertEquals(d("2"), c.periodicCap());
        assertEquals(ArmCohort.LifetimeCap.absolute(d("11.7")), c.lifetimeCap());
        assertEquals(d("2.25"), c.floor(), "the floor defaults to the margin");
        assertEquals(ArmRounding.NEAREST_EIGHTH_HALF_UP, c.rounding());
    }

    @Test
    void todaysSpecGivesTheRatesItGaveBefore() {
        // the former single-reset path's own cases: the index jumps from 1 to 10; the first reset (month 3) may move
        // only 2 points, the next 2 more, capped at 9.5; and a floor of 3 holds against index 0 + margin 2.25
        RatePath capped = ArmSpec.parseOption("1=index:1/1/10,margin:2.25,first:3,every:2,cap:2,life:9.5,round:none").path();
        assertEquals(List.of("6", "6", "8", "8", "9.5", "9.5"),
                java.util.Arrays.stream(capped.grossWacs(d("6.0"), 6)).map(r -> r.stripTrailingZeros().toPlainString()).toList());
        RatePath floored = ArmSpec.parseOption("1=index:0,margin:2.25,first:1,every:1,cap:5,life:11,floor:3,round:none").path();
        assertEquals(List.of("3", "3"),
                java.util.Arrays.stream(floored.grossWacs(d("5.0"), 2)).map(r -> r.stripTrailingZeros().toPlainString()).toList());
    }

    @Test
    void severalCohortsAreSeparatedBySemicolonsWithEveryKey() {
        RateAssumption a = ArmSpec.parseOption("2=share:60,rate:6.5,index:1.3,margin:2.75,first:1,every:12,firstcap:5,cap:2,lifeover:5,"
                + "floor:3,round:none;share:40,index:1.3,margin:2.25,first:25,every:6,cap:1,life:11");
        List<ArmCohort> cs = cohorts(a);
        assertEquals(2, cs.size());
        ArmCohort first = cs.get(0);
        assertEquals(d("60"), first.sharePercent());
        assertEquals(d("6.5"), first.rate());
        assertEquals(d("5"), first.firstResetCap());
        assertEquals(ArmCohort.LifetimeCap.overStart(d("5")), first.lifetimeCap());
        assertEquals(d("3"), first.floor());
        assertEquals(ArmRounding.NONE, first.rounding());
        assertEquals(d("40"), cs.get(1).sharePercent());
        assertEquals(25, cs.get(1).firstResetMonth());
        assertEquals(d("1"), cs.get(1).firstResetCap());
    }

    @Test
    void mistakesInASpecAreOneLineNamingTheGroupCohortAndKey() {
        String base = "margin:2.25,first:1,every:12,cap:2,life:11";
        assertEquals("--arm: group 1: speed: unknown key 'speed' (share, rate, index, margin, first, every, firstcap, cap, life, "
                + "lifeover, floor, round)", refusal("1=index:1," + base + ",speed:3"));
        assertEquals("--arm: group 1: index: missing required key 'index'", refusal("1=" + base));
        assertEquals("--arm: group 1, cohort 2: share: missing required key 'share': a group of several cohorts gives each one's share",
                refusal("1=share:50,index:1," + base + ";index:1," + base));
        assertEquals("--arm: group 1: share: the cohorts' shares add up to 90%, not 100%",
                refusal("1=share:50,index:1," + base + ";share:40,index:1," + base));
        assertEquals("--arm: group 1: life: give exactly one of life (the highest rate) and lifeover (the most over the rate at the start)",
                refusal("1=index:1," + base + ",lifeover:5"));
        assertEquals("--arm: group 1: margin: 'x' is not a number", refusal("1=index:1,margin:x,first:1,every:12,cap:2,life:11"));
        assertEquals("--arm: group 1: first: expected a whole number of months, got 1.5",
                refusal("1=index:1,margin:2,first:1.5,every:12,cap:2,life:11"));
        assertEquals("--arm: group 1: cap: given twice", refusal("1=index:1," + base + ",cap:3"));
        assertEquals("--arm: group 1: round: expected eighth or none, got 'up'", refusal("1=index:1," + base + ",round:up"));
        assertEquals("--arm: group 1: expected KEY:VALUE, got 'cap'", refusal("1=index:1,cap"));
        assertEquals("--arm: expected GROUP=VALUE, got 'index:1'", refusal("index:1"));
    }

    @Test
    void anArmFileGivesEachGroupsCohortsWithTheSameKeys() throws IOException {
        Path p = file("""
                # group 1: two reset cohorts
                groups:
                  - group: "1"
                    cohorts:
                      - { share: 70, index: 1.3, margin: 2.75, first: 1, every: 12, firstcap: 5, cap: 2, life: 11.5 }
                      - { share: 30, rate: 5.25, index: [1.3, 1.5, 2.0], margin: 2.25, first: 25, every: 12, cap: 2, lifeover: 5 }
                  - group: "3"
                    cohorts:
                      - { index: 1.3, margin: 2.75, first: 3, every: 6, cap: 1, life: 12, round: none }
                """);
        List<RateAssumption> all = ArmSpec.readFile(p);
        assertEquals(2, all.size());
        assertEquals("1", all.get(0).group());
        assertEquals("--arm-file", all.get(0).option());
        assertEquals(new RateAssumption.Origin(p.toString(), 3, "groups[0].group"), all.get(0).origin());
        assertEquals(List.of(d("1.3"), d("1.5"), d("2.0")), cohorts(all.get(0)).get(1).index());
        assertEquals(ArmCohort.LifetimeCap.overStart(d("5")), cohorts(all.get(0)).get(1).lifetimeCap());
        assertEquals(ArmRounding.NONE, cohorts(all.get(1)).get(0).rounding());
    }

    @Test
    void mistakesInAnArmFileNameTheFileLineAndKey() throws IOException {
        String head = "groups:\n  - group: \"1\"\n    cohorts:\n";
        String p = dir.resolve("arm.yaml").toString();
        assertEquals(p + ":4: groups[0].cohorts[0].cap: must be a percentage in [0, 100): -2",
                fileRefusal(head + "      - { index: 1.3, margin: 2.75, first: 1, every: 12, cap: -2, life: 11.5 }\n"));
        assertEquals(p + ":6: groups[0].cohorts[1].speed: unknown key 'speed' (share, rate, index, margin, first, every, firstcap, cap, "
                + "life, lifeover, floor, round)",
                fileRefusal(head + "      - { share: 50, index: 1.3, margin: 2.75, first: 1, every: 12, cap: 2, life: 11.5 }\n"
                        + "      - { share: 50, index: 1.3, margin: 2.75, first: 1, every: 12, cap: 2, life: 11.5,\n"
                        + "          speed: 3 }\n"));
        assertEquals(p + ":4: groups[0].cohorts[0].margin: 'wide' is not a number",
                fileRefusal(head + "      - { index: 1.3, margin: wide, first: 1, every: 12, cap: 2, life: 11.5 }\n"));
        assertEquals(p + ":3: groups[0].cohorts: share: the cohorts' shares add up to 80%, not 100%",
                fileRefusal(head + "      - { share: 50, index: 1.3, margin: 2.75, first: 1, every: 12, cap: 2, life: 11.5 }\n"
                        + "      - { share: 30, index: 1.3, margin: 2.75, first: 1, every: 12, cap: 2, life: 11.5 }\n"));
        assertEquals(p + ":2: groups[0].rates: unknown key 'rates'", fileRefusal("groups:\n  - rates: 1\n"));
        assertEquals(p + ":2: groups[0].cohorts: missing or empty: give the group's cohorts", fileRefusal("groups:\n  - group: \"1\"\n"));
        assertEquals(p + ":1: groups: wrong type: expected a list", fileRefusal("groups: 3\n"));
    }
}
