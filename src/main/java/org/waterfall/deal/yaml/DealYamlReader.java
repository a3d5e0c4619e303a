package org.waterfall.deal.yaml;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.waterfall.InputException;
import org.waterfall.InputProblem;
import org.waterfall.deal.CertificateClass;
import org.waterfall.deal.ClassRole;
import org.waterfall.deal.Coupon;
import org.waterfall.deal.Deal;
import org.waterfall.deal.DealCalendar;
import org.waterfall.deal.DealValidationException;
import org.waterfall.deal.LoanGroup;
import org.waterfall.deal.LossRules;
import org.waterfall.deal.ShiftingInterest;
import org.waterfall.deal.TrusteeConventions;
import org.waterfall.deal.Waterfall;
import org.waterfall.deal.WorkingPrecision;
import org.waterfall.deal.yaml.DealDocument.ClassDoc;
import org.waterfall.deal.yaml.DealDocument.ConventionsDoc;
import org.waterfall.deal.yaml.DealDocument.CouponDoc;
import org.waterfall.deal.yaml.DealDocument.GroupDoc;
import org.waterfall.deal.yaml.DealDocument.ShiftingDoc;
import org.waterfall.money.RemainderRule;
import org.waterfall.money.Rounding;

/**
 * Reads a deal YAML file into a validated {@link Deal}. Every problem found (not just the first) is reported
 * as {@code file:line: key.path: message}; on any problem an {@link InputException} carries them all.
 */
public final class DealYamlReader {

    private DealYamlReader() {
    }

    public static Deal read(Path file) {
        YamlBinder.Bound<DealDocument> bound = YamlBinder.bind(file, DealDocument.class);
        return new Builder(bound, file.toAbsolutePath().getParent()).build();
    }

    /** Reads deal YAML from text; {@code name} is how problems name the source (schedule files: relative to the working directory). */
    public static Deal read(String name, String text) {
        return read(name, text, null);
    }

    /** Reads deal YAML from text; {@code name} names the source; schedule files are found under {@code directory}. */
    public static Deal read(String name, String text, Path directory) {
        return new Builder(YamlBinder.bind(name, text, DealDocument.class), directory).build();
    }

    private static final class Builder {
        private final YamlBinder.Bound<DealDocument> bound;
        private final List<InputProblem> problems = new ArrayList<>();
        private final Path directory;

        Builder(YamlBinder.Bound<DealDocument> bound, Path directory) {
            this.bound = bound;
            this.directory = directory;
        }

        Deal build() {
            DealDocument d = bound.document();
            DealCalendar calendar = attempt("calendar",
                    () -> new DealCalendar(d.calendar().firstDistributionDate(), d.calendar().paymentDay()));
            if (d.calendar().dayCount() != null && !"30/360".equals(d.calendar().dayCount())) {
                problems.add(bound.problem("calendar.dayCount", "only 30/360 is supported, not '" + d.calendar().dayCount() + "'"));
            }
            List<LoanGroup> groups = new ArrayList<>();
            for (int i = 0; i < d.groups().size(); i++) {
                GroupDoc g = d.groups().get(i);
                LoanGroup group = attempt("groups[" + i + "]", () -> new LoanGroup(g.id(), g.servicingFeeRate(),
                        orZero(g.subServicingFeeRate()), orZero(g.trusteeFeeRate()),
                        g.originalTermMonths() == null ? 360 : g.originalTermMonths()));
                if (group != null) {
                    groups.add(group);
                }
            }
            List<CertificateClass> classes = new ArrayList<>();
            for (int i = 0; i < d.classes().size(); i++) {
                CertificateClass c = certificateClass("classes[" + i + "]", d.classes().get(i));
                if (c != null) {
                    classes.add(c);
                }
            }
            ShiftingInterest shifting = shifting(d.shiftingInterest());
            LossRules losses = losses(d.losses());
            TrusteeConventions conventions = conventions(d.conventions());
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            Deal deal = attempt("", () -> new Deal(d.id(), d.name(), d.series(), calendar, groups, classes, shifting,
                    losses, conventions));
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            if (d.waterfall() == null) {
                if (d.schedules() != null) {
                    throw new InputException(bound.problem("schedules", "schedules are paid to by toTarget rules: write a waterfall block"));
                }
                return deal;
            }
            // the composition is read against a deal whose classes and groups are sound
            java.util.Map<String, org.waterfall.rules.PlannedBalances> schedules = schedules(d.schedules());
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            Waterfall waterfall = new WaterfallReader(bound, problems, groups, classes).read(d.waterfall(), schedules);
            Deal composed = waterfall == null ? null : attempt("", () -> new Deal(d.id(), d.name(), d.series(), calendar, groups,
                    classes, shifting, losses, conventions, waterfall));
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            return composed;
        }

