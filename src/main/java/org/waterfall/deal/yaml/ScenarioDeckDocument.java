package org.waterfall.deal.yaml;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A scenario deck file as written: plain values, bound by Jackson; what they mean (speeds, ranges, groups) is
 * checked by {@code org.waterfall.projection.ScenarioDeck}. A number may be given where a list is expected (a
 * constant instead of a vector by projected month).
 *
 * <pre>
 * deck: monthly-run                     # optional name
 * defaults: {severity: 40, lag: 12}     # optional: every key of a scenario but name and groups
 * scenarios:
 *   - name: base                        # optional; default the assumptions' label ("10 CPR, 1 CDR, ...")
 *     cpr: 10                           # one of cpr, psa, smm: a number or a list by projected month
 *     cdr: [0.5, 1, 2]                  # one of cdr, sda
 *     severity: 40                      # percent
 *     lag: 12                           # months
 *     delinquency: 0                    # percent 60+ days delinquent
 *     call: 10                          # clean-up call, percent of the original pool
 *     groups: {"3": {cpr: 40}}          # per-group assumptions, over the scenario's
 *     wacPath: {"1": "6.5,6.4,6.3"}     # as --wac-path G=...
 *     arm: {"2": "index:1.2/1.5,margin:2.25,first:1,every:12,cap:2,life:11"}   # as --arm G=...
 * </pre>
 */
public record ScenarioDeckDocument(
        String deck,
        ScenarioDoc defaults,
        @JsonProperty(required = true) List<ScenarioDoc> scenarios) {

    /** One scenario, or the deck's defaults. */
    public record ScenarioDoc(
            String name,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<BigDecimal> cpr,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<BigDecimal> psa,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<BigDecimal> smm,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<BigDecimal> cdr,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<BigDecimal> sda,
            BigDecimal severity,
            Integer lag,
            BigDecimal delinquency,
            BigDecimal call,
            Map<String, GroupDoc> groups,
            Map<String, String> wacPath,
            Map<String, String> arm) {
    }

    /** A group's assumptions within a scenario: each key given replaces the scenario's for that group. */
    public record GroupDoc(
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<BigDecimal> cpr,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<BigDecimal> psa,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<BigDecimal> smm,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<BigDecimal> cdr,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<BigDecimal> sda,
            BigDecimal severity,
            Integer lag,
            BigDecimal delinquency) {
    }
}
