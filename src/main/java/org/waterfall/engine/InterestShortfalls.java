package org.waterfall.engine;

import java.math.BigDecimal;
import org.waterfall.deal.LossRules;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.money.ProRata;

/**
 * Step 2, interest shortfalls: each group's prepayment interest shortfall net of compensating interest (capped by
 * the deal's rule) and its Relief Act shortfall reduce the classes' interest, pro rata to accrued interest: over every
 * class, or within the group that caused them (its seniors, and the subordinate classes in proportion to the group's
 * subordinate component), as the deal says. These shortfalls are not owed later.
 */
final class InterestShortfalls {

    private InterestShortfalls() {
    }

    static void apply(Period p) {
        ResolvedDeal deal = p.deal;
        LossRules rules = deal.deal().losses();
        for (int g = 0; g < p.nGroups; g++) {
            BigDecimal cap = rules.compensatingInterestCapPercent() == null
                    || p.groups[g].prepaymentInterestShortfall().signum() == 0 ? null
                    : p.conv.interest().productOver(p.groups[g].beginningBalance(), rules.compensatingInterestCapPercent(),
                            Period.TWELVE_HUNDRED);
            p.groupShortfall[g] = p.groups[g].netInterestShortfall(cap);
        }
        if (rules.shortfallAllocation() == LossRules.ShortfallAllocation.PRO_RATA_ACCRUED_INTEREST) {
            BigDecimal total = p.conv.interest().apply(Period.sum(p.groupShortfall).min(Period.sum(p.accrued)));
            BigDecimal[] shares = ProRata.allocate(total, p.accrued, p.conv.interest(), p.conv.shortfallRemainder());
            System.arraycopy(shares, 0, p.shortfall, 0, p.nClasses);
            return;
        }
        if (Period.sum(p.groupShortfall).signum() == 0) {
            return;
        }
        BigDecimal[] components = subordinateComponents(p);
        BigDecimal componentTotal = Period.sum(components);
        for (int g = 0; g < p.nGroups; g++) {
            if (p.groupShortfall[g].signum() == 0) {
                continue;
            }
            BigDecimal[] weights = new BigDecimal[p.nClasses];
            for (int c = 0; c < p.nClasses; c++) {
                BigDecimal due = p.accrued[c].subtract(p.shortfall[c]);
                if (deal.certificateClass(c).role().isSenior()) {
                    weights[c] = deal.groupOf(c) == g ? due : BigDecimal.ZERO;
                } else {
                    weights[c] = componentTotal.signum() == 0 ? BigDecimal.ZERO
                            : due.multiply(components[g]).divide(componentTotal, org.waterfall.money.Rounding.INTERMEDIATE);
                }
            }
            BigDecimal amount = p.groupShortfall[g].min(Period.sum(weights));
            BigDecimal[] shares = ProRata.allocate(p.conv.interest().apply(amount), weights, p.conv.interest(),
                    p.conv.shortfallRemainder());
            for (int c = 0; c < p.nClasses; c++) {
                p.shortfall[c] = p.shortfall[c].add(shares[c].min(p.accrued[c].subtract(p.shortfall[c])));
            }
        }
    }

    /** Each group's subordinate component: beginning balance less its seniors' beginning balance, never negative. */
    static BigDecimal[] subordinateComponents(Period p) {
        BigDecimal[] components = new BigDecimal[p.nGroups];
        for (int g = 0; g < p.nGroups; g++) {
            BigDecimal component = p.groups[g].beginningBalance().subtract(p.seniorBalance[g]);
            components[g] = component.signum() > 0 ? component : BigDecimal.ZERO;
        }
        return components;
    }
}
