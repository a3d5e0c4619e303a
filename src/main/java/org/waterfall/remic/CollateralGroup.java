package org.waterfall.remic;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.waterfall.projection.Speed;

/**
 * A group's collateral as loan lines, with the lines the pricing assumptions use instead at particular speeds
 * (FNR 2006-018 assumes one different line for its 0% PSA column).
 *
 * @param id the group id the classes and waterfall name
 * @param lines the lines at every speed not listed in {@code atSpeed}
 * @param atSpeed lines that replace {@code lines} at one constant speed
 */
public record CollateralGroup(String id, List<LoanLine> lines, List<SpeedLines> atSpeed) {

    /** Lines that replace the group's lines when the prepayment speed is this constant. */
    public record SpeedLines(Speed speed, List<LoanLine> lines) {
        public SpeedLines {
            Objects.requireNonNull(speed, "speed");
            lines = List.copyOf(lines);
            if (!speed.isConstant() || !speed.kind().isPrepayment()) {
                throw new IllegalArgumentException("a speed's lines need one constant prepayment speed: " + speed);
            }
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("lines: at least one line");
            }
        }
    }

    public CollateralGroup {
        Objects.requireNonNull(id, "id");
        lines = List.copyOf(lines);
        atSpeed = List.copyOf(atSpeed);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("lines: a group needs at least one line");
        }
        BigDecimal total = balance(lines);
        for (SpeedLines s : atSpeed) {
            if (balance(s.lines()).compareTo(total) != 0) {
                throw new IllegalArgumentException("the lines at " + s.speed().label() + " total " + balance(s.lines()).toPlainString()
                        + ", not the group's " + total.toPlainString());
            }
        }
    }

    /** The lines in force at a prepayment speed. */
    public List<LoanLine> linesAt(Speed prepayment) {
        for (SpeedLines s : atSpeed) {
            if (s.speed().equals(prepayment)) {
                return s.lines();
            }
        }
        return lines;
    }

    /** The group's balance at settlement. */
    public BigDecimal balance() {
        return balance(lines);
    }

    private static BigDecimal balance(List<LoanLine> lines) {
        BigDecimal b = BigDecimal.ZERO;
        for (LoanLine l : lines) {
            b = b.add(l.balance());
        }
        return b;
    }
}
