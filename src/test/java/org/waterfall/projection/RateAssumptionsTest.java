package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waterfall.InputException;
import org.waterfall.deal.ResolvedDeal;

class RateAssumptionsTest {

    private static final String ARM = "1=index:1.3,margin:2.75,first:1,every:12,cap:5,life:12";

    private static String refusal(RateAssumption... given) {
        return assertThrows(InputException.class, () -> RateAssumptions.of(List.of(given))).getMessage();
    }

    private static RateAssumption fromFile(String group, int line) {
        RateAssumption a = ArmSpec.parseOption(group + ARM.substring(1));
        return new RateAssumption(group, a.path(), "--arm-file", new RateAssumption.Origin("arm.yaml", line, "groups[0].group"));
    }

    @Test
    void twoAssumptionsForOneGroupAreRefusedWhicheverOptionsGiveThem() {
        assertEquals("--arm: group 1 has two rate assumptions (--arm twice): give one per group",
                refusal(ArmSpec.parseOption(ARM), ArmSpec.parseOption(ARM)));
        assertEquals("--arm: group 1 has two rate assumptions (--wac-path and --arm): give one per group",
                refusal(RateAssumption.parseWacPath("1=6,5.5"), ArmSpec.parseOption(ARM)));
        assertEquals("arm.yaml:4: groups[0].group: group 1 has two rate assumptions (--arm and --arm-file): give one per group",
                refusal(ArmSpec.parseOption(ARM), fromFile("1", 4)));
        assertEquals("--wac-path: group 1 has two rate assumptions (--arm-file and --wac-path, the first at arm.yaml:4): give one per "
                + "group", refusal(fromFile("1", 4), RateAssumption.parseWacPath("1=6")));
    }

    @Test
    void oneAssumptionPerGroupGivesTheirPathsInOrder() {
        RateAssumptions r = RateAssumptions.of(List.of(RateAssumption.parseWacPath("2=6,5.5"), ArmSpec.parseOption(ARM)));
        assertEquals(List.of("2", "1"), List.copyOf(r.paths().keySet()));
        assertEquals(new RatePath.WacVector(List.of(new BigDecimal("6"), new BigDecimal("5.5"))), r.paths().get("2"));
    }

    @Test
    void scenarioNamesCarryEveryRateAssumption() {
        RateAssumptions r = RateAssumptions.of(List.of(RateAssumption.parseWacPath("2=6,5.5"), ArmSpec.parseOption(ARM)));
        assertEquals(", group 2 WAC 6/5.5, group 1 ARM index 1.3", r.nameSuffix());
        Scenario named = r.named(List.of(ProjectionFixtures.cpr(10))).get(0);
        assertEquals("10 CPR, group 2 WAC 6/5.5, group 1 ARM index 1.3", named.name());
        List<Scenario> plain = List.of(ProjectionFixtures.cpr(10));
        assertSame(plain, RateAssumptions.none().named(plain));
    }

    @Test
    void aGroupTheDealLacksIsRefusedNamingTheOption() {
        ResolvedDeal deal = ProjectionFixtures.passThroughDeal();
        StartState start = ProjectionFixtures.passThroughStart(new BigDecimal("1000000.00"), new BigDecimal("6.5"), 359);
        RateAssumptions r = RateAssumptions.of(List.of(RateAssumption.parseWacPath("7=6")));
        assertEquals("--wac-path: the deal has no group '7'",
                assertThrows(InputException.class, () -> r.check(deal, start, true)).getMessage());
    }

    @Test
    void aRatePathThatTakesTheNetWacBelowZeroIsRefusedUnlessAllowed() {
        // fees 0.25%: a floor of 0 and an index of 0 take the gross WAC to 0 at the first reset (month 2)
        ResolvedDeal deal = ProjectionFixtures.passThroughDeal();
        StartState start = ProjectionFixtures.passThroughStart(new BigDecimal("1000000.00"), new BigDecimal("6.5"), 359);
        RateAssumptions r = RateAssumptions.of(List.of(ArmSpec.parseOption("1=index:0,margin:0,first:2,every:12,cap:9,life:12,floor:0")));
        assertEquals("--arm: group 1, projected month 2: gross WAC 0% is not above the group's fees of 0.25%: the net WAC would be "
                + "negative (--allow-implausible if intended)", assertThrows(InputException.class, () -> r.check(deal, start, false)).getMessage());
        assertDoesNotThrow(() -> r.check(deal, start, true));
        RateAssumptions high = RateAssumptions.of(List.of(RateAssumption.parseWacPath("1=6,25")));
        assertEquals("--wac-path: group 1, projected month 2: gross WAC 25% is above 20%, the highest plausible mortgage rate "
                + "(--allow-implausible if intended)", assertThrows(InputException.class, () -> high.check(deal, start, false)).getMessage());
    }

    @Test
    void cohortsWhoseRatesDoNotAverageToTheGroupWacAreRefusedUnlessAllowed() {
        ResolvedDeal deal = ProjectionFixtures.passThroughDeal();
        StartState start = ProjectionFixtures.passThroughStart(new BigDecimal("1000000.00"), new BigDecimal("6.5"), 359);
        String terms = "index:1.3,margin:2.75,first:12,every:12,cap:2,life:12";
        // 50% x 7 + 50% x 6.25 = 6.625, within 1/8 of 6.5
        RateAssumptions close = RateAssumptions.of(List.of(ArmSpec.parseOption("1=share:50,rate:7," + terms + ";share:50,rate:6.25," + terms)));
        assertDoesNotThrow(() -> close.check(deal, start, false));
        // 50% x 5 + 50% at the group's 6.5 = 5.75
        RateAssumptions far = RateAssumptions.of(List.of(ArmSpec.parseOption("1=share:50,rate:5," + terms + ";share:50," + terms)));
        assertEquals("--arm: group 1: the cohorts' rates at the start average 5.75% by share, not the group's gross WAC of 6.5% (more than "
                + "0.125 apart) (--allow-implausible if intended)", assertThrows(InputException.class, () -> far.check(deal, start, false)).getMessage());
        assertDoesNotThrow(() -> far.check(deal, start, true));
    }
}
