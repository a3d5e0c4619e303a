package org.waterfall.projection;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.waterfall.InputException;
import org.waterfall.InputProblem;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.ScenarioDeckDocument;
import org.waterfall.deal.yaml.ScenarioDeckDocument.GroupDoc;
import org.waterfall.deal.yaml.ScenarioDeckDocument.ScenarioDoc;
import org.waterfall.deal.yaml.ScenarioDeckYamlReader;
import org.waterfall.deal.yaml.YamlBinder;

/**
 * A scenario deck: named scenarios kept in a YAML file (see {@link ScenarioDeckDocument} for the layout), checked
 * against the deal and turned into the same {@link ScenarioPlan}s the command-line lists give. Every problem is
 * collected, each naming the file, line and key.
 *
 * @param name the deck's name, or null
 * @param plans the scenarios in file order (repeats included: {@link ScenarioPlan#distinct} drops them)
 * @param rates each plan's rate assumptions, with where the deck gives them
 */
public record ScenarioDeck(String name, List<ScenarioPlan> plans, List<RateAssumptions> rates) {

    /** Most scenarios in one deck. */
    public static final int MAX_SCENARIOS = 10_000;

    public ScenarioDeck {
        plans = List.copyOf(plans);
        rates = List.copyOf(rates);
    }

    /**
     * Checks every scenario's rate assumptions against the start, as the command line's are checked.
     *
     * @throws InputException naming the deck's file, line and key
     */
    public void check(ResolvedDeal deal, StartState start, boolean allowImplausible) {
        for (RateAssumptions r : rates) {
            r.check(deal, start, allowImplausible);
        }
    }

    /** Reads and checks a deck for a deal. @throws InputException with every problem found */
    public static ScenarioDeck read(Path file, ResolvedDeal deal) {
        return of(ScenarioDeckYamlReader.read(file), deal);
    }

    /** Checks a bound deck for a deal. @throws InputException with every problem found */
    public static ScenarioDeck of(YamlBinder.Bound<ScenarioDeckDocument> yaml, ResolvedDeal deal) {
        return new Builder(yaml, deal).build();
    }

    private static final class Builder {
        private final YamlBinder.Bound<ScenarioDeckDocument> yaml;
        private final ResolvedDeal deal;
        private final List<InputProblem> problems = new ArrayList<>();
        private final List<RateAssumptions> rateChecks = new ArrayList<>();

        Builder(YamlBinder.Bound<ScenarioDeckDocument> yaml, ResolvedDeal deal) {
            this.yaml = yaml;
            this.deal = deal;
        }

        ScenarioDeck build() {
            ScenarioDeckDocument d = yaml.document();
            if (d.scenarios() == null || d.scenarios().isEmpty()) {
                throw new InputException(yaml.problem("scenarios", "a deck needs at least one scenario"));
            }
            if (d.scenarios().size() > MAX_SCENARIOS) {
                throw new InputException(yaml.problem("scenarios", d.scenarios().size() + " scenarios; at most " + MAX_SCENARIOS));
            }
            ScenarioDoc defaults = d.defaults();
            GroupAssumptions base = GroupAssumptions.NONE;
            if (defaults != null) {
                if (defaults.name() != null) {
                    problems.add(yaml.problem("defaults.name", "defaults cannot have a name"));
                }
                if (defaults.groups() != null) {
                    problems.add(yaml.problem("defaults.groups", "give groups in each scenario, not in defaults"));
                }
                GroupAssumptions b = assumptions("defaults", base, defaults.cpr(), defaults.psa(), defaults.smm(), defaults.cdr(),
                        defaults.sda(), defaults.severity(), defaults.lag(), defaults.delinquency());
                base = b == null ? base : b;
            }
            List<ScenarioPlan> plans = new ArrayList<>();
            Map<String, String> named = new LinkedHashMap<>();
            for (int i = 0; i < d.scenarios().size(); i++) {
                ScenarioDoc s = d.scenarios().get(i);
                if (s != null && s.name() != null && named.putIfAbsent(s.name().strip(), "scenarios[" + i + "]") != null) {
                    problems.add(yaml.problem("scenarios[" + i + "].name", "the name '" + s.name().strip() + "' is already "
                            + named.get(s.name().strip()) + "'s"));
                }
                ScenarioPlan p = s == null ? null : plan("scenarios[" + i + "]", s, defaults, base);
                if (s == null) {
                    problems.add(yaml.problem("scenarios[" + i + "]", "empty scenario"));
                }
                if (p != null) {
                    plans.add(p);
                }
            }
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            return new ScenarioDeck(d.deck(), plans, rateChecks);
        }

        private ScenarioPlan plan(String at, ScenarioDoc s, ScenarioDoc defaults, GroupAssumptions base) {
            GroupAssumptions a = assumptions(at, base, s.cpr(), s.psa(), s.smm(), s.cdr(), s.sda(), s.severity(), s.lag(), s.delinquency());
            Map<String, GroupAssumptions> overrides = new LinkedHashMap<>();
            if (s.groups() != null && a != null) {
                for (Map.Entry<String, GroupDoc> e : s.groups().entrySet()) {
                    String gAt = at + ".groups." + e.getKey();
                    GroupDoc g = e.getValue();
                    if (!knownGroup(gAt, e.getKey()) || g == null) {
                        continue;
                    }
                    GroupAssumptions ga = assumptions(gAt, a, g.cpr(), g.psa(), g.smm(), g.cdr(), g.sda(), g.severity(), g.lag(), g.delinquency());
                    if (ga != null) {
                        overrides.put(e.getKey(), ga);
                    }
                }
            }
            BigDecimal call = s.call() != null ? s.call() : defaults == null ? null : defaults.call();
            Scenario probe = attempt(at + ".call", () -> new Scenario("-", GroupAssumptions.NONE, Map.of(), call));
            Map<String, RateAssumption> rates = new LinkedHashMap<>();
            ratePaths(at + ".wacPath", orDefault(s.wacPath(), defaults == null ? null : defaults.wacPath()), RateAssumption::parseWacPath, rates);
            ratePaths(at + ".arm", orDefault(s.arm(), defaults == null ? null : defaults.arm()), ArmSpec::parseOption, rates);
            if (a == null || probe == null) {
                return null;
            }
            RateAssumptions assumptions = RateAssumptions.of(new ArrayList<>(rates.values()));
            String name = s.name() != null && !s.name().isBlank() ? s.name().strip()
                    : ScenarioGrid.name(a, overrides, call) + assumptions.nameSuffix();
            rateChecks.add(assumptions);
            return new ScenarioPlan(new Scenario(name, a, overrides, call), assumptions.paths());
        }

