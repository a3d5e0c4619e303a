package org.waterfall.projection;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;
import org.waterfall.statement.StatementParser;

/** Deals and start states for projection tests: two small synthetic deals, and BoAMS 2002-K after November 2003. */
public final class ProjectionFixtures {

    public static final Path BOAMS_DEAL = Path.of("deals/boams-2002-k/deal.yaml");
    public static final Path BOAMS_STATEMENT = Path.of("deals/boams-2002-k/statements/2003-11-20.txt");
    /** A prime jumbo test deal written as a composition: a NAS class, a sequential pair, a lockout class. */
    public static final Path NAS_DEAL = Path.of("src/test/resources/deals/nas-jumbo/deal.yaml");

    /** The trustee conventions of the test deals, as deal YAML (the bundled deal's, without its comments). */
    public static final String CONVENTIONS_YAML = """
            conventions:
              interest: CENTS_HALF_UP
              principal: CENTS_HALF_UP
              seniorRemainder: LARGEST_ABSORBS
              subordinateRemainder: LARGEST_ABSORBS
              shortfallRemainder: LARGEST_ABSORBS
              factor: FACTOR_6_HALF_UP
              rate: RATE_PERCENT_6_HALF_UP
              couponRate: UNROUNDED
              derivedFigureBasis: UNROUNDED_AMOUNTS
            """;

    /**
     * The bundled deal's shifting-interest rules as deal YAML, with the class prepayment trigger ({@code %s}: true or
     * false) left open.
     */
    public static final String SHIFTING_INTEREST_YAML = """
            shiftingInterest:
              prepaymentShift:
                - { throughDate: 84,  shift: 100 }
                - { throughDate: 96,  shift: 70 }
                - { throughDate: 108, shift: 60 }
                - { throughDate: 120, shift: 40 }
                - { throughDate: 132, shift: 20 }
              fullPrepaymentWhenSeniorAboveClosing: true
              twoTimesTest: { multiple: 2, switchDate: 36, shiftThroughSwitch: 50, shiftAfterSwitch: 0 }
              delinquencyTest: { averagingMonths: 6, limitPercentOfSubordinate: 50 }
              lossTest:
                - { throughDate: 36, limitPercentOfOriginalSubordinate: 20 }
                - { limitPercentOfOriginalSubordinate: 30 }
              classPrepaymentTrigger: %s
              crossCollateralization: true
            """;

    private static final String CONVENTIONS = "losses: { order: [%s] }\n" + CONVENTIONS_YAML;

    private static ResolvedDeal boams;
    private static StartState boamsStart;

    private ProjectionFixtures() {
    }

    /** One group (fee 0.25%), one pass-through class A at the group's net WAC, original $1,000,000. */
    public static ResolvedDeal passThroughDeal() {
        String yaml = """
                id: pass-through
                calendar: { firstDistributionDate: 2020-01-25, paymentDay: 25 }
                groups:
                  - { id: "1", servicingFeeRate: 0.25, originalTermMonths: 360 }
                classes:
                  - { name: A, group: "1", role: senior, original: 1000000, coupon: { groupNetWac: "1" } }
                shiftingInterest:
                  prepaymentShift: [ { throughDate: 84, shift: 100 } ]
                """ + CONVENTIONS.formatted("");
        return DealYamlReader.read("pass-through.yaml", yaml).resolve();
    }

    /** The pass-through deal after its first distribution date, with the given collateral and class balance. */
    public static StartState passThroughStart(BigDecimal balance, BigDecimal grossWac, int remainingTerm) {
        GroupStart g = new GroupStart("1", balance, grossWac, remainingTerm, 360 - remainingTerm, "given");
        return new StartState(java.time.LocalDate.of(2020, 1, 27), 1, List.of(balance), List.of(g), BigDecimal.ZERO, "test",
                "given", List.of());
    }

    /**
     * Two groups with seniors (a fixed-rate class and its WAC-excess IO strip in group 1), three subordinate classes,
     * and 2002-K's shifting-interest rules (two-times test, delinquency and loss tests, class prepayment trigger,
     * cross-collateralization).
     */
    public static ResolvedDeal twoGroupDeal() {
        return twoGroupDeal(true);
    }

