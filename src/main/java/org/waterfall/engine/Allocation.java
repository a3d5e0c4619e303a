package org.waterfall.engine;

import java.math.BigDecimal;
import org.waterfall.money.ProRata;
import org.waterfall.money.RemainderRule;
import org.waterfall.money.Rounding;
import org.waterfall.money.Sums;

/** The engine's two ways of splitting an amount over classes: pro rata with caps, and sequentially. */
final class Allocation {

    private Allocation() {
    }

    /**
     * Pays {@code amount} to {@code members} pro rata by {@code weights}, never more than a member's weight
     * (its remaining balance or amount due); what a capped member cannot take goes to the others, again pro rata.
     * When {@code exactPaid} is given, it receives each member's share of {@code exactAmount} (the amount before
     * rounding) where no cap applies, and the paid amount where one does. Returns what was paid. Works in the date's
     * scratch arrays ({@link Period#allocationScratch}): one split at a time.
     */
    static BigDecimal proRataCapped(Period p, BigDecimal amount, BigDecimal exactAmount, int[] members, BigDecimal[] weights,
            BigDecimal[] paid, BigDecimal[] exactPaid, Rounding rounding, RemainderRule remainder) {
        if (amount.signum() <= 0) {
            return amount.subtract(amount);
        }
        int n = members.length;
        BigDecimal[] room = p.allocationScratch[0];
        for (int i = 0; i < n; i++) {
            room[i] = weights[members[i]];
        }
        BigDecimal roomLeft = ProRata.checkedSum(room, n);
        if (exactPaid != null) {
            BigDecimal[] exact = p.allocationScratch[2];
            ProRata.exactShares(exactAmount, room, n, roomLeft, exact);
            for (int i = 0; i < n; i++) {
                exactPaid[members[i]] = Sums.plus(exactPaid[members[i]], exact[i].min(room[i]));
            }
        }
        BigDecimal left = amount;
        BigDecimal[] shares = p.allocationScratch[1];
        while (left.signum() > 0) {
            ProRata.allocate(left, room, n, roomLeft, shares, rounding, remainder);
            boolean capped = false;
            for (int i = 0; i < n; i++) {
                if (shares[i].compareTo(room[i]) > 0) {
                    shares[i] = room[i];
                    capped = true;
                }
                paid[members[i]] = Sums.plus(paid[members[i]], shares[i]);
            }
            if (!capped && remainder != RemainderRule.NONE && roomLeft.signum() > 0) {
                // the shares add up to what was left (the remainder rule placed every cent): all of it is paid
                return amount.scale() >= rounding.scale() ? amount : amount.setScale(rounding.scale());
            }
            BigDecimal placed = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                placed = Sums.plus(placed, shares[i]);
            }
            left = left.subtract(placed);
            if (!capped || placed.signum() == 0) {
                break;
            }
            roomLeft = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                room[i] = Sums.minus(room[i], shares[i]);
                roomLeft = Sums.plus(roomLeft, room[i]);
            }
        }
        return amount.subtract(left);
    }

    /**
     * Pays {@code amount} to {@code members} one after another, each up to its {@code room}, adding to {@code paid}
     * (and to {@code exactPaid} when given). Returns what was paid.
     */
    static BigDecimal sequential(BigDecimal amount, int[] members, BigDecimal[] room, BigDecimal[] paid, BigDecimal[] exactPaid) {
        BigDecimal left = amount;
        for (int c : members) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal take = left.min(room[c]);
            if (take.signum() > 0) {
                paid[c] = Sums.plus(paid[c], take);
                if (exactPaid != null) {
                    exactPaid[c] = Sums.plus(exactPaid[c], take);
                }
                left = left.subtract(take);
            }
        }
        return amount.subtract(left);
    }
}