        /** The deal's planned balance schedules by id (for {@code toTarget} rules). */
        private java.util.Map<String, org.waterfall.rules.PlannedBalances> schedules(List<DealDocument.ScheduleDoc> docs) {
            java.util.Map<String, org.waterfall.rules.PlannedBalances> schedules = new java.util.LinkedHashMap<>();
            for (int i = 0; docs != null && i < docs.size(); i++) {
                DealDocument.ScheduleDoc s = docs.get(i);
                if (schedules.containsKey(s.id())) {
                    problems.add(bound.problem("schedules[" + i + "].id", "schedule " + s.id() + " is defined twice"));
                    continue;
                }
                org.waterfall.rules.PlannedBalances built = ScheduleFiles.read(bound, problems, directory, "schedules[" + i + "].file", s.id(), s.file());
                if (built != null) {
                    schedules.put(s.id(), built);
                }
            }
            return schedules;
        }

        private CertificateClass certificateClass(String at, ClassDoc c) {
            ClassRole role = enumValue(at + ".role", ClassRole.class, c.role());
            Coupon coupon = coupon(at + ".coupon", c.coupon());
            if (c.cusip() != null && !c.cusip().matches("[0-9A-Z]{8}[0-9]")) {
                problems.add(bound.problem(at + ".cusip", "not a CUSIP (8 letters or digits and a check digit): '" + c.cusip() + "'"));
            }
            if (role == null || coupon == null) {
                return null;
            }
            if (coupon instanceof Coupon.Fixed f && f.capGroup() != null && c.group() == null) {
                problems.add(bound.problem(at + ".coupon.cap", "a capped coupon needs the class's group"));
                return null;
            }
            Coupon resolved = coupon instanceof Coupon.Fixed f && f.capGroup() != null
                    ? new Coupon.Fixed(f.ratePercent(), c.group(), f.throughDate()) : coupon;
            return attempt(at, () -> new CertificateClass(c.name(), c.cusip(), c.group(), role, c.original(),
                    c.notionalOf(), c.printsNotional() == null || c.printsNotional(), resolved));
        }

        private Coupon coupon(String at, CouponDoc c) {
            List<Coupon> set = new ArrayList<>();
            if (c.fixed() != null) {
                // "cap: groupNetWac" names the class's own group; the caller fills it in
                boolean capped = c.cap() != null;
                if (capped && !"groupNetWac".equals(c.cap())) {
                    problems.add(bound.problem(at + ".cap", "unknown cap '" + c.cap() + "'; expected groupNetWac"));
                    return null;
                }
                int through = c.fixedThroughDate() == null ? 0 : c.fixedThroughDate();
                Coupon.Fixed f = attempt(at, () -> new Coupon.Fixed(c.fixed(), capped ? "" : null, through));
                if (f == null) {
                    return null;
                }
                set.add(f);
            } else if (c.cap() != null || c.fixedThroughDate() != null) {
                problems.add(bound.problem(at + (c.cap() != null ? ".cap" : ".fixedThroughDate"), "goes with a fixed coupon only"));
                return null;
            }
            if (c.groupNetWac() != null) {
                set.add(new Coupon.GroupNetWac(c.groupNetWac()));
            }
            if (c.wacExcessStrip() != null) {
                Integer through = c.wacExcessStrip().throughDate();
                Coupon.WacExcessStrip strip = attempt(at + ".wacExcessStrip", () -> new Coupon.WacExcessStrip(
                        c.wacExcessStrip().group(), c.wacExcessStrip().over(), through == null ? 0 : through));
                if (strip == null) {
                    return null;
                }
                set.add(strip);
            }
            if (c.subordinateNetWac() != null) {
                set.add(new Coupon.SubordinateNetWac(c.subordinateNetWac().minus()));
            }
            if (c.fixedStrip() != null) {
                set.add(new Coupon.FixedStrip(c.fixedStrip().of(), c.fixedStrip().rate()));
            }
            if (set.size() != 1) {
                problems.add(bound.problem(at, "needs exactly one of fixed, groupNetWac, wacExcessStrip, "
                        + "subordinateNetWac, fixedStrip (found " + set.size() + ")"));
                return null;
            }
            return set.get(0);
        }

