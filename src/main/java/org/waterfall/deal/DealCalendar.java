package org.waterfall.deal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The distribution calendar: the {@code paymentDay} of each month from the first distribution date, moved to
 * the next business day when it falls on a weekend. Interest accrues 30/360 over the calendar month before
 * the distribution date. (Bank holidays are not modelled; only weekends roll.)
 *
 * @param firstDistributionDate the first distribution date (date number 1)
 * @param paymentDay day of the month of the scheduled distribution
 */
public record DealCalendar(LocalDate firstDistributionDate, int paymentDay) {

    public DealCalendar {
        Objects.requireNonNull(firstDistributionDate, "firstDistributionDate");
        if (paymentDay < 1 || paymentDay > 28) {
            throw new DealValidationException("paymentDay", "must be 1..28: " + paymentDay);
        }
    }

    /** The distribution date number of a date's month: 1 for the first distribution date's month. */
    public int dateNumber(LocalDate date) {
        // whole months between the two dates' months (what ChronoUnit.MONTHS.between of their YearMonths gives), without
        // the temporal machinery: the engine asks once a date
        return (date.getYear() - firstDistributionDate.getYear()) * 12 + date.getMonthValue() - firstDistributionDate.getMonthValue() + 1;
    }

    /** The distribution date with the given number, rolled to the next business day. */
    public LocalDate distributionDate(int dateNumber) {
        if (dateNumber < 1) {
            throw new IllegalArgumentException("date numbers start at 1: " + dateNumber);
        }
        LocalDate scheduled = YearMonth.from(firstDistributionDate).plusMonths(dateNumber - 1L).atDay(paymentDay);
        return nextBusinessDay(scheduled);
    }

    static LocalDate nextBusinessDay(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
