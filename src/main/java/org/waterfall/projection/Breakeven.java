package org.waterfall.projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.waterfall.analytics.PriceOrYield;
import org.waterfall.money.Rounding;

/**
 * Breakeven default speeds for one class under one scenario: the smallest CDR (or SDA) at which the class's principal
 * loss over the projection (losses and write-downs) reaches a threshold (the first dollar by default), and optionally
 * the speed at which its yield at a given price falls to zero. Each trial is a whole projection on the same engine; Commons Math's bracketing Brent solver finds the speed, on the side
 * where the loss has begun (or the yield has reached zero), to {@link #ACCURACY}.
 *
 * <p>The first loss is bracketed by doubling the speed from 1 until the class loses, then located on a grid (see
 * {@link #firstLoss()}): the loss should grow with the default speed, but at the level of cents it does not.
 */
public final class Breakeven {

    /** Absolute accuracy of a solved speed, in the curve's percent (0.0001 CDR). */
    public static final double ACCURACY = 1e-4;
    private static final int MAX_EVALUATIONS = 200;
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    /** The default loss that counts as the first loss: the first dollar. */
    public static final BigDecimal FIRST_DOLLAR = new BigDecimal("1.00");

    private final Projector projector;
    private final Scenario base;
    private final String className;
    private final Speed.Kind curve;
    private final BigDecimal threshold;
    private int evaluations;

    /** The default curve a breakeven is solved on. */
    public enum Curve {
        CDR(Speed.Kind.CDR), SDA(Speed.Kind.SDA);

        private final Speed.Kind kind;

        Curve(Speed.Kind kind) {
            this.kind = kind;
        }

        public Speed.Kind kind() {
            return kind;
        }
    }

    /**
     * A breakeven.
     *
     * @param scenario the scenario solved for (its default speed replaced by the curve's)
     * @param curve the default curve
     * @param firstLoss the smallest speed giving the class a loss at the threshold, percent; 0 when it loses without defaults; null
     *     when it loses nothing up to the curve's largest speed
     * @param classLoss the class's loss at {@code firstLoss}, dollars (zero when there is none)
     * @param collateralLoss the collateral's realized losses over the projection at {@code firstLoss}, dollars
     * @param collateralLossPercentOfStart the same, percent of the collateral balance at the start
     * @param collateralLossPercentOfOriginal the same, percent of the original pool balance
     * @param zeroYield the speed at which the yield at the price falls to zero, percent; null when not asked or
     *     when it stays above zero up to the curve's largest speed
     * @param evaluations projections run
     */
    public record Result(Scenario scenario, Curve curve, Double firstLoss, BigDecimal classLoss, BigDecimal collateralLoss,
            BigDecimal collateralLossPercentOfStart, BigDecimal collateralLossPercentOfOriginal, Double zeroYield, int evaluations) {
    }

    private Breakeven(Projector projector, Scenario base, String className, Curve curve, BigDecimal threshold) {
        if (threshold.compareTo(new BigDecimal("0.01")) < 0) {
            throw new IllegalArgumentException("the loss threshold must be at least a cent: " + threshold.toPlainString());
        }
        this.threshold = threshold;
        this.projector = Objects.requireNonNull(projector, "projector");
        this.base = Objects.requireNonNull(base, "base");
        this.className = Objects.requireNonNull(className, "className");
        this.curve = curve.kind();
    }

    /**
     * Solves the breakevens.
     *
     * @param projector runs the projections (it must keep cash flows when {@code price} is given)
     * @param base the scenario: prepayment, severity, lag, call; its default speed is replaced
     * @param className the class
     * @param curve CDR or SDA
     * @param threshold the loss that counts as the first loss, dollars ({@link #FIRST_DOLLAR}; a cent at least)
     * @param price the price for the zero-yield speed, or null for none
     * @param settlement the settlement date for the yield
     */
    public static Result solve(Projector projector, Scenario base, String className, Curve curve, BigDecimal threshold,
            PriceOrYield price, LocalDate settlement) {
        if (price != null && price.kind() != PriceOrYield.Kind.PRICE) {
            throw new IllegalArgumentException("a zero-yield breakeven needs a price");
        }
        Breakeven b = new Breakeven(projector, base, className, curve, threshold);
        Double firstLoss = b.firstLoss();
        Double zeroYield = price == null ? null : b.zeroYield(price, settlement, firstLoss == null ? 0 : firstLoss);
        double at = firstLoss == null ? b.maxSpeed() : firstLoss;
        ScenarioResult r = b.run(at);
        BigDecimal collateralLoss = BigDecimal.ZERO;
        for (GroupProjection g : r.groups()) {
            collateralLoss = collateralLoss.add(g.totalLoss());
        }
        BigDecimal startBalance = r.start().collateralBalance();
        BigDecimal original = projector.deal().originalTotal();
        return new Result(firstLoss == null ? b.scenario(at) : b.scenario(firstLoss), curve, firstLoss,
                firstLoss == null ? BigDecimal.ZERO : b.loss(r), collateralLoss, percent(collateralLoss, startBalance),
                percent(collateralLoss, original), zeroYield, b.evaluations);
    }

