package org.waterfall.deal.yaml;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.waterfall.InputException;
import org.waterfall.InputProblem;
import org.waterfall.deal.DealValidationException;
import org.waterfall.deal.yaml.RemicDocument.ClassDoc;
import org.waterfall.deal.yaml.RemicDocument.CollateralDoc;
import org.waterfall.deal.yaml.RemicDocument.CouponDoc;
import org.waterfall.deal.yaml.RemicDocument.LineDoc;
import org.waterfall.deal.yaml.RemicDocument.ScheduleDoc;
import org.waterfall.projection.Speed;
import org.waterfall.remic.BandSchedule;
import org.waterfall.remic.CollateralGroup;
import org.waterfall.remic.Exchangeable;
import org.waterfall.remic.GroupWaterfall;
import org.waterfall.remic.InterestRule;
import org.waterfall.remic.LoanLine;
import org.waterfall.remic.RemicClass;
import org.waterfall.remic.RemicDeal;
import org.waterfall.rules.PlannedBalances;
import org.waterfall.rules.PrincipalRule;

/**
 * Reads a REMIC deal file ({@code kind: remic}) into a {@link RemicDeal}: loan lines, schedules (CSV files beside
 * the deal file, or computed from a PSA band), classes with their coupons, and each group's payment rules, with
 * class and schedule names resolved. Every problem found is reported as {@code file:line: key.path: message}.
 */
public final class RemicYamlReader {

    private RemicYamlReader() {
    }

    public static RemicDeal read(Path file) {
        return new Builder(YamlBinder.bind(file, RemicDocument.class), file.toAbsolutePath().getParent()).build();
    }

    /** Reads deal YAML from text; {@code name} names the source; schedule files are found under {@code directory}. */
    public static RemicDeal read(String name, String text, Path directory) {
        return new Builder(YamlBinder.bind(name, text, RemicDocument.class), directory).build();
    }

    private static final class Builder {
        private final YamlBinder.Bound<RemicDocument> bound;
        private final Path directory;
        private final List<InputProblem> problems = new ArrayList<>();
        private final Map<String, Integer> classIndex = new LinkedHashMap<>();
        private final Map<String, PlannedBalances> schedules = new LinkedHashMap<>();
        private List<ClassDoc> classDocs = List.of();

        Builder(YamlBinder.Bound<RemicDocument> bound, Path directory) {
            this.bound = bound;
            this.directory = directory;
        }

        RemicDeal build() {
            RemicDocument d = bound.document();
            if (!"remic".equals(d.kind())) {
                problems.add(bound.problem("kind", "expected 'remic', not '" + d.kind() + "'"));
            }
            List<CollateralGroup> groups = new ArrayList<>();
            for (int g = 0; g < d.collateral().size(); g++) {
                CollateralGroup group = group("collateral[" + g + "]", d.collateral().get(g));
                if (group != null) {
                    groups.add(group);
                }
            }
            classDocs = d.classes();
            for (int i = 0; i < classDocs.size(); i++) {
                classIndex.putIfAbsent(classDocs.get(i).name(), i);
            }
            List<RemicClass> classes = new ArrayList<>();
            for (int i = 0; i < classDocs.size(); i++) {
                RemicClass c = remicClass("classes[" + i + "]", classDocs.get(i));
                if (c != null) {
                    classes.add(c);
                }
            }
            List<ScheduleDoc> scheduleDocs = d.schedules() == null ? List.of() : d.schedules();
            for (int i = 0; i < scheduleDocs.size(); i++) {
                schedule("schedules[" + i + "]", scheduleDocs.get(i), groups, d.calendar().firstDistributionDate());
            }
            List<GroupWaterfall> waterfalls = new ArrayList<>();
            for (int i = 0; i < d.waterfall().size(); i++) {
                GroupWaterfall w = waterfall("waterfall[" + i + "]", d.waterfall().get(i));
                if (w != null) {
                    waterfalls.add(w);
                }
            }
            List<Exchangeable> exchangeables = new ArrayList<>();
            List<RemicDocument.ExchangeableDoc> ex = d.exchangeable() == null ? List.of() : d.exchangeable();
            for (int i = 0; i < ex.size(); i++) {
                String at = "exchangeable[" + i + "]";
                RemicDocument.ExchangeableDoc e = ex.get(i);
                List<Integer> of = classes(at + ".of", e.of(), true);
                if (of != null) {
                    Exchangeable built = attempt(at, () -> new Exchangeable(e.name(), of, e.rate()));
                    if (built != null) {
                        exchangeables.add(built);
                    }
                }
            }
            throwIfAny();
            required("id", d.id());
            required("calendar.settlement", d.calendar().settlement());
            required("calendar.firstDistributionDate", d.calendar().firstDistributionDate());
            required("calendar.paymentDay", d.calendar().paymentDay());
            throwIfAny();
            RemicDeal deal = attempt("", () -> new RemicDeal(d.id(), d.name() == null ? d.id() : d.name(), d.calendar().settlement(),
                    d.calendar().firstDistributionDate(), d.calendar().paymentDay(), groups, classes, waterfalls, exchangeables));
            throwIfAny();
            return deal;
        }

