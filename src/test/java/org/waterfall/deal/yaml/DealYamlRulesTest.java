package org.waterfall.deal.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waterfall.InputException;
import org.waterfall.InputProblem;
import org.waterfall.deal.Coupon;
import org.waterfall.deal.Deal;
import org.waterfall.deal.LossRules;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.ShiftingInterest;
import org.waterfall.deal.ShiftingInterest.CrossCollateralization;

/**
 * The deal YAML keys of the PSA's conditional rules and of coupons that follow the loans (issue 9): each reads into the
 * model, and each bad value is one problem naming the file, the line and the key as written.
 */
class DealYamlRulesTest {

    private static final String FILE = "rules.yaml";

    /** A small two-group deal using every new key. */
    private static final String DEAL = """
            id: rules
            calendar:
              firstDistributionDate: 2002-10-20
              paymentDay: 20
            groups:
              - { id: "1", servicingFeeRate: 0.25 }
              - { id: "2", servicingFeeRate: 0.25 }
            classes:
              - { name: A, group: "1", role: senior, original: 500000, coupon: { fixed: 5.000, cap: groupNetWac, fixedThroughDate: 60 } }
              - name: X
                group: "1"
                role: senior
                original: 500000
                notionalOf: [A]
                coupon: { wacExcessStrip: { group: "1", over: [A], throughDate: 60 } }
              - { name: Q, group: "2", role: senior, original: 400000, coupon: { fixed: 6.000, cap: groupNetWac } }
              - { name: W, group: "2", role: senior, original: 1000, coupon: { groupNetWac: "2" } }
              - { name: B1, role: subordinate, original: 60000, coupon: { subordinateNetWac: { minus: 0 } } }
              - { name: B2, role: subordinate, original: 40000, coupon: { subordinateNetWac: { minus: 0 } } }
            shiftingInterest:
              prepaymentShift:
                - { throughDate: 84, shift: 100 }
                - { throughDate: 96, shift: 70 }
              delinquencyTest: { averagingMonths: 6, limitPercentOfSubordinate: 50 }
              stepDownLossTest:
                - { throughDate: 96, limitPercentOfOriginalSubordinate: 30 }
                - { limitPercentOfOriginalSubordinate: 35 }
              crossCollateralization:
                undercollateralized: true
                retiredGroup: true
                retiredGroupUnlessSubordinateMultipleAtLeast: 2
            losses:
              order: [B2, B1]
              interestShortfalls: WITHIN_GROUP_PRO_RATA_ACCRUED_INTEREST
              compensatingInterestCap: 0.250
              unpaidInterest: NOT_CARRIED
              writeDownExcessOverCollateral: true
            conventions:
              interest: CENTS_HALF_UP
              principal: CENTS_HALF_UP
              seniorRemainder: LARGEST_ABSORBS
              subordinateRemainder: LARGEST_ABSORBS
              factor: FACTOR_6_HALF_UP
              rate: RATE_PERCENT_6_HALF_UP
            """;

    private static Deal read(String text) {
        return DealYamlReader.read(FILE, text);
    }