    /** The base scenario with the curve at {@code speed} in every group. */
    public Scenario scenario(double speed) {
        Speed defaults = Speed.of(curve, speed);
        GroupAssumptions a = base.assumptions().withDefaults(defaults);
        Map<String, GroupAssumptions> overrides = new LinkedHashMap<>();
        base.groupOverrides().forEach((g, o) -> overrides.put(g, o.withDefaults(defaults)));
        return new Scenario(ScenarioGrid.name(a, overrides, base.cleanUpCallPercent()), a, overrides, base.cleanUpCallPercent());
    }

    private ScenarioResult run(double speed) {
        evaluations++;
        return projector.run(scenario(speed));
    }

    /**
     * The class's principal loss: realized losses as the engine allocates them and write-downs (of the certificates'
     * excess over the collateral, e.g. where liquidation proceeds repaid the servicer's advances first).
     */
    private BigDecimal loss(ScenarioResult r) {
        return r.classProjection(className).totalLossAndWritedown();
    }

    /** The largest speed the curve allows, kept a little below the limit where the monthly rate reaches 100%. */
    private double maxSpeed() {
        return curve == Speed.Kind.CDR ? 99.99 : 16_666;
    }

    /**
     * The smallest speed with a loss at the threshold. The loss is not monotone at the level of cents (a class can
     * take a few cents at the tail of the deal, when every subordinate class is nearly paid down, and not at a
     * slightly higher speed), so a solver alone may land on a later crossing: the speed is bracketed by doubling, the
     * first crossing is found on a grid (a coarse step, then a fine one in the coarse step before it), and the
     * solver refines it within that fine step.
     */
    private Double firstLoss() {
        // the loss is in cents: at or above the threshold exactly when it exceeds the threshold less half a cent
        BigDecimal below = threshold.subtract(HALF_CENT);
        UnivariateFunction f = x -> loss(run(x)).subtract(below).doubleValue();
        if (f.value(0) > 0) {
            return 0.0;
        }
        double hi = curve == Speed.Kind.CDR ? 1 : 100;
        while (f.value(hi) < 0) {
            if (hi >= maxSpeed()) {
                return null;
            }
            hi = Math.min(hi * 2, maxSpeed());
        }
        double coarse = firstOnGrid(f, 0, hi, coarseStep());
        double fine = firstOnGrid(f, Math.max(0, coarse - coarseStep()), coarse, fineStep());
        return solve(f, Math.max(0, fine - fineStep()), fine);
    }

    /** The first point {@code from + k step} up to {@code to} where f is not negative ({@code to} itself if none before). */
    private static double firstOnGrid(UnivariateFunction f, double from, double to, double step) {
        int n = (int) Math.ceil((to - from) / step - 1e-9);
        for (int k = 1; k < n; k++) {
            double x = from + k * step;
            if (f.value(x) >= 0) {
                return x;
            }
        }
        return to;
    }

    /** The coarse grid of the first-loss search: 0.25 CDR, 25 SDA. */
    private double coarseStep() {
        return curve == Speed.Kind.CDR ? 0.25 : 25;
    }

    /** The fine grid of the first-loss search: 0.01 CDR, 1 SDA. */
    private double fineStep() {
        return curve == Speed.Kind.CDR ? 0.01 : 1;
    }

    /** The smallest speed where the yield at the price is zero or below; {@code from} is a first guess for the bracket. */
    private Double zeroYield(PriceOrYield price, LocalDate settlement, double from) {
        UnivariateFunction yield = x -> {
            try {
                return price.quote(run(x).classProjection(className).pricingInput(settlement)).yieldPercent();
            } catch (IllegalArgumentException e) {
                return -100; // nothing left to pay: no yield, below zero
            }
        };
        UnivariateFunction negated = x -> -yield.value(x);
        if (negated.value(0) >= 0) {
            return 0.0;
        }
        double lo = 0;
        double hi = from > 0 ? from : curve == Speed.Kind.CDR ? 1 : 100;
        while (negated.value(hi) < 0) {
            if (hi >= maxSpeed()) {
                return null;
            }
            lo = hi;
            hi = Math.min(hi * 2, maxSpeed());
        }
        return solve(negated, lo, hi);
    }

    /** The root on the right side of a sign change from negative (at lo) to non-negative (at hi). */
    private static double solve(UnivariateFunction f, double lo, double hi) {
        try {
            return new BracketingNthOrderBrentSolver(1e-12, ACCURACY, 0, 5).solve(MAX_EVALUATIONS, f, lo, hi, AllowedSolution.RIGHT_SIDE);
        } catch (MathIllegalStateException e) {
            throw new IllegalStateException("the breakeven solver did not converge between " + lo + " and " + hi, e);
        }
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : Rounding.PERCENT_6_HALF_UP.divide(part.multiply(BigDecimal.valueOf(100)), whole);
    }
}
