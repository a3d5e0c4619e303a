package org.waterfall.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.waterfall.money.Rounding;

/**
 * The classes a {@link PrincipalDistributor} pays on one distribution date, as an engine keeps them: their working
 * balances, how a payment is recorded, and how a pro-rata payment is rounded. The distributor walks a
 * {@link PrincipalRule}; the engine behind these methods keeps its own conventions (the REMIC engine's cents, the
 * shifting-interest engine's remainder rule and unrounded twins). Amounts are dollars at the cent.
 */
public interface Payees {

    /** The date's distribution period number, 1 for the first date: lockouts and NAS steps are by period. */
    int period();

    /** The date's month: planned balance schedules are by month. */
    YearMonth month();

    /** What class {@code c} can still take on this date: its balance less what it has been paid so far. */
    BigDecimal balance(int c);

    /** Records {@code amount} (at most {@link #balance(int)}) as principal paid to class {@code c}. */
    void pay(int c, BigDecimal amount);

    /**
     * Pays up to {@code amount} to {@code classes} in proportion to their balances, never more than a class's balance;
     * returns what they could not use.
     */
    BigDecimal payProRata(int[] classes, BigDecimal amount);

    /** How a split's and a NAS rule's shares of an amount are rounded to the cent. */
    Rounding shareRounding();
}
