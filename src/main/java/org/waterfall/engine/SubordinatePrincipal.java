package org.waterfall.engine;

import java.math.BigDecimal;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.ShiftingInterest;
import org.waterfall.money.Exact128;

/**
 * Step 8, each subordinate class's share of the subordinate principal: pro rata by balance, subject to the class
 * prepayment distribution trigger (a class other than the most senior outstanding one shares in prepayments only
 * while its fractional interest is at least its original); what the eligible classes cannot take goes to the classes
 * the trigger held back. On a final distribution every subordinate class is due its whole balance. Nothing is paid
 * here: {@link SubordinatePayments} pays these amounts as far as the funds go.
 */
final class SubordinatePrincipal {

    private SubordinatePrincipal() {
    }

    static void apply(Period p) {
        ResolvedDeal deal = p.deal;
        int[] subs = deal.subordinates();
        if (p.finalDistribution()) {
            for (int c : subs) {
                p.subordinateDue[c] = p.remaining(c);
                p.subordinateDueExact[c] = p.remaining(c);
            }
            return;
        }
        BigDecimal[] room = p.subordinateRoom;
        for (int c : subs) {
            room[c] = p.begin[c];
        }
        BigDecimal pool = p.subordinatePool;
        boolean[] eligible = prepaymentEligible(p, deal.shiftingInterest(), subs);
        int eligibleCount = 0;
        for (int i = 0; i < subs.length; i++) {
            eligibleCount += eligible[i] ? 1 : 0;
        }
        if (eligibleCount == subs.length) {
            split(p, pool, subs, room);
            return;
        }
        BigDecimal scheduledPart = Period.sum(p.subordinateScheduled).min(pool);
        split(p, scheduledPart, subs, room);
        int[] eligibleSubs = new int[eligibleCount];
        for (int i = 0, k = 0; i < subs.length; i++) {
            if (eligible[i]) {
                eligibleSubs[k++] = subs[i];
            }
        }
        split(p, pool.subtract(scheduledPart), eligibleSubs, left(p, subs));
        BigDecimal leftOver = pool.subtract(Period.sum(p.subordinateDue, subs));
        if (leftOver.signum() > 0) {
            split(p, leftOver, subs, left(p, subs));
        }
    }

    private static void split(Period p, BigDecimal amount, int[] members, BigDecimal[] room) {
        Allocation.proRataCapped(p, amount, amount, members, room, p.subordinateDue,
                p.unroundedPrincipal ? p.subordinateDueExact : null, p.conv.principal(),
                p.conv.subordinateRemainder());
    }

    /** Each subordinate class's room after what it is already due, in the date's room scratch (by class). */
    private static BigDecimal[] left(Period p, int[] subs) {
        BigDecimal[] room = p.subordinateRoom;
        for (int c : subs) {
            room[c] = p.begin[c].subtract(p.subordinateDue[c]);
        }
        return room;
    }

    /**
     * The class prepayment distribution trigger: the most senior outstanding subordinate class always shares; another
     * shares in prepayments only while its fractional interest (its balance and every class junior to it, over the
     * pool) is at least its original fractional interest (cross-multiplied to stay exact). The flags, by subordinate, are
     * the date's scratch ({@link Period#subordinateEligible}).
     */
    private static boolean[] prepaymentEligible(Period p, ShiftingInterest rules, int[] subs) {
        ResolvedDeal deal = p.deal;
        boolean[] eligible = p.subordinateEligible;
        java.util.Arrays.fill(eligible, 0, subs.length, true);
        BigDecimal poolBegin = BigDecimal.ZERO;
        for (var gc : p.groups) {
            poolBegin = poolBegin.add(gc.beginningBalance());
        }
        if (!rules.classPrepaymentTrigger() || poolBegin.signum() == 0 || deal.originalTotal().signum() == 0) {
            return eligible;
        }
        BigDecimal[] fromClass = p.subordinateFrom;
        BigDecimal below = BigDecimal.ZERO;
        for (int i = subs.length - 1; i >= 0; i--) {
            below = below.add(p.begin[subs[i]]);
            fromClass[i] = below;
        }
        boolean seniorOutstandingSeen = false;
        for (int i = 0; i < subs.length; i++) {
            if (p.begin[subs[i]].signum() == 0) {
                continue;
            }
            if (!seniorOutstandingSeen) {
                seniorOutstandingSeen = true;
                continue;
            }
            eligible[i] = Exact128.compareProducts(fromClass[i], deal.originalTotal(), deal.originalSubordinateFrom(i), poolBegin) >= 0;
        }
        return eligible;
    }
}