    /** The two-group deal, with or without the class prepayment distribution trigger. */
    public static ResolvedDeal twoGroupDeal(boolean classPrepaymentTrigger) {
        String yaml = """
                id: two-group
                calendar: { firstDistributionDate: 2020-01-20, paymentDay: 20 }
                groups:
                  - { id: "1", servicingFeeRate: 0.25, originalTermMonths: 360 }
                  - { id: "2", servicingFeeRate: 0.375, originalTermMonths: 300 }
                classes:
                  - { name: 1A1, group: "1", role: senior, original: 30000000, coupon: { fixed: 5.0 } }
                  - { name: 1A2, group: "1", role: senior, original: 27000000, coupon: { groupNetWac: "1" } }
                  - { name: 1IO, group: "1", role: senior, original: 30000000, notionalOf: [1A1], coupon: { wacExcessStrip: { group: "1", over: [1A1] } } }
                  - { name: 2A1, group: "2", role: senior, original: 38000000, coupon: { groupNetWac: "2" } }
                  - { name: BIO, role: subordinate, original: 0, notionalOf: [B1], printsNotional: false, coupon: { fixedStrip: { of: B1, rate: 0.5 } } }
                  - { name: B1, role: subordinate, original: 3000000, coupon: { subordinateNetWac: { minus: 0.5 } } }
                  - { name: B2, role: subordinate, original: 1500000, coupon: { subordinateNetWac: { minus: 0 } } }
                  - { name: B3, role: subordinate, original: 500000, coupon: { subordinateNetWac: { minus: 0 } } }
                """ + SHIFTING_INTEREST_YAML.formatted(classPrepaymentTrigger) + CONVENTIONS.formatted("B3, B2, B1");
        return DealYamlReader.read("two-group.yaml", yaml).resolve();
    }

    /** The two-group deal after its first distribution date: classes at their originals, collateral equal to them. */
    public static StartState twoGroupStart(ResolvedDeal deal, int remaining1, int remaining2) {
        List<BigDecimal> balances = new ArrayList<>();
        for (int c = 0; c < deal.classCount(); c++) {
            balances.add(deal.isInterestOnly(c) ? BigDecimal.ZERO : deal.original(c));
        }
        List<GroupStart> groups = List.of(
                new GroupStart("1", new BigDecimal("60000000.00"), new BigDecimal("6.50"), remaining1, 360 - remaining1, "given"),
                new GroupStart("2", new BigDecimal("40000000.00"), new BigDecimal("5.75"), remaining2, 300 - remaining2, "given"));
        return new StartState(java.time.LocalDate.of(2020, 1, 20), 1, balances, groups, BigDecimal.ZERO, "test", "given", List.of());
    }

    /**
     * The NAS test deal: group 1 pays AR, then 1A3's NAS share (0% through date 60, rising to 100% from date 109), then
     * 1A1, 1A2 and 1A3 in turn; group 2 pays 2A1 and 2A2 pro rata from date 37 and 2A1 first before it.
     */
    public static ResolvedDeal nasDeal() {
        return DealYamlReader.read(NAS_DEAL).resolve();
    }

    /** The NAS test deal with its waterfall block left out: the standard composition (residual, then pro rata). */
    public static ResolvedDeal nasDealWithoutComposition() {
        try {
            String text = java.nio.file.Files.readString(NAS_DEAL);
            return DealYamlReader.read("nas-standard.yaml", text.substring(0, text.indexOf("\nwaterfall:"))
                    + text.substring(text.indexOf("\nlosses:"))).resolve();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The NAS test deal after its first distribution date: classes at their originals (AR retired), group 1's 90 million
     * and group 2's 40 million of 30-year loans at 6.25%, 359 months left.
     */
    public static StartState nasStart(ResolvedDeal deal) {
        List<BigDecimal> balances = new ArrayList<>();
        for (int c = 0; c < deal.classCount(); c++) {
            balances.add(deal.className(c).equals("AR") ? BigDecimal.ZERO : deal.original(c));
        }
        List<GroupStart> groups = List.of(
                new GroupStart("1", new BigDecimal("89999900.00"), new BigDecimal("6.25"), 359, 1, "given"),
                new GroupStart("2", new BigDecimal("40000000.00"), new BigDecimal("6.25"), 359, 1, "given"));
        return new StartState(java.time.LocalDate.of(2020, 1, 25), 1, balances, groups, BigDecimal.ZERO, "test", "given", List.of());
    }

    public static synchronized ResolvedDeal boams() {
        if (boams == null) {
            boams = DealYamlReader.read(BOAMS_DEAL).resolve();
        }
        return boams;
    }

    /** BoAMS 2002-K after the November 20, 2003 distribution, from the trustee's statement. */
    public static synchronized StartState boamsStart() {
        if (boamsStart == null) {
            boamsStart = StartState.fromStatement(boams(), StatementParser.parse(BOAMS_STATEMENT), TermMethod.IMPLIED);
        }
        return boamsStart;
    }

    public static Scenario cpr(double cpr) {
        return Scenario.of(GroupAssumptions.NONE.withPrepayment(Speed.of(Speed.Kind.CPR, cpr)));
    }
}
