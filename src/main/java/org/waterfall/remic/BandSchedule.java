package org.waterfall.remic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.waterfall.projection.Speed;
import org.waterfall.rules.PlannedBalances;

/**
 * A planned balance schedule computed from a PSA band, the way a structurer sizes a PAC: run the group's collateral
 * alone at the band's two ends; the planned principal of each date is the smaller of the two collateral principals,
 * and the planned balance is the aggregate's original balance less the planned principal to date (never below
 * zero). A PAC locked out for its first periods plans no principal before {@code firstPeriod}, then the smaller of the
 * two ends' principal of each date from there on. At any constant speed inside the band the collateral pays at least the planned amount on every date, so
 * with enough support the aggregate's payments, and its classes' lives, do not depend on the speed.
 */
public final class BandSchedule {

    private BandSchedule() {
    }

    /**
     * The schedule.
     *
     * @param id the schedule's id
     * @param group the collateral (its lines at {@code low} and {@code high} when the assumptions give lines by speed)
     * @param firstDistribution the first distribution date
     * @param original the planned aggregate's original balance
     * @param low the band's low end, percent PSA
     * @param high the band's high end, percent PSA
     * @param firstPeriod the first period with planned principal (1 for none locked out)
     */
    public static PlannedBalances compute(String id, CollateralGroup group, LocalDate firstDistribution, BigDecimal original,
            double low, double high, int firstPeriod) {
        if (firstPeriod < 1) {
            throw new IllegalArgumentException("firstPeriod must be 1 or more: " + firstPeriod);
        }
        if (!(low >= 0 && high > low)) {
            throw new IllegalArgumentException("a PSA band needs 0 <= low < high: " + low + ", " + high);
        }
        List<BigDecimal> atLow = principal(group, Speed.of(Speed.Kind.PSA, low));
        List<BigDecimal> atHigh = principal(group, Speed.of(Speed.Kind.PSA, high));
        TreeMap<YearMonth, BigDecimal> balances = new TreeMap<>();
        YearMonth first = YearMonth.from(firstDistribution);
        balances.put(first.minusMonths(1), original);
        BigDecimal balance = original;
        int n = Math.max(atLow.size(), atHigh.size());
        for (int k = firstPeriod - 1; k < n && balance.signum() > 0; k++) {
            BigDecimal lo = k < atLow.size() ? atLow.get(k) : BigDecimal.ZERO;
            BigDecimal hi = k < atHigh.size() ? atHigh.get(k) : BigDecimal.ZERO;
            balance = balance.subtract(lo.min(hi)).max(BigDecimal.ZERO);
            balances.put(first.plusMonths(k), balance);
        }
        balances.put(first.plusMonths(n), BigDecimal.ZERO);
        return new PlannedBalances(id, balances);
    }

    /** The group's collateral principal by date at a speed, until the lines are paid. */
    static List<BigDecimal> principal(CollateralGroup group, Speed speed) {
        List<LoanLine> lines = group.linesAt(speed);
        List<LineAmortization.State> states = new ArrayList<>(lines.stream().map(LineAmortization::start).toList());
        List<BigDecimal> out = new ArrayList<>();
        for (int month = 1; states.stream().anyMatch(s -> s.balance().signum() > 0); month++) {
            BigDecimal p = BigDecimal.ZERO;
            for (int l = 0; l < lines.size(); l++) {
                LineAmortization.Month m = LineAmortization.month(lines.get(l), states.get(l), speed, month);
                p = p.add(m.principal());
                states.set(l, m.after());
            }
            out.add(p);
        }
        return out;
    }
}