        private void required(String at, Object value) {
            if (value == null) {
                problems.add(bound.problem(at, "is required"));
            }
        }

        private void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
        }

        private CollateralGroup group(String at, CollateralDoc c) {
            List<LoanLine> lines = lines(at + ".lines", c.lines());
            List<CollateralGroup.SpeedLines> atSpeed = new ArrayList<>();
            List<RemicDocument.SpeedLinesDoc> docs = c.atSpeed() == null ? List.of() : c.atSpeed();
            for (int i = 0; i < docs.size(); i++) {
                String sat = at + ".atSpeed[" + i + "]";
                RemicDocument.SpeedLinesDoc s = docs.get(i);
                if ((s.psa() == null) == (s.cpr() == null)) {
                    problems.add(bound.problem(sat, "needs exactly one of psa, cpr"));
                    continue;
                }
                Speed speed = attempt(sat, () -> s.psa() != null ? Speed.of(Speed.Kind.PSA, s.psa().doubleValue())
                        : Speed.of(Speed.Kind.CPR, s.cpr().doubleValue()));
                List<LoanLine> sl = lines(sat + ".lines", s.lines());
                if (speed != null && sl != null) {
                    CollateralGroup.SpeedLines built = attempt(sat, () -> new CollateralGroup.SpeedLines(speed, sl));
                    if (built != null) {
                        atSpeed.add(built);
                    }
                }
            }
            if (lines == null) {
                return null;
            }
            return attempt(at, () -> new CollateralGroup(c.group(), lines, atSpeed));
        }