        private ShiftingInterest shifting(ShiftingDoc s) {
            String at = "shiftingInterest";
            List<ShiftingInterest.ShiftStep> steps = new ArrayList<>();
            for (int i = 0; i < s.prepaymentShift().size(); i++) {
                var step = s.prepaymentShift().get(i);
                ShiftingInterest.ShiftStep built = attempt(at + ".prepaymentShift[" + i + "]",
                        () -> new ShiftingInterest.ShiftStep(step.throughDate(), step.shift()));
                if (built != null) {
                    steps.add(built);
                }
            }
            ShiftingInterest.TwoTimesTest twoTimes = s.twoTimesTest() == null ? null
                    : attempt(at + ".twoTimesTest", () -> new ShiftingInterest.TwoTimesTest(s.twoTimesTest().multiple(),
                            s.twoTimesTest().switchDate(), s.twoTimesTest().shiftThroughSwitch(), s.twoTimesTest().shiftAfterSwitch()));
            ShiftingInterest.DelinquencyTest delinquency = s.delinquencyTest() == null ? null
                    : attempt(at + ".delinquencyTest", () -> new ShiftingInterest.DelinquencyTest(
                            java.util.Objects.requireNonNull(s.delinquencyTest().averagingMonths(), "averagingMonths"),
                            java.util.Objects.requireNonNull(s.delinquencyTest().limitPercentOfSubordinate(), "limitPercentOfSubordinate")));
            List<ShiftingInterest.LossTestStep> lossTest = lossSteps(at + ".lossTest", s.lossTest());
            List<ShiftingInterest.LossTestStep> stepDownLossTest = lossSteps(at + ".stepDownLossTest", s.stepDownLossTest());
            var cc = s.crossCollateralization();
            ShiftingInterest.CrossCollateralization cross = cc == null ? ShiftingInterest.CrossCollateralization.NONE
                    : attempt(at + ".crossCollateralization", () -> new ShiftingInterest.CrossCollateralization(
                            bool(cc.undercollateralized()), bool(cc.retiredGroup()), cc.retiredGroupUnlessSubordinateMultipleAtLeast()));
            return attempt(at, () -> new ShiftingInterest(steps, bool(s.fullPrepaymentWhenSeniorAboveClosing()),
                    twoTimes, delinquency, lossTest, bool(s.classPrepaymentTrigger()), cross, stepDownLossTest));
        }

        private List<ShiftingInterest.LossTestStep> lossSteps(String at, List<DealDocument.LossStepDoc> docs) {
            List<ShiftingInterest.LossTestStep> steps = new ArrayList<>();
            if (docs != null) {
                for (int i = 0; i < docs.size(); i++) {
                    var step = docs.get(i);
                    ShiftingInterest.LossTestStep built = step == null ? null : attempt(at + "[" + i + "]",
                            () -> new ShiftingInterest.LossTestStep(step.throughDate() == null ? 0 : step.throughDate(),
                                    step.limitPercentOfOriginalSubordinate()));
                    if (built != null) {
                        steps.add(built);
                    }
                }
            }
            return steps;
        }

