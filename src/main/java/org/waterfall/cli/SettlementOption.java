package org.waterfall.cli;

import java.time.LocalDate;
import org.waterfall.projection.StartState;
import picocli.CommandLine.Option;

/** {@code --settle DATE}: the settlement date of quotes, any date from the start's distribution date on. A mixin. */
public final class SettlementOption {

    @Option(names = "--settle", paramLabel = "DATE", converter = OptionConverters.Date.class,
            description = "Settlement date (yyyy-mm-dd), on or after the start's distribution date (default that date). The buyer "
                    + "gets the payments for the accrual months from settlement's month on; interest accrues 30/360 from the "
                    + "first of that month, and each payment is discounted to settlement.")
    LocalDate settle;

    /** The settlement date for a start. @throws UserInputException for a date before the start */
    LocalDate settlement(StartState start) {
        if (settle == null) {
            return start.asOf();
        }
        if (settle.isBefore(start.asOf())) {
            throw new UserInputException("--settle: " + settle + " is before the start's distribution date " + start.asOf());
        }
        return settle;
    }

    boolean given() {
        return settle != null;
    }
}