        private List<LoanLine> lines(String at, List<LineDoc> docs) {
            List<LoanLine> lines = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < docs.size(); i++) {
                LineDoc l = docs.get(i);
                String name = l.name() == null ? "line " + (i + 1) : l.name();
                LoanLine line = attempt(at + "[" + i + "]", () -> new LoanLine(name, l.balance(), l.loanRate(), l.passThroughRate(),
                        l.originalTerm(), l.remainingTerm(), l.age()));
                ok &= line != null;
                lines.add(line);
            }
            return ok ? lines : null;
        }

        private RemicClass remicClass(String at, ClassDoc c) {
            InterestRule coupon = coupon(at + ".coupon", c.coupon());
            RemicClass.Notional notional = null;
            if (c.notional() != null) {
                List<Integer> of = classes(at + ".notional.of", c.notional().of(), true);
                if (of == null) {
                    return null;
                }
                notional = attempt(at + ".notional", () -> new RemicClass.Notional(of, c.notional().percent()));
                if (notional == null) {
                    return null;
                }
            }
            if (coupon == null) {
                return null;
            }
            RemicClass.Notional n = notional;
            boolean floating = coupon instanceof InterestRule.IndexLinked;
            boolean delay = c.delay() == null ? !floating : c.delay();
            return attempt(at, () -> new RemicClass(c.name(), c.group(), c.original(), coupon, n, Boolean.TRUE.equals(c.accrual()), delay));
        }

        private InterestRule coupon(String at, CouponDoc c) {
            if (c == null) {
                problems.add(bound.problem(at, "is required"));
                return null;
            }
            List<Supplier<InterestRule>> set = new ArrayList<>();
            if (c.fixed() != null) {
                set.add(() -> new InterestRule.Fixed(c.fixed()));
            }
            if (c.principalOnly() != null) {
                if (!c.principalOnly()) {
                    problems.add(bound.problem(at + ".principalOnly", "write principalOnly: true, or another coupon"));
                    return null;
                }
                set.add(InterestRule.PrincipalOnly::new);
            }
            if (c.netWac() != null) {
                set.add(() -> new InterestRule.NetWac(c.netWac().minus() == null ? BigDecimal.ZERO : c.netWac().minus()));
            }
            if (c.floating() != null) {
                var f = c.floating();
                set.add(() -> new InterestRule.IndexLinked(f.margin(), f.multiplier() == null ? BigDecimal.ONE : f.multiplier(),
                        f.floor(), f.cap(), f.firstRate()));
            }
            if (c.inverseFloating() != null) {
                var f = c.inverseFloating();
                set.add(() -> new InterestRule.IndexLinked(f.constant(), (f.multiplier() == null ? BigDecimal.ONE : f.multiplier()).negate(),
                        f.floor(), f.cap(), f.firstRate()));
            }
            if (set.size() != 1) {
                problems.add(bound.problem(at, "needs exactly one of fixed, principalOnly, netWac, floating, inverseFloating (found "
                        + set.size() + ")"));
                return null;
            }
            return attempt(at, set.get(0));
        }

        private void schedule(String at, ScheduleDoc s, List<CollateralGroup> groups, LocalDate firstDistribution) {
            if ((s.file() == null) == (s.psaBand() == null)) {
                problems.add(bound.problem(at, "needs exactly one of file, psaBand"));
                return;
            }
            if (schedules.containsKey(s.id())) {
                problems.add(bound.problem(at + ".id", "schedule " + s.id() + " is defined twice"));
                return;
            }
            PlannedBalances built;
            if (s.file() != null) {
                built = scheduleFile(at + ".file", s.id(), s.file());
            } else {
                var band = s.psaBand();
                CollateralGroup group = groups.stream().filter(g -> g.id().equals(band.group())).findFirst().orElse(null);
                if (group == null) {
                    problems.add(bound.problem(at + ".psaBand.group", "no collateral group '" + band.group() + "'"));
                    return;
                }
                List<Integer> of = classes(at + ".psaBand.classes", band.classes(), false);
                if (of == null) {
                    return;
                }
                BigDecimal original = BigDecimal.ZERO;
                for (int c : of) {
                    original = original.add(classDocs.get(c).original());
                }
                BigDecimal total = original;
                built = attempt(at + ".psaBand", () -> BandSchedule.compute(s.id(), group, firstDistribution, total,
                        band.low().doubleValue(), band.high().doubleValue(), band.firstPeriod() == null ? 1 : band.firstPeriod()));
            }
            if (built != null) {
                schedules.put(s.id(), built);
            }
        }

        private PlannedBalances scheduleFile(String at, String id, String name) {
            return ScheduleFiles.read(bound, problems, directory, at, id, name);
        }

        private GroupWaterfall waterfall(String at, RemicDocument.WaterfallDoc w) {
            List<GroupWaterfall.Accretion> accretion = new ArrayList<>();
            List<RemicDocument.AccretionDoc> docs = w.accretion() == null ? List.of() : w.accretion();
            boolean ok = true;
            for (int i = 0; i < docs.size(); i++) {
                String aat = at + ".accretion[" + i + "]";
                Integer z = classIndex.get(docs.get(i).from());
                if (z == null) {
                    problems.add(bound.problem(aat + ".from", "no class '" + docs.get(i).from() + "'"));
                    ok = false;
                    continue;
                }
                if (!Boolean.TRUE.equals(classDocs.get(z).accrual())) {
                    problems.add(bound.problem(aat + ".from", "class " + docs.get(i).from() + " is not an accrual class (accrual: true)"));
                    ok = false;
                    continue;
                }
                PrincipalRule rule = rule(aat + ".pay", docs.get(i).pay(), w.group());
                if (rule == null) {
                    ok = false;
                    continue;
                }
                accretion.add(new GroupWaterfall.Accretion(z, rule));
            }
            PrincipalRule principal = rule(at + ".principal", w.principal(), w.group());
            if (!ok || principal == null) {
                return null;
            }
            return attempt(at, () -> new GroupWaterfall(w.group(), accretion, principal));
        }

        private PrincipalRule rule(String at, RuleDoc r, String group) {
            return new RuleReader(bound, problems, schedules).rule(at, r, (where, name) -> payable(where, name, group));
        }

        /** A class a group's principal can pay: known, of the group, with a balance. */
        private Integer payable(String at, String name, String group) {
            List<Integer> idx = classes(at, List.of(name), false);
            if (idx == null) {
                return null;
            }
            ClassDoc doc = classDocs.get(idx.get(0));
            if (!java.util.Objects.equals(doc.group(), group)) {
                problems.add(bound.problem(at, "class " + doc.name() + " is in group " + doc.group() + ", not " + group));
                return null;
            }
            return idx.get(0);
        }

        /** Resolves class names; notional classes only when {@code notionalAllowed}. */
        private List<Integer> classes(String at, List<String> names, boolean notionalAllowed) {
            List<Integer> idx = new ArrayList<>();
            for (String n : names) {
                Integer c = classIndex.get(n);
                if (c == null) {
                    problems.add(bound.problem(at, "no class '" + n + "'"));
                    return null;
                }
                if (!notionalAllowed && classDocs.get(c).notional() != null) {
                    problems.add(bound.problem(at, "class " + n + " is a notional class: it has no principal"));
                    return null;
                }
                idx.add(c);
            }
            return idx;
        }

        /**
         * The key a null came from: a constructor's {@code requireNonNull(x, "key")}, or the document accessor Java
         * names when it unboxes a null ({@code ...LineDoc.age()} is null); empty if neither.
         */
        private static String missingField(NullPointerException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            if (m.matches("[A-Za-z][A-Za-z0-9]*")) {
                return m;
            }
            java.util.regex.Matcher accessor = java.util.regex.Pattern.compile("\\.(\\w+)\\(\\)\" is null").matcher(m);
            return accessor.find() ? accessor.group(1) : "";
        }

        /** Builds a model object; its validation failure becomes a problem at {@code at}. */
        private <T> T attempt(String at, Supplier<T> build) {
            try {
                return build.get();
            } catch (DealValidationException e) {
                for (DealValidationException.Violation v : e.violations()) {
                    String path = at.isEmpty() ? v.field() : v.field().isEmpty() ? at : at + "." + v.field();
                    problems.add(bound.problem(path, v.message()));
                }
            } catch (NullPointerException e) {
                String field = missingField(e);
                problems.add(bound.problem(at.isEmpty() ? field : field.isEmpty() ? at : at + "." + field, "is required"));
            } catch (IllegalArgumentException e) {
                problems.add(bound.problem(at, e.getMessage()));
            }
            return null;
        }
    }
}
