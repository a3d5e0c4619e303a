package org.waterfall.analytics;

import java.time.LocalDate;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * Price from yield and yield from price for a pass-through class's projected payments.
 *
 * <p>Conventions:
 * <ul>
 *   <li><b>Yield</b> is the cash-flow yield: the rate, compounded monthly, that discounts the payments to the full
 *       price; it is quoted <b>bond-equivalent</b> (semi-annual compounding), the market's convention for
 *       mortgage securities: {@code (1 + bey/2)^2 = (1 + y/12)^12}, where {@code y} is the monthly-compounded rate.
 *   <li><b>Timing</b>: each payment is discounted from its actual distribution date to settlement, in months of
 *       30/360 days ({@code days30/360 / 30}). A class's interest accrues over the calendar month before the
 *       distribution date and is paid on the 20th: the 19-day payment delay is in the discounting, because a
 *       payment is discounted from the 20th, not from the end of its accrual month.
 *   <li><b>Accrued interest</b>: face x coupon x 30/360 days from the accrual start (the first of the settlement
 *       month) to settlement / 360. Prices are clean, in percent of the face at settlement.
 *   <li><b>Modified duration</b>: -(dP/dy) / P for the full price P and the bond-equivalent yield y, cash flows
 *       held fixed (no prepayment response), in years.
 * </ul>
 * Numbers are {@code double}: yields and prices are solved, not summed cents. The solver is Commons Math's
 * {@link BrentSolver}, run to machine precision, so that yield to price to yield returns the yield within 1e-10.
 */
public final class CashflowYield {

    private static final int MAX_EVALUATIONS = 1_000;
    /** A monthly discount factor base must stay positive: the bond-equivalent yield is above -200%. */
    private static final double LOWEST_YIELD = -2.0;

    private CashflowYield() {
    }

    /** The bond-equivalent yield (fraction) of a monthly-compounded rate (fraction). */
    public static double bondEquivalentFromMonthly(double monthly) {
        return 2 * Math.expm1(6 * Math.log1p(monthly / 12));
    }

    /** The monthly-compounded rate (fraction) of a bond-equivalent yield (fraction). */
    public static double monthlyFromBondEquivalent(double bondEquivalent) {
        return 12 * Math.expm1(Math.log1p(bondEquivalent / 2) / 6);
    }

    /** Days between two dates by the 30/360 (bond basis) rule. */
    public static int days30360(LocalDate from, LocalDate to) {
        int d1 = Math.min(from.getDayOfMonth(), 30);
        int d2 = to.getDayOfMonth();
        if (d2 == 31 && d1 == 30) {
            d2 = 30;
        }
        return 360 * (to.getYear() - from.getYear()) + 30 * (to.getMonthValue() - from.getMonthValue()) + (d2 - d1);
    }

    /** Accrued interest at settlement, dollars. */
    public static double accruedInterest(PricingInput in) {
        return in.face() * in.couponPercent() / 100 * days30360(in.accrualStart(), in.settlement()) / 360.0;
    }

    /** The price at a yield. @param yieldPercent bond-equivalent, percent */
    public static Quote priceFromYield(PricingInput in, double yieldPercent) {
        requireFinite("yield", yieldPercent);
        Discounting d = new Discounting(in);
        double y = yieldPercent / 100;
        if (y <= LOWEST_YIELD) {
            throw new IllegalArgumentException("yield must be above -200%: " + yieldPercent);
        }
        double accrued = accruedInterest(in);
        double full = d.value(y);
        return new Quote((full - accrued) / in.face() * 100, yieldPercent, accrued, accrued / in.face() * 100,
                d.modifiedDuration(y));
    }

    /**
     * The yield at a clean price.
     *
     * @param cleanPrice percent of face
     * @throws IllegalArgumentException if no yield gives that price (the payments are all zero)
     */
    public static Quote yieldFromPrice(PricingInput in, double cleanPrice) {
        requireFinite("price", cleanPrice);
        Discounting d = new Discounting(in);
        double accrued = accruedInterest(in);
        double target = cleanPrice / 100 * in.face() + accrued;
        if (!(target > 0)) {
            throw new IllegalArgumentException("the full price must be positive: clean " + cleanPrice + " + accrued");
        }
        if (!(d.value(0) > 0)) {
            throw new IllegalArgumentException("no payments after settlement to price");
        }
        double scale = target;
        UnivariateFunction f = y -> d.value(y) / scale - 1;
        double lo = -0.5;
        double hi = 1.0;
        for (int i = 0; i < 200 && f.value(lo) < 0; i++) {
            lo = LOWEST_YIELD + (lo - LOWEST_YIELD) / 2;
        }
        for (int i = 0; i < 200 && f.value(hi) > 0; i++) {
            hi *= 2;
        }
        if (f.value(lo) < 0 || f.value(hi) > 0) {
            throw new IllegalArgumentException("no yield gives a clean price of " + cleanPrice);
        }
        double y;
        try {
            y = new BrentSolver(1e-15, 1e-17, 0).solve(MAX_EVALUATIONS, f, lo, hi);
        } catch (MathIllegalStateException e) {
            throw new IllegalArgumentException("the yield solver did not converge for a clean price of " + cleanPrice, e);
        }
        return new Quote(cleanPrice, y * 100, accrued, accrued / in.face() * 100, d.modifiedDuration(y));
    }

    private static void requireFinite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number: " + v);
        }
    }

    /** The payments' times in months from settlement, and their values at a yield. */
    private static final class Discounting {
        private final double[] months;
        private final double[] amounts;

        Discounting(PricingInput in) {
            Cashflows flows = in.flows();
            months = new double[flows.size()];
            amounts = flows.amounts();
            for (int k = 0; k < months.length; k++) {
                months[k] = days30360(in.settlement(), flows.dates().get(k)) / 30.0;
            }
        }

        /**
         * Present value in dollars at a bond-equivalent yield (fraction): each payment times b^-t with the monthly
         * base b = 1 + y_m/12 = (1 + y/2)^(1/6), t in 30/360 months.
         */
        double value(double bondEquivalent) {
            double logBase = Math.log1p(bondEquivalent / 2) / 6;
            double pv = 0;
            for (int k = 0; k < months.length; k++) {
                pv += amounts[k] * Math.exp(-months[k] * logBase);
            }
            return pv;
        }

        /**
         * -(dP/dy)/P with y the bond-equivalent yield: with base b = 1 + y_m/12 = (1 + y/2)^(1/6), P = sum a_k b^-t_k,
         * dP/dy = sum -t_k a_k b^(-t_k - 1) db/dy and db/dy = b^-5 / 12.
         */
        double modifiedDuration(double bondEquivalent) {
            double logBase = Math.log1p(bondEquivalent / 2) / 6;
            double b = Math.exp(logBase);
            double pv = 0;
            double weighted = 0;
            for (int k = 0; k < months.length; k++) {
                double v = amounts[k] * Math.exp(-months[k] * logBase);
                pv += v;
                weighted += months[k] * v;
            }
            if (pv == 0) {
                return 0;
            }
            double dbdy = Math.pow(b, -5) / 12;
            return weighted / b * dbdy / pv;
        }
    }
}