        private static <T> T orDefault(T value, T fallback) {
            return value != null ? value : fallback;
        }

        /**
         * Each group's rate text, read by the command line's parser ({@code G=TEXT}); its problem, and the plausibility
         * checks later, name this file, line and key.
         */
        private void ratePaths(String at, Map<String, String> texts, Function<String, RateAssumption> parse,
                Map<String, RateAssumption> out) {
            if (texts == null) {
                return;
            }
            for (Map.Entry<String, String> e : texts.entrySet()) {
                String gAt = at + "." + e.getKey();
                if (!knownGroup(gAt, e.getKey())) {
                    continue;
                }
                if (out.containsKey(e.getKey())) {
                    problems.add(yaml.problem(gAt, "group " + e.getKey() + " already has a rate assumption (wacPath or arm, not both)"));
                    continue;
                }
                try {
                    RateAssumption parsed = parse.apply(e.getKey() + "=" + (e.getValue() == null ? "" : e.getValue()));
                    InputProblem here = yaml.problem(gAt, "");
                    out.put(e.getKey(), new RateAssumption(e.getKey(), parsed.path(), "--scenarios",
                            new RateAssumption.Origin(here.file(), here.line(), gAt)));
                } catch (InputException ex) {
                    problems.add(yaml.problem(gAt, ex.problems().get(0).message()));
                }
            }
        }

        private boolean knownGroup(String at, String group) {
            if (deal.groupIndex(group) >= 0) {
                return true;
            }
            problems.add(yaml.problem(at, "the deal " + deal.deal().id() + " has no group '" + group + "'"));
            return false;
        }

        /** Assumptions over {@code base}: each key given replaces base's. Null (with the problems noted) if any is wrong. */
        private GroupAssumptions assumptions(String at, GroupAssumptions base, List<BigDecimal> cpr, List<BigDecimal> psa,
                List<BigDecimal> smm, List<BigDecimal> cdr, List<BigDecimal> sda, BigDecimal severity, Integer lag, BigDecimal delinquency) {
            int before = problems.size();
            Speed prepayment = oneSpeed(at, base.prepayment(), new String[] {"cpr", "psa", "smm"}, new Speed.Kind[] {Speed.Kind.CPR,
                Speed.Kind.PSA, Speed.Kind.SMM}, cpr, psa, smm);
            Speed defaults = oneSpeed(at, base.defaults(), new String[] {"cdr", "sda"}, new Speed.Kind[] {Speed.Kind.CDR, Speed.Kind.SDA},
                    cdr, sda);
            GroupAssumptions a = base;
            if (prepayment != null && defaults != null) {
                a = a.withPrepayment(prepayment).withDefaults(defaults);
            }
            GroupAssumptions withSeverity = severity == null ? a : attempt(at + ".severity", () -> base.withSeverity(severity));
            GroupAssumptions withLag = lag == null ? a : attempt(at + ".lag", () -> base.withRecoveryLag(lag));
            GroupAssumptions withDelinquency = delinquency == null ? a : attempt(at + ".delinquency", () -> base.withDelinquency(delinquency));
            if (problems.size() > before || withSeverity == null || withLag == null || withDelinquency == null) {
                return null;
            }
            return a.withSeverity(withSeverity.severityPercent()).withRecoveryLag(withLag.recoveryLagMonths())
                    .withDelinquency(withDelinquency.delinquencyPercent());
        }

        @SafeVarargs
        private Speed oneSpeed(String at, Speed inherited, String[] keys, Speed.Kind[] kinds, List<BigDecimal>... values) {
            Speed found = null;
            String foundKey = null;
            for (int k = 0; k < keys.length; k++) {
                if (values[k] == null) {
                    continue;
                }
                String key = keys[k];
                if (foundKey != null) {
                    problems.add(yaml.problem(at + "." + key, "give one of " + String.join(", ", keys) + ", not both " + foundKey + " and " + key));
                    return null;
                }
                foundKey = key;
                List<BigDecimal> v = values[k];
                Speed.Kind kind = kinds[k];
                if (v.isEmpty() || v.contains(null)) {
                    problems.add(yaml.problem(at + "." + key, "expected a number or a list of numbers"));
                    return null;
                }
                if (v.size() > ScenarioText.MAX_MONTHS) {
                    problems.add(yaml.problem(at + "." + key, v.size() + " values; at most " + ScenarioText.MAX_MONTHS + " (one per month)"));
                    return null;
                }
                found = attempt(at + "." + key, () -> ScenarioText.speed(kind, v));
                if (found == null) {
                    return null;
                }
            }
            return found != null ? found : inherited;
        }

        private <T> T attempt(String at, java.util.function.Supplier<T> build) {
            try {
                return build.get();
            } catch (IllegalArgumentException e) {
                problems.add(yaml.problem(at, e.getMessage()));
                return null;
            }
        }
    }
}
