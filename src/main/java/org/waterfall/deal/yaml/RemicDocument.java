package org.waterfall.deal.yaml;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A REMIC deal file's shape ({@code kind: remic}), exactly as written: Jackson binds the file to these records
 * (unknown keys and wrong types fail here, with their line); {@link RemicYamlReader} resolves names and builds the
 * deal, which checks the meaning.
 */
record RemicDocument(
        @JsonProperty(required = true) String kind,
        @JsonProperty(required = true) String id,
        String name,
        @JsonProperty(required = true) CalendarDoc calendar,
        @JsonProperty(required = true) List<CollateralDoc> collateral,
        List<ScheduleDoc> schedules,
        @JsonProperty(required = true) List<ClassDoc> classes,
        @JsonProperty(required = true) List<WaterfallDoc> waterfall,
        List<ExchangeableDoc> exchangeable) {

    record CalendarDoc(
            @JsonProperty(required = true) LocalDate settlement,
            @JsonProperty(required = true) LocalDate firstDistributionDate,
            @JsonProperty(required = true) Integer paymentDay) {
    }

    record CollateralDoc(
            @JsonProperty(required = true) String group,
            @JsonProperty(required = true) List<LineDoc> lines,
            List<SpeedLinesDoc> atSpeed) {
    }

    record LineDoc(
            String name,
            @JsonProperty(required = true) BigDecimal balance,
            @JsonProperty(required = true) BigDecimal loanRate,
            @JsonProperty(required = true) BigDecimal passThroughRate,
            @JsonProperty(required = true) Integer originalTerm,
            @JsonProperty(required = true) Integer remainingTerm,
            @JsonProperty(required = true) Integer age) {
    }

    /** Exactly one speed key. */
    record SpeedLinesDoc(BigDecimal psa, BigDecimal cpr, @JsonProperty(required = true) List<LineDoc> lines) {
    }

    /** A planned balance schedule: from a CSV file, or computed from a PSA band. */
    record ScheduleDoc(@JsonProperty(required = true) String id, String file, BandDoc psaBand) {
    }

    /** The band's ends, and the classes whose aggregate the schedule plans (paid first from the group's principal). */
    record BandDoc(
            @JsonProperty(required = true) BigDecimal low,
            @JsonProperty(required = true) BigDecimal high,
            @JsonProperty(required = true) String group,
            @JsonProperty(required = true) List<String> classes,
            Integer firstPeriod) {
    }

    record ClassDoc(
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String group,
            @JsonProperty(required = true) BigDecimal original,
            @JsonProperty(required = true) CouponDoc coupon,
            NotionalDoc notional,
            Boolean accrual,
            Boolean delay) {
    }

    /** Exactly one key. */
    record CouponDoc(
            BigDecimal fixed,
            Boolean principalOnly,
            NetWacDoc netWac,
            FloatingDoc floating,
            InverseDoc inverseFloating) {
    }

    record NetWacDoc(BigDecimal minus) {
    }

    record FloatingDoc(
            @JsonProperty(required = true) BigDecimal margin,
            BigDecimal multiplier,
            @JsonProperty(required = true) BigDecimal floor,
            @JsonProperty(required = true) BigDecimal cap,
            BigDecimal firstRate) {
    }

    record InverseDoc(
            @JsonProperty(required = true) BigDecimal constant,
            BigDecimal multiplier,
            @JsonProperty(required = true) BigDecimal floor,
            @JsonProperty(required = true) BigDecimal cap,
            BigDecimal firstRate) {
    }

    record NotionalDoc(@JsonProperty(required = true) List<String> of, @JsonProperty(required = true) BigDecimal percent) {
    }

    record WaterfallDoc(
            @JsonProperty(required = true) String group,
            List<AccretionDoc> accretion,
            @JsonProperty(required = true) RuleDoc principal) {
    }

    record AccretionDoc(@JsonProperty(required = true) String from, @JsonProperty(required = true) RuleDoc pay) {
    }

    record ExchangeableDoc(
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) List<String> of,
            @JsonProperty(required = true) BigDecimal rate) {
    }
}
