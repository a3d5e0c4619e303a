package org.waterfall.verify;

import static org.waterfall.verify.Expectations.HUNDRED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.waterfall.engine.ClassResult;
import org.waterfall.engine.GroupResult;
import org.waterfall.engine.ShiftingInterestState;
import org.waterfall.money.Rounding;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.AggregateField;
import org.waterfall.statement.FigureId.ClassField;
import org.waterfall.statement.FigureId.Side;

/** The aggregate certificate information: the senior and junior percentages, prepayment percentages and balances. */
final class AggregateChecks {

    private AggregateChecks() {
    }

    static void expect(Expectations x) {
        ShiftingInterestState s = x.result.shifting();
        BigDecimal seniorEnding = BigDecimal.ZERO;
        BigDecimal juniorEnding = BigDecimal.ZERO;
        List<FigureId> seniorIds = new ArrayList<>();
        List<FigureId> juniorIds = new ArrayList<>();
        for (int c = 0; c < x.deal.classCount(); c++) {
            if (x.deal.isInterestOnly(c)) {
                continue;
            }
            ClassResult r = x.result.classes().get(c);
            FigureId id = FigureId.of(r.name(), ClassField.ENDING_BALANCE);
            if (x.deal.certificateClass(c).role().isSenior()) {
                seniorEnding = seniorEnding.add(r.endingBalance());
                seniorIds.add(id);
            } else {
                juniorEnding = juniorEnding.add(r.endingBalance());
                juniorIds.add(id);
            }
        }
        Rounding pct = Rounding.PERCENT_6_HALF_UP;
        BigDecimal seniorPct = pct.apply(s.aggregateSeniorFraction().multiply(HUNDRED));
        x.put(FigureId.aggregate(Side.SENIOR, AggregateField.PERCENTAGE), Expected.exact(seniorPct,
                "seniors' beginning balance / pool beginning balance (the Senior Percentage, aggregated)"));
        x.put(FigureId.aggregate(Side.JUNIOR, AggregateField.PERCENTAGE), Expected.exact(HUNDRED.subtract(seniorPct).setScale(pct.scale()),
                "100% - the aggregate senior percentage"));
        BigDecimal spp = seniorPrepaymentPercentage(x, pct);
        x.put(FigureId.aggregate(Side.SENIOR, AggregateField.PREPAYMENT_PERCENTAGE), Expected.exact(spp,
                "the groups' Senior Prepayment Percentages applied this date, weighted by prepayments"));
        x.put(FigureId.aggregate(Side.JUNIOR, AggregateField.PREPAYMENT_PERCENTAGE), Expected.exact(HUNDRED.subtract(spp).setScale(pct.scale()),
                "100% - the aggregate senior prepayment percentage"));
        x.put(FigureId.aggregate(Side.SENIOR, AggregateField.ENDING_BALANCE),
                x.sumOfExpected(seniorEnding, seniorIds, "sum of the senior classes' ending balances"));
        x.put(FigureId.aggregate(Side.JUNIOR, AggregateField.ENDING_BALANCE),
                x.sumOfExpected(juniorEnding, juniorIds, "sum of the subordinate classes' ending balances"));
    }

    /** Each group's SPP weighted by its prepayments (the group's own, matched by id); the applied shift when none prepaid. */
    static BigDecimal seniorPrepaymentPercentage(Expectations x, Rounding pct) {
        BigDecimal prepaidTotal = BigDecimal.ZERO;
        BigDecimal prepaidSenior = BigDecimal.ZERO;
        for (GroupResult r : x.result.groups()) {
            BigDecimal p = r.prepayments();
            prepaidTotal = prepaidTotal.add(p);
            prepaidSenior = prepaidSenior.add(r.seniorPrepaymentPercentage().multiply(p));
        }
        return prepaidTotal.signum() == 0
                ? pct.apply(x.result.shifting().appliedShiftPercent().max(BigDecimal.ZERO))
                : pct.apply(prepaidSenior.multiply(HUNDRED).divide(prepaidTotal, Rounding.INTERMEDIATE));
    }
}
