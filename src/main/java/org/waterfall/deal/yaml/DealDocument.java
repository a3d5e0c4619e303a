package org.waterfall.deal.yaml;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The deal YAML's shape, exactly as written: Jackson binds the file to these records (unknown keys and
 * wrong types fail here, with their line); {@link DealYamlReader} then builds the domain model, which checks
 * the meaning.
 */
record DealDocument(
        @JsonProperty(required = true) String id,
        String name,
        String series,
        @JsonProperty(required = true) CalendarDoc calendar,
        @JsonProperty(required = true) List<GroupDoc> groups,
        @JsonProperty(required = true) List<ClassDoc> classes,
        @JsonProperty(required = true) ShiftingDoc shiftingInterest,
        @JsonProperty(required = true) LossesDoc losses,
        @JsonProperty(required = true) ConventionsDoc conventions,
        List<ScheduleDoc> schedules,
        WaterfallDoc waterfall) {

    /** A planned balance schedule for a {@code toTarget} rule: a CSV file beside the deal file. */
    record ScheduleDoc(@JsonProperty(required = true) String id, @JsonProperty(required = true) String file) {
    }

    /**
     * The composition: the engine's steps in order (by default all of them), each group's senior principal rule, the
     * subordinate classes in order of seniority (by default as the classes list them).
     */
    record WaterfallDoc(List<String> steps, @JsonProperty(required = true) List<GroupRuleDoc> groups, List<String> subordinates) {
    }

    record GroupRuleDoc(@JsonProperty(required = true) String group, @JsonProperty(required = true) RuleDoc seniorPrincipal) {
    }

    record CalendarDoc(
            @JsonProperty(required = true) LocalDate firstDistributionDate,
            @JsonProperty(required = true) Integer paymentDay,
            String dayCount) {
    }

    record GroupDoc(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) BigDecimal servicingFeeRate,
            BigDecimal subServicingFeeRate,
            BigDecimal trusteeFeeRate,
            Integer originalTermMonths) {
    }

    record ClassDoc(
            @JsonProperty(required = true) String name,
            String cusip,
            String group,
            @JsonProperty(required = true) String role,
            @JsonProperty(required = true) BigDecimal original,
            List<String> notionalOf,
            Boolean printsNotional,
            @JsonProperty(required = true) CouponDoc coupon) {
    }

    /** Exactly one rule key; {@code cap} and {@code fixedThroughDate} go with {@code fixed}. */
    record CouponDoc(
            BigDecimal fixed,
            String cap,
            Integer fixedThroughDate,
            String groupNetWac,
            StripDoc wacExcessStrip,
            SubordinateDoc subordinateNetWac,
            FixedStripDoc fixedStrip) {
    }

    record StripDoc(@JsonProperty(required = true) String group, @JsonProperty(required = true) List<String> over,
            Integer throughDate) {
    }

    record SubordinateDoc(@JsonProperty(required = true) BigDecimal minus) {
    }

    record FixedStripDoc(@JsonProperty(required = true) String of, @JsonProperty(required = true) BigDecimal rate) {
    }

    record ShiftingDoc(
            @JsonProperty(required = true) List<ShiftStepDoc> prepaymentShift,
            Boolean fullPrepaymentWhenSeniorAboveClosing,
            TwoTimesDoc twoTimesTest,
            DelinquencyDoc delinquencyTest,
            List<LossStepDoc> lossTest,
            Boolean classPrepaymentTrigger,
            CrossCollateralizationDoc crossCollateralization,
            List<LossStepDoc> stepDownLossTest) {
    }

    /** {@code true}/{@code false} (both rules unconditional, or none), or the rules one by one. */
    record CrossCollateralizationDoc(Boolean undercollateralized, Boolean retiredGroup,
            BigDecimal retiredGroupUnlessSubordinateMultipleAtLeast) {

        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        static CrossCollateralizationDoc of(boolean on) {
            return new CrossCollateralizationDoc(on, on, null);
        }

        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.PROPERTIES)
        CrossCollateralizationDoc {
        }
    }

    record ShiftStepDoc(@JsonProperty(required = true) Integer throughDate, @JsonProperty(required = true) BigDecimal shift) {
    }

    record TwoTimesDoc(
            @JsonProperty(required = true) BigDecimal multiple,
            @JsonProperty(required = true) Integer switchDate,
            @JsonProperty(required = true) BigDecimal shiftThroughSwitch,
            @JsonProperty(required = true) BigDecimal shiftAfterSwitch) {
    }

    record DelinquencyDoc(
            @JsonProperty(required = true) Integer averagingMonths,
            @JsonProperty(required = true) BigDecimal limitPercentOfSubordinate) {
    }

    record LossStepDoc(Integer throughDate, @JsonProperty(required = true) BigDecimal limitPercentOfOriginalSubordinate) {
    }

    record LossesDoc(@JsonProperty(required = true) List<String> order, String interestShortfalls, String unpaidInterest,
            BigDecimal compensatingInterestCap, Boolean writeDownExcessOverCollateral) {
    }

    record ConventionsDoc(
            @JsonProperty(required = true) String interest,
            @JsonProperty(required = true) String principal,
            @JsonProperty(required = true) String seniorRemainder,
            @JsonProperty(required = true) String subordinateRemainder,
            String shortfallRemainder,
            @JsonProperty(required = true) String factor,
            @JsonProperty(required = true) String rate,
            String couponRate,
            String derivedFigureBasis,
            Boolean balancesBelowCent,
            String workingPrecision) {
    }
}
