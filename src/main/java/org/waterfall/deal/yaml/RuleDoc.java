package org.waterfall.deal.yaml;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * A principal rule as written, in either kind of deal file (a REMIC's {@code waterfall}, a shifting-interest deal's
 * {@code waterfall.groups[].seniorPrincipal}): a class name (paid until retired), or a mapping with exactly one of the
 * rule keys. {@link RuleReader} resolves it into a {@link org.waterfall.rules.PrincipalRule}.
 */
record RuleDoc(
        String pay,
        List<RuleDoc> sequential,
        List<String> proRata,
        List<ShareDoc> split,
        TargetDoc toTarget,
        LockoutDoc lockout,
        NasDoc nas) {

    @JsonCreator
    RuleDoc(@JsonProperty("pay") String pay, @JsonProperty("sequential") List<RuleDoc> sequential,
            @JsonProperty("proRata") List<String> proRata, @JsonProperty("split") List<ShareDoc> split,
            @JsonProperty("toTarget") TargetDoc toTarget, @JsonProperty("lockout") LockoutDoc lockout,
            @JsonProperty("nas") NasDoc nas) {
        this.pay = pay;
        this.sequential = sequential;
        this.proRata = proRata;
        this.split = split;
        this.toTarget = toTarget;
        this.lockout = lockout;
        this.nas = nas;
    }

    /** A bare class name: pay it until retired. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static RuleDoc ofClass(String className) {
        return new RuleDoc(className, null, null, null, null, null, null);
    }

    /** A NAS share: percentages by period, optionally times the NAS classes' share of a pool. */
    record NasDoc(@JsonProperty(required = true) List<NasStepDoc> steps, List<String> classes, List<String> pool,
            @JsonProperty(required = true) RuleDoc pay) {
    }

    record NasStepDoc(@JsonProperty(required = true) Integer fromPeriod, @JsonProperty(required = true) BigDecimal percent) {
    }

    record ShareDoc(@JsonProperty(required = true) BigDecimal percent, @JsonProperty(required = true) RuleDoc pay) {
    }

    /** {@code classes}: the aggregate the schedule plans; by default the classes {@code pay} names. */
    record TargetDoc(@JsonProperty(required = true) String schedule, List<String> classes, @JsonProperty(required = true) RuleDoc pay) {
    }

    record LockoutDoc(@JsonProperty(required = true) Integer firstPeriod, @JsonProperty(required = true) RuleDoc pay) {
    }
}
