package org.waterfall.verify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.engine.GroupResult;
import org.waterfall.engine.PeriodResult;
import org.waterfall.engine.ShiftingInterestState;
import org.waterfall.inference.MonthInputs;
import org.waterfall.money.MoneyFormat;
import org.waterfall.money.Rounding;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.AggregateField;
import org.waterfall.statement.FigureId.ClassField;
import org.waterfall.statement.FigureId.Side;

/**
 * Known ways a trustee's figure goes wrong, each tested against the printed figures: a discrepancy is
 * explained only when the explanation reproduces the printed value.
 */
final class Diagnosis {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Diagnosis() {
    }

    /** An explanation of a discrepancy, or null when none of the known causes reproduces it. */
    static String explain(FigureCheck c, Function<FigureId, BigDecimal> printed, PeriodResult result,
            MonthInputs inputs, ResolvedDeal deal) {
        FigureId id = c.id();
        if (id instanceof FigureId.OfAggregate a && a.field() == AggregateField.ENDING_BALANCE) {
            boolean senior = a.side() == Side.SENIOR;
            BigDecimal beginning = BigDecimal.ZERO;
            for (int k = 0; k < deal.classCount(); k++) {
                if (!deal.isInterestOnly(k) && deal.certificateClass(k).role().isSenior() == senior) {
                    beginning = beginning.add(result.classes().get(k).beginningBalance());
                }
            }
            if (beginning.compareTo(c.reported()) == 0) {
                return "The printed figure is the " + (senior ? "senior" : "subordinate") + " classes' BEGINNING balance ("
                        + MoneyFormat.grouped(beginning) + "), not their ending balance (" + MoneyFormat.grouped(c.computed()) + ")";
            }
            return undistributedPrincipal(printed, result, inputs, deal, c);
        }
        if (id instanceof FigureId.OfAggregate a && a.field() == AggregateField.PERCENTAGE) {
            BigDecimal s = printed.apply(FigureId.aggregate(Side.SENIOR, AggregateField.ENDING_BALANCE));
            BigDecimal j = printed.apply(FigureId.aggregate(Side.JUNIOR, AggregateField.ENDING_BALANCE));
            if (s != null && j != null && s.add(j).signum() > 0) {
                BigDecimal side = a.side() == Side.SENIOR ? s : j;
                BigDecimal ratio = Rounding.PERCENT_6_HALF_UP.apply(side.multiply(HUNDRED).divide(s.add(j), Rounding.INTERMEDIATE));
                if (ratio.compareTo(c.reported()) == 0) {
                    return "The trustee divides the printed aggregate balance of this side by the sum of the two printed "
                            + "aggregate balances (" + MoneyFormat.grouped(s) + " senior, which is a beginning balance, + "
                            + MoneyFormat.grouped(j) + " junior, an ending balance); by the Senior Percentage definition (seniors' "
                            + "beginning balance / pool beginning balance) it is " + c.computed().toPlainString() + "%";
                }
            }
            return null;
        }
        if (id instanceof FigureId.OfAggregate a && a.field() == AggregateField.PREPAYMENT_PERCENTAGE) {
            ShiftingInterestState s = result.shifting();
            BigDecimal scheduledSenior = s.scheduledShiftPercent();
            boolean senior = a.side() == Side.SENIOR;
            BigDecimal scheduled = senior ? scheduledSenior : HUNDRED.subtract(scheduledSenior);
            if (scheduledSenior.compareTo(HUNDRED) == 0 && scheduled.compareTo(c.reported()) == 0
                    && s.appliedShiftPercent().compareTo(HUNDRED) < 0) {
                List<String> spp = new ArrayList<>();
                for (GroupResult g : result.groups()) {
                    spp.add("group " + g.group() + " " + pct(g.seniorPrepaymentPercentage()));
                }
                return "The printed figure is the schedule's " + scheduled.stripTrailingZeros().toPlainString()
                        + "% for date " + result.dateNumber() + ", before the two-times test. The test passed (aggregate "
                        + "subordinate percentage " + pct(s.aggregateSubordinateFraction()) + " >= 2 x " + pct(s.closingSubordinateFraction())
                        + " at closing; delinquency and loss tests passed), so SPP = SP + " + s.appliedShiftPercent().stripTrailingZeros().toPlainString()
                        + "% x (1 - SP): " + String.join(", ", spp) + "; the principal the statement distributes follows these";
            }
            return null;
        }
        if (id instanceof FigureId.OfClass || id instanceof FigureId.OfTotal || id instanceof FigureId.OfRemittance) {
            return undistributedPrincipal(printed, result, inputs, deal, c);
        }
        return null;
    }

    /**
     * When the classes were paid less principal than the collateral's balance fell, the shortfall shows in
     * the most junior class; say so with the certificate-over-collateral gap before and after.
     */
    private static String undistributedPrincipal(Function<FigureId, BigDecimal> printed, PeriodResult result,
            MonthInputs inputs, ResolvedDeal deal, FigureCheck c) {
        BigDecimal collateralBegin = BigDecimal.ZERO;
        BigDecimal collateralEnd = BigDecimal.ZERO;
        for (GroupCollateral g : inputs.collateral().groups()) {
            collateralBegin = collateralBegin.add(g.beginningBalance());
            collateralEnd = collateralEnd.add(g.endingBalance());
        }
        BigDecimal classesBegin = printed.apply(FigureId.total(ClassField.BEGINNING_BALANCE));
        BigDecimal classesEnd = printed.apply(FigureId.total(ClassField.ENDING_BALANCE));
        BigDecimal paid = printed.apply(FigureId.total(ClassField.PRINCIPAL));
        if (classesBegin == null || classesEnd == null || paid == null) {
            return null;
        }
        BigDecimal reduction = collateralBegin.subtract(collateralEnd);
        BigDecimal undistributed = reduction.subtract(paid);
        if (undistributed.signum() == 0 || c.difference() == null || c.difference().abs().compareTo(undistributed.abs()) != 0) {
            return null;
        }
        int[] subs = deal.subordinates();
        String junior = subs.length == 0 ? "the most junior class" : "class " + deal.className(subs[subs.length - 1]);
        return String.format(Locale.ROOT, "The classes were paid %s principal while the collateral balance fell by %s "
                        + "(beginning balances as inferred): %s less, and the difference equals this one. The certificates "
                        + "exceed the collateral by %s after the distribution (%s before): the shortfall was taken from %s",
                MoneyFormat.grouped(paid), MoneyFormat.grouped(reduction), MoneyFormat.grouped(undistributed),
                MoneyFormat.grouped(classesEnd.subtract(collateralEnd)), MoneyFormat.grouped(classesBegin.subtract(collateralBegin)), junior);
    }

    private static String pct(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(4, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
