package org.waterfall.engine;

import java.math.BigDecimal;
import org.waterfall.deal.ResolvedDeal;

/**
 * Step 9, the pooled funds left after the seniors pay the subordinate classes in order of seniority: each class's
 * interest due (with the interest-only classes stripped from it) from the interest funds, then its share of the
 * subordinate principal from the principal funds, then the next class. A class the funds cannot reach keeps its balance and, where the deal carries it, its unpaid
 * interest. Funds left after the last class are excess funds (to the residual holder).
 */
final class SubordinatePayments {

    private SubordinatePayments() {
    }

    static void apply(Period p) {
        ResolvedDeal deal = p.deal;
        int[] subs = deal.subordinates();
        boolean[] paidInterest = p.interestPaidScratch;
        java.util.Arrays.fill(paidInterest, false);
        for (int c : subs) {
            int[] level = deal.subordinateInterestLevel(c);
            p.subordinateInterest = p.subordinateInterest.subtract(SeniorPayments.payInterest(p, level, p.subordinateInterest));
            for (int k : level) {
                paidInterest[k] = true;
            }
            BigDecimal paid = p.subordinateDue[c].min(p.subordinatePrincipalFunds).min(p.remaining(c));
            if (paid.signum() > 0) {
                p.principal[c] = p.principal[c].add(paid);
                if (p.unroundedPrincipal) {
                    p.principalExact[c] = p.principalExact[c].add(paid.compareTo(p.subordinateDue[c]) == 0 ? p.subordinateDueExact[c] : paid);
                }
                p.subordinatePrincipalFunds = p.subordinatePrincipalFunds.subtract(paid);
            }
        }
        // subordinate interest-only classes not attached to a principal class (none in a usual deal)
        for (int c = 0; c < p.nClasses; c++) {
            if (!deal.certificateClass(c).role().isSenior() && !paidInterest[c]) {
                p.subordinateInterest = p.subordinateInterest.subtract(SeniorPayments.payInterest(p, new int[] {c}, p.subordinateInterest));
            }
        }
    }
}
