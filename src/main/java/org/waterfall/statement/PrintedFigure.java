package org.waterfall.statement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One number as the statement prints it. The value keeps the printed scale: {@code 6.461657%} is 6.461657
 * (scale 6), {@code 403} is 403, {@code 1,234.50} is 1234.50.
 *
 * @param id which figure it is, e.g. {@code class.A1.interest}, {@code group.total.endingBalance}
 * @param value the printed value
 * @param line 1-based line in the file
 * @param column 0-based column of the token's first character
 * @param text the token as printed
 */
public record PrintedFigure(FigureId id, BigDecimal value, int line, int column, String text) {
    public PrintedFigure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
    }
}
