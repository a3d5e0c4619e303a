package org.waterfall.engine;

import java.math.BigDecimal;
import org.waterfall.money.ProRata;
import org.waterfall.money.RemainderRule;
import org.waterfall.money.Rounding;

/** The engine's two ways of splitting an amount over classes: pro rata with caps, and sequentially. */
final class Allocation {

    private Allocation() {
    }

    /**
     * Pays {@code amount} to {@code members} pro rata by {@code weights}, never more than a member's weight
     * (its remaining balance or amount due); what a capped member cannot take goes to the others, again pro rata.
     * When {@code exactPaid} is given, it receives each member's share of {@code exactAmount} (the amount before
     * rounding) where no cap applies, and the paid amount where one does. Returns what was paid.
     */
    static BigDecimal proRataCapped(BigDecimal amount, BigDecimal exactAmount, int[] members, BigDecimal[] weights,
            BigDecimal[] paid, BigDecimal[] exactPaid, Rounding rounding, RemainderRule remainder) {
        BigDecimal left = amount;
        BigDecimal[] room = new BigDecimal[members.length];
        for (int i = 0; i < members.length; i++) {
            room[i] = weights[members[i]];
        }
        if (exactPaid != null && amount.signum() > 0) {
            BigDecimal[] exact = new BigDecimal[members.length];
            ProRata.exactShares(exactAmount, room, exact);
            for (int i = 0; i < members.length; i++) {
                exactPaid[members[i]] = exactPaid[members[i]].add(exact[i].min(room[i]));
            }
        }
        while (left.signum() > 0) {
            BigDecimal[] shares = ProRata.allocate(left, room, rounding, remainder);
            BigDecimal placed = BigDecimal.ZERO;
            boolean capped = false;
            for (int i = 0; i < members.length; i++) {
                BigDecimal share = shares[i];
                if (share.compareTo(room[i]) > 0) {
                    share = room[i];
                    capped = true;
                }
                paid[members[i]] = paid[members[i]].add(share);
                room[i] = room[i].subtract(share);
                placed = placed.add(share);
            }
            left = left.subtract(placed);
            if (!capped || placed.signum() == 0) {
                break;
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
                paid[c] = paid[c].add(take);
                if (exactPaid != null) {
                    exactPaid[c] = exactPaid[c].add(take);
                }
                left = left.subtract(take);
            }
        }
        return amount.subtract(left);
    }
}