        private LossRules losses(DealDocument.LossesDoc l) {
            LossRules.ShortfallAllocation allocation = l.interestShortfalls() == null
                    ? LossRules.ShortfallAllocation.PRO_RATA_ACCRUED_INTEREST
                    : enumValue("losses.interestShortfalls", LossRules.ShortfallAllocation.class, l.interestShortfalls());
            LossRules.UnpaidInterest unpaid = l.unpaidInterest() == null ? LossRules.UnpaidInterest.CARRY_FORWARD
                    : enumValue("losses.unpaidInterest", LossRules.UnpaidInterest.class, l.unpaidInterest());
            if (allocation == null || unpaid == null) {
                return null;
            }
            return attempt("losses", () -> new LossRules(l.order(), allocation, unpaid, l.compensatingInterestCap(),
                    bool(l.writeDownExcessOverCollateral())));
        }

        private TrusteeConventions conventions(ConventionsDoc c) {
            String at = "conventions.";
            Rounding couponRate = c.couponRate() == null || "UNROUNDED".equals(c.couponRate()) ? null
                    : enumValue(at + "couponRate", Rounding.class, c.couponRate());
            RemainderRule shortfall = c.shortfallRemainder() == null ? RemainderRule.LARGEST_ABSORBS
                    : enumValue(at + "shortfallRemainder", RemainderRule.class, c.shortfallRemainder());
            Rounding interest = enumValue(at + "interest", Rounding.class, c.interest());
            Rounding principal = enumValue(at + "principal", Rounding.class, c.principal());
            RemainderRule senior = enumValue(at + "seniorRemainder", RemainderRule.class, c.seniorRemainder());
            RemainderRule sub = enumValue(at + "subordinateRemainder", RemainderRule.class, c.subordinateRemainder());
            Rounding factor = enumValue(at + "factor", Rounding.class, c.factor());
            Rounding rate = enumValue(at + "rate", Rounding.class, c.rate());
            TrusteeConventions.DerivedFigureBasis basis = c.derivedFigureBasis() == null ? TrusteeConventions.DerivedFigureBasis.ROUNDED_AMOUNTS
                    : enumValue(at + "derivedFigureBasis", TrusteeConventions.DerivedFigureBasis.class, c.derivedFigureBasis());
            WorkingPrecision precision = c.workingPrecision() == null ? WorkingPrecision.DIGITS_34
                    : enumValue(at + "workingPrecision", WorkingPrecision.class, c.workingPrecision());
            if (interest == null || principal == null || senior == null || sub == null || shortfall == null
                    || factor == null || rate == null || basis == null || precision == null) {
                return null;
            }
            return new TrusteeConventions(interest, principal, senior, sub, shortfall, factor, rate, couponRate, basis,
                    c.balancesBelowCent() != null && c.balancesBelowCent(), precision);
        }

        private <E extends Enum<E>> E enumValue(String at, Class<E> type, String text) {
            if (text == null) {
                problems.add(bound.problem(at, "is required"));
                return null;
            }
            String normalized = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(normalized)) {
                    return e;
                }
            }
            List<String> allowed = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                allowed.add(e.name());
            }
            problems.add(bound.problem(at, "unknown value '" + text + "'; expected one of " + String.join(", ", allowed)));
            return null;
        }

        /** Builds a domain object; a validation failure becomes a problem at {@code at} plus its field. */
        private <T> T attempt(String at, Supplier<T> build) {
            try {
                return build.get();
            } catch (DealValidationException e) {
                for (DealValidationException.Violation v : e.violations()) {
                    String path = at.isEmpty() ? v.field() : v.field().isEmpty() ? at : at + "." + v.field();
                    problems.add(bound.problem(path, v.message()));
                }
            } catch (NullPointerException e) {
                String field = e.getMessage() == null ? "" : e.getMessage();
                problems.add(bound.problem(at.isEmpty() ? field : at + "." + field, "is required"));
            } catch (IllegalArgumentException e) {
                problems.add(bound.problem(at, e.getMessage()));
            }
            return null;
        }

        private static boolean bool(Boolean b) {
            return b != null && b;
        }

        private static BigDecimal orZero(BigDecimal b) {
            return b == null ? BigDecimal.ZERO : b;
        }
    }
}