    /** The deal text with one exact piece replaced (which must be there once). */
    private static String with(String from, String to) {
        return YamlTexts.replaceOnce(DEAL, from, to);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Nested
    class NewKeysRead {
        private final Deal deal = read(DEAL);

        @Test
        void cappedFixedCouponWithAFixedPeriodNamesTheClasssGroup() {
            assertEquals(new Coupon.Fixed(d("5.000"), "1", 60), deal.classes().get(0).coupon());
            assertEquals(new Coupon.Fixed(d("6.000"), "2", 0), deal.classes().get(2).coupon());
        }

        @Test
        void wacExcessStripEndsOnItsThroughDate() {
            assertEquals(new Coupon.WacExcessStrip("1", List.of("A"), 60), deal.classes().get(1).coupon());
            ResolvedDeal resolved = deal.resolve();
            int x = resolved.classIndex("X");
            assertTrue(resolved.couponAsWritten(x, 60), "in force on date 60");
            assertFalse(resolved.couponAsWritten(x, 61), "ended after date 60");
            assertEquals(resolved.groupIndex("1"), resolved.couponCapGroup(resolved.classIndex("A")));
        }

        @Test
        void crossCollateralizationObjectFormReadsEachRule() {
            assertEquals(new CrossCollateralization(true, true, d("2")), deal.shiftingInterest().crossCollateralization());
        }

        @Test
        void stepDownLossTestReadsWithTheLastStepOpenEnded() {
            assertEquals(List.of(new ShiftingInterest.LossTestStep(96, d("30")), new ShiftingInterest.LossTestStep(0, d("35"))),
                    deal.shiftingInterest().stepDownLossTest());
            assertEquals(d("30"), deal.shiftingInterest().stepDownLossLimitPercent(90));
            assertEquals(d("35"), deal.shiftingInterest().stepDownLossLimitPercent(200));
        }

        @Test
        void lossRulesReadEveryNewKey() {
            LossRules losses = deal.losses();
            assertEquals(LossRules.ShortfallAllocation.WITHIN_GROUP_PRO_RATA_ACCRUED_INTEREST, losses.shortfallAllocation());
            assertEquals(LossRules.UnpaidInterest.NOT_CARRIED, losses.unpaidInterest());
            assertEquals(d("0.250"), losses.compensatingInterestCapPercent());
            assertTrue(losses.writeDownExcessOverCollateral());
        }

        @Test
        void crossCollateralizationTrueMeansBothRulesUnconditional() {
            Deal on = read(crossCollateralizationAs("true"));
            assertEquals(CrossCollateralization.UNCONDITIONAL, on.shiftingInterest().crossCollateralization());
        }

        @Test
        void crossCollateralizationFalseMeansNone() {
            Deal off = read(crossCollateralizationAs("false"));
            assertEquals(CrossCollateralization.NONE, off.shiftingInterest().crossCollateralization());
        }

        @Test
        void omittedKeysTakeTheirDefaults() {
            Deal plain = read(DEAL.replace("  interestShortfalls: WITHIN_GROUP_PRO_RATA_ACCRUED_INTEREST\n", "")
                    .replace("  compensatingInterestCap: 0.250\n", "").replace("  unpaidInterest: NOT_CARRIED\n", "")
                    .replace("  writeDownExcessOverCollateral: true\n", "")
                    .replace("""
                              stepDownLossTest:
                                - { throughDate: 96, limitPercentOfOriginalSubordinate: 30 }
                                - { limitPercentOfOriginalSubordinate: 35 }
                            """, "")
                    .replace(", fixedThroughDate: 60", ""));
            assertEquals(LossRules.ShortfallAllocation.PRO_RATA_ACCRUED_INTEREST, plain.losses().shortfallAllocation());
            assertEquals(LossRules.UnpaidInterest.CARRY_FORWARD, plain.losses().unpaidInterest());
            assertNull(plain.losses().compensatingInterestCapPercent());
            assertFalse(plain.losses().writeDownExcessOverCollateral());
            assertTrue(plain.shiftingInterest().stepDownLossTest().isEmpty(), "unconditional step-downs");
            assertEquals(new Coupon.Fixed(d("5.000"), "1", 0), plain.classes().get(0).coupon());
        }

        private String crossCollateralizationAs(String value) {
            return with("""
                      crossCollateralization:
                        undercollateralized: true
                        retiredGroup: true
                        retiredGroupUnlessSubordinateMultipleAtLeast: 2
                    """, "  crossCollateralization: " + value + "\n");
        }
    }

    /** Each bad value: exactly one problem, one line, {@code rules.yaml:LINE: KEY: message}. */
    @Nested
    class BadValues {

        private void assertOneProblem(String text, String marker, String key, String message) {
            YamlTexts.assertOneProblem(DealYamlRulesTest::read, FILE, text, marker, key, message);
        }

        @Test
        void unknownCapIsNamed() {
            String text = with("cap: groupNetWac, fixedThroughDate", "cap: netWac, fixedThroughDate");
            assertOneProblem(text, "name: A,", "classes[0].coupon.cap", "unknown cap 'netWac'; expected groupNetWac");
        }

        @Test
        void negativeFixedThroughDateIsNamedAsWritten() {
            String text = with("fixedThroughDate: 60", "fixedThroughDate: -1");
            assertOneProblem(text, "name: A,", "classes[0].coupon.fixedThroughDate", "must not be negative: -1");
        }

        @Test
        void fixedThroughDateWithoutACapSaysWhatItNeeds() {
            String text = with("fixed: 6.000, cap: groupNetWac }", "fixed: 6.000, fixedThroughDate: 60 }");
            assertOneProblem(text, "name: Q,", "classes[2].coupon.fixedThroughDate",
                    "needs cap: groupNetWac (the rate it becomes after the date)");
        }

        @Test
        void fixedThroughDateGoesWithAFixedCouponOnly() {
            String text = with("{ groupNetWac: \"2\" }", "{ groupNetWac: \"2\", fixedThroughDate: 60 }");
            assertOneProblem(text, "name: W,", "classes[3].coupon.fixedThroughDate", "goes with a fixed coupon only");
        }

        @Test
        void negativeStripThroughDateIsNamed() {
            String text = with("over: [A], throughDate: 60", "over: [A], throughDate: -2");
            assertOneProblem(text, "wacExcessStrip", "classes[1].coupon.wacExcessStrip.throughDate", "must not be negative: -2");
        }

        @Test
        void crossCollateralizationThatIsNeitherABooleanNorAMappingIsAWrongType() {
            String text = with("""
                      crossCollateralization:
                        undercollateralized: true
                        retiredGroup: true
                        retiredGroupUnlessSubordinateMultipleAtLeast: 2
                    """, "  crossCollateralization: maybe\n");
            InputException e = assertThrows(InputException.class, () -> read(text));
            assertEquals(1, e.problems().size(), e.problems().toString());
            InputProblem p = e.problems().get(0);
            assertEquals(YamlTexts.lineOf(text, "crossCollateralization: maybe"), p.line(), p.toString());
            assertEquals("shiftingInterest.crossCollateralization", p.field(), p.toString());
            assertTrue(p.message().startsWith("wrong type"), p.toString());
            assertFalse(e.getMessage().contains("\n"), "one line");
        }

        @Test
        void unknownCrossCollateralizationKeyIsNamedOnItsOwnLine() {
            // the key path names the unknown key, as for any other mapping (classes[2].colour in BadInputTest)
            String text = with("    retiredGroup: true\n", "    retired: true\n");
            assertOneProblem(text, "retired: true", "shiftingInterest.crossCollateralization.retired", "unknown key 'retired'");
        }

        @Test
        void unknownLossesKeyIsNamedOnItsOwnLine() {
            String text = with("  writeDownExcessOverCollateral: true\n", "  writeDownExcessOverCollateral: true\n  writeOff: true\n");
            assertOneProblem(text, "writeOff: true", "losses.writeOff", "unknown key 'writeOff'");
        }

        @Test
        void nonPositiveSubordinateMultipleIsNamedAsWritten() {
            String text = with("retiredGroupUnlessSubordinateMultipleAtLeast: 2", "retiredGroupUnlessSubordinateMultipleAtLeast: 0");
            assertOneProblem(text, "retiredGroupUnlessSubordinateMultipleAtLeast",
                    "shiftingInterest.crossCollateralization.retiredGroupUnlessSubordinateMultipleAtLeast", "must be positive: 0");
        }

        @Test
        void negativeStepDownLimitIsNamed() {
            String text = with("- { limitPercentOfOriginalSubordinate: 35 }", "- { limitPercentOfOriginalSubordinate: -5 }");
            assertOneProblem(text, "limitPercentOfOriginalSubordinate: -5",
                    "shiftingInterest.stepDownLossTest[1].limitPercentOfOriginalSubordinate", "must not be negative: -5");
        }

        @Test
        void unknownUnpaidInterestRuleListsTheChoices() {
            String text = with("unpaidInterest: NOT_CARRIED", "unpaidInterest: SOMETIMES");
            assertOneProblem(text, "unpaidInterest: SOMETIMES", "losses.unpaidInterest",
                    "unknown value 'SOMETIMES'; expected one of CARRY_FORWARD, NOT_CARRIED");
        }

        @Test
        void shortenedShortfallAllocationIsRefused() {
            String text = with("interestShortfalls: WITHIN_GROUP_PRO_RATA_ACCRUED_INTEREST", "interestShortfalls: WITHIN_GROUP");
            assertOneProblem(text, "interestShortfalls: WITHIN_GROUP", "losses.interestShortfalls",
                    "unknown value 'WITHIN_GROUP'; expected one of PRO_RATA_ACCRUED_INTEREST, WITHIN_GROUP_PRO_RATA_ACCRUED_INTEREST");
        }

        @Test
        void negativeCompensatingInterestCapIsNamed() {
            String text = with("compensatingInterestCap: 0.250", "compensatingInterestCap: -0.25");
            assertOneProblem(text, "compensatingInterestCap: -0.25", "losses.compensatingInterestCap", "must not be negative: -0.25");
        }

        @Test
        void writeDownFlagMustBeABoolean() {
            String text = with("writeDownExcessOverCollateral: true", "writeDownExcessOverCollateral: often");
            InputException e = assertThrows(InputException.class, () -> read(text));
            assertEquals(1, e.problems().size(), e.problems().toString());
            InputProblem p = e.problems().get(0);
            assertEquals(YamlTexts.lineOf(text, "writeDownExcessOverCollateral: often"), p.line(), p.toString());
            assertEquals("losses.writeDownExcessOverCollateral", p.field(), p.toString());
            assertEquals("wrong type: expected true or false, not \"often\"", p.message(), p.toString());
        }
    }
}
