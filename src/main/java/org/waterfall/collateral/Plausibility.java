package org.waterfall.collateral;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.waterfall.deal.LoanGroup;
import org.waterfall.deal.ResolvedDeal;

/**
 * Bounds on inputs that are valid numbers but make no sense for a pool of mortgages, so that a typo or a
 * placeholder (a gross WAC of 0, a scheduled principal that pays the group off within months) is refused instead of
 * projected for a thousand months. A user who means it says so: {@value #OVERRIDE_KEY} in a period file, or
 * {@value #OVERRIDE_OPTION} on the command line.
 *
 * <ul>
 *   <li>Gross WAC: above the group's fees (servicing, sub-servicing, trustee), so the net WAC is positive, and at
 *       most {@link #MAX_GROSS_WAC}%.
 *   <li>The remaining term the month's scheduled principal implies (beginning balance, scheduled principal and gross
 *       WAC as one level-payment loan; {@link GroupCollateral#impliedTermMonths}): at most the group's original
 *       term, and at least 1/{@link #SHORTEST_TERM_DIVISOR} of the contractual term left (original term less the
 *       distribution dates before the month). A group without scheduled principal (interest-only loans) implies no
 *       term and is not checked.
 *   <li>Hybrid ARM cohorts given rates of their own: their share-weighted rate at the start within
 *       {@link #MAX_COHORT_START_GAP}% (one 1/8% rounding step) of the group's gross WAC at the start, which they
 *       describe.
 * </ul>
 */
public final class Plausibility {

    /** Highest plausible gross WAC, percent. */
    public static final BigDecimal MAX_GROSS_WAC = BigDecimal.valueOf(20);

    /**
     * The implied remaining term must be at least the contractual term left divided by this: scheduled principal
     * may retire a group up to 4 times faster than its contract (seasoned loans, rounding), not faster.
     */
    public static final int SHORTEST_TERM_DIVISOR = 4;

    /** Largest gap between ARM cohorts' weighted rate at the start and the group's gross WAC then, percent. */
    public static final BigDecimal MAX_COHORT_START_GAP = new BigDecimal("0.125");

    /** What a period file says to skip these checks. */
    public static final String OVERRIDE_KEY = "plausibility: unchecked";

    /** The command-line option that skips these checks. */
    public static final String OVERRIDE_OPTION = "--allow-implausible";

    private Plausibility() {
    }

    /**
     * One implausible value of a period's group.
     *
     * @param groupPosition the group's position in the period data (0-based)
     * @param key the group's key at fault ({@code grossWac}, {@code scheduledPrincipal})
     * @param message why
     */
    public record Finding(int groupPosition, String key, String message) {
    }

    /** Why a gross WAC (percent) is implausible for the group, or {@code null} when it is plausible. */
    public static String grossWac(LoanGroup group, BigDecimal wac) {
        if (wac.compareTo(group.totalFeeRate()) <= 0) {
            return "gross WAC " + plain(wac) + "% is not above the group's fees of " + plain(group.totalFeeRate())
                    + "%: the net WAC would be " + (wac.compareTo(group.totalFeeRate()) == 0 ? "zero" : "negative");
        }
        if (wac.compareTo(MAX_GROSS_WAC) > 0) {
            return "gross WAC " + plain(wac) + "% is above " + plain(MAX_GROSS_WAC) + "%, the highest plausible mortgage rate";
        }
        return null;
    }

    /**
     * Why ARM cohorts' share-weighted rate at the start does not describe the group's gross WAC then, or {@code null}
     * when it is within {@link #MAX_COHORT_START_GAP}.
     */
    public static String cohortStart(BigDecimal cohortsWeightedRate, BigDecimal groupWac) {
        if (cohortsWeightedRate.subtract(groupWac).abs().compareTo(MAX_COHORT_START_GAP) <= 0) {
            return null;
        }
        return "the cohorts' rates at the start average " + plain(cohortsWeightedRate) + "% by share, not the group's gross WAC of "
                + plain(groupWac) + "% (more than " + plain(MAX_COHORT_START_GAP) + " apart)";
    }

    /** Every implausible value of the period's groups that the deal knows, in file order. */
    public static List<Finding> check(ResolvedDeal deal, PeriodCollateral period) {
        int dateNumber = deal.deal().calendar().dateNumber(period.distributionDate());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < period.groups().size(); i++) {
            GroupCollateral c = period.groups().get(i);
            int g = deal.groupIndex(c.group());
            if (g < 0) {
                continue;
            }
            LoanGroup group = deal.group(g);
            String wac = grossWac(group, c.grossWac());
            if (wac != null) {
                findings.add(new Finding(i, "grossWac", wac));
            }
            String term = impliedTerm(group, dateNumber, c);
            if (term != null) {
                findings.add(new Finding(i, "scheduledPrincipal", term));
            }
        }
        return findings;
    }

    private static String impliedTerm(LoanGroup group, int dateNumber, GroupCollateral c) {
        int n = c.impliedTermMonths();
        if (n < 0) {
            return null;
        }
        String amortizes = String.format(Locale.ROOT, "scheduled principal %,.2f on a beginning balance of %,.2f at %s%% gross WAC "
                + "amortizes the group over %d months", c.scheduledPrincipal(), c.beginningBalance(), plain(c.grossWac()), n);
        int original = group.originalTermMonths();
        if (n > original) {
            return amortizes + ", more than its " + original + "-month original term";
        }
        int contractualLeft = original - (dateNumber - 1);
        if (contractualLeft > 0 && (long) n * SHORTEST_TERM_DIVISOR < contractualLeft) {
            return amortizes + String.format(Locale.ROOT, ", less than 1/%d of the %d months its %d-month loans have left after %d "
                    + "distribution dates", SHORTEST_TERM_DIVISOR, contractualLeft, original, dateNumber - 1);
        }
        return null;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
