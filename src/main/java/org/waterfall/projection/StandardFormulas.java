package org.waterfall.projection;

/**
 * The SIFMA (formerly PSA/BMA) Uniform Practices standard formulas for prepayment and default speeds. Speeds are
 * assumptions, not money: they are {@code double}, in percent at the API, and become dollars only when a
 * {@link Projector} multiplies a balance by one and rounds to the cent.
 *
 * <ul>
 *   <li>SMM = 1 - (1 - CPR)^(1/12); CPR = 1 - (1 - SMM)^12. The same pair links a monthly default rate (MDR) and
 *       the constant default rate (CDR).
 *   <li>PSA: 100% PSA is 0.2% CPR in the first month of a loan's life, rising 0.2% a month to 6% in month 30, and
 *       6% after; x% PSA scales that by x/100. Month = loan age in months (the payment number).
 *   <li>SDA: 100% SDA is 0.02% CDR in month 1, rising 0.02% a month to 0.60% in month 30, flat through month 60,
 *       then falling 0.0095% a month to 0.03% in month 120, and 0.03% after; x% SDA scales it.
 * </ul>
 */
public final class StandardFormulas {

    private StandardFormulas() {
    }

    /** Single monthly mortality from a conditional prepayment rate; both in percent. */
    public static double smmFromCpr(double cprPercent) {
        return monthlyFromAnnual(cprPercent);
    }

    /** Conditional prepayment rate from a single monthly mortality; both in percent. */
    public static double cprFromSmm(double smmPercent) {
        return annualFromMonthly(smmPercent);
    }

    /** Monthly default rate from a constant (annual) default rate; both in percent. */
    public static double mdrFromCdr(double cdrPercent) {
        return monthlyFromAnnual(cdrPercent);
    }

    /** Constant (annual) default rate from a monthly default rate; both in percent. */
    public static double cdrFromMdr(double mdrPercent) {
        return annualFromMonthly(mdrPercent);
    }

    /** The CPR, percent, of {@code psaPercent} PSA for a loan of age {@code ageMonths} (1 = first month). */
    public static double psaCpr(double psaPercent, int ageMonths) {
        int month = Math.max(1, Math.min(ageMonths, 30));
        return psaPercent / 100 * 0.2 * month;
    }

    /** The CDR, percent, of {@code sdaPercent} SDA for a loan of age {@code ageMonths} (1 = first month). */
    public static double sdaCdr(double sdaPercent, int ageMonths) {
        int month = Math.max(1, ageMonths);
        double cdr;
        if (month <= 30) {
            cdr = 0.02 * month;
        } else if (month <= 60) {
            cdr = 0.60;
        } else if (month <= 120) {
            cdr = 0.60 - 0.0095 * (month - 60);
        } else {
            cdr = 0.03;
        }
        return sdaPercent / 100 * cdr;
    }

    private static double monthlyFromAnnual(double annualPercent) {
        return 100 * -Math.expm1(Math.log1p(-annualPercent / 100) / 12);
    }

    private static double annualFromMonthly(double monthlyPercent) {
        return 100 * -Math.expm1(12 * Math.log1p(-monthlyPercent / 100));
    }
}
