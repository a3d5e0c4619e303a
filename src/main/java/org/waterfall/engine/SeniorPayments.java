package org.waterfall.engine;

import java.math.BigDecimal;
import org.waterfall.deal.LossRules;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.money.RemainderRule;
import org.waterfall.money.Sums;

/**
 * Step 6, each group's available funds pay its senior classes: its interest funds their interest due (accrued less
 * shortfalls, plus interest unpaid from earlier dates), pro rata to what is due when the funds fall short; its
 * principal funds the Senior Principal Distribution Amount, paid by the group's senior principal rule (by default the
 * residual classes one after another, then the other seniors pro rata by balance; see {@link SeniorPayees} for the
 * conventions). What is left passes to the subordinate classes.
 */
final class SeniorPayments {

    private SeniorPayments() {
    }

    static void apply(Period p) {
        ResolvedDeal deal = p.deal;
        for (int g = 0; g < p.nGroups; g++) {
            BigDecimal interest = payInterest(p, deal.seniorInterestOf(g), p.interestLeft[g]);
            p.interestLeft[g] = p.interestLeft[g].subtract(interest);
            BigDecimal amount = p.seniorAmount[g].min(p.principalLeft[g]);
            BigDecimal exact = amount.compareTo(p.seniorAmount[g]) == 0 ? p.seniorExact[g] : amount;
            BigDecimal paid = p.seniorPayees.pay(g, amount, exact);
            p.principalLeft[g] = p.principalLeft[g].subtract(paid);
            p.paidToSeniors[g] = interest.add(paid);
        }
    }

    /** Pays the members' interest due from {@code funds}; returns what was paid. */
    static BigDecimal payInterest(Period p, int[] members, BigDecimal funds) {
        boolean carry = p.deal.deal().losses().unpaidInterest() == LossRules.UnpaidInterest.CARRY_FORWARD;
        BigDecimal[] due = p.due;
        for (int c : members) {
            due[c] = Sums.plus(Sums.minus(p.accrued[c], p.shortfall[c]), p.unpaidBefore[c]);
        }
        BigDecimal total = Period.sum(due, members);
        BigDecimal paid;
        if (total.compareTo(funds) <= 0) {
            for (int c : members) {
                p.interestPaid[c] = due[c];
            }
            paid = total;
        } else {
            paid = Allocation.proRataCapped(p, funds, funds, members, due, p.interestPaid, null, p.conv.interest(),
                    RemainderRule.LARGEST_ABSORBS);
        }
        for (int c : members) {
            p.unpaidAfter[c] = carry ? Sums.minus(due[c], p.interestPaid[c]) : BigDecimal.ZERO;
        }
        return paid;
    }
}
