package org.waterfall.verify;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.engine.GroupResult;
import org.waterfall.inference.PeriodDataInputs;
import org.waterfall.money.Rounding;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.GroupField;
import org.waterfall.statement.TrusteeStatement;

/**
 * The collateral, fees and losses blocks: each group's column (the n-th column is the deal's n-th group, its
 * collateral looked up by the group's id) and the Total column. In a chained month cumulative losses are the
 * previous statement's plus this month's.
 */
final class GroupChecks {

    private static final String NOT_MODELLED = " (checked through the total only)";

    private GroupChecks() {
    }

    static void expect(Expectations x) {
        int n = x.deal.groupCount();
        BigDecimal weightedWac = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        TrusteeStatement previous = x.inputs.previous();
        for (int g = 0; g < n; g++) {
            GroupResult r = x.result.groups().get(g);
            GroupCollateral gc = PeriodDataInputs.groupOf(x.inputs.collateral(), x.deal.group(g).id());
            int column = g + 1;
            String feeRate = x.deal.group(g).servicingFeeRate().toPlainString();
            x.put(FigureId.group(column, GroupField.ENDING_BALANCE), Expected.exact(r.endingBalance(),
                    "beginning - scheduled - prepayments - liquidated"));
            x.put(FigureId.group(column, GroupField.LOAN_COUNT), Expected.notRecomputed("loan counts are not modelled" + NOT_MODELLED));
            x.put(FigureId.group(column, GroupField.AVERAGE_LOAN_RATE), Expected.exact(gc.grossWac(), "gross WAC of the period data"));
            x.put(FigureId.group(column, GroupField.PREPAYMENTS), Expected.exact(gc.prepayments(), "prepayments of the period data"));
            x.put(FigureId.group(column, GroupField.MASTER_SERVICING_FEE), Expected.exact(r.servicingFee(),
                    "beginning balance x " + feeRate + "% / 12, to the cent"));
            x.put(FigureId.group(column, GroupField.SUB_SERVICER_FEE), Expected.exact(r.subServicingFee(), "beginning balance x "
                    + x.deal.group(g).subServicingFeeRate().toPlainString() + "% / 12"));
            x.put(FigureId.group(column, GroupField.TRUSTEE_FEE), Expected.exact(r.trusteeFee(), "beginning balance x "
                    + x.deal.group(g).trusteeFeeRate().toPlainString() + "% / 12"));
            x.put(FigureId.group(column, GroupField.ADVANCES_THIS_PERIOD),
                    Expected.notRecomputed("servicer advances are not modelled" + NOT_MODELLED));
            x.put(FigureId.group(column, GroupField.REALIZED_LOSSES), Expected.exact(r.realizedLoss(),
                    "liquidated balance - liquidation proceeds"));
            FigureId cumulative = FigureId.group(column, GroupField.CUMULATIVE_LOSSES);
            if (previous != null && previous.has(cumulative)) {
                x.put(cumulative, Expected.exact(previous.value(cumulative).add(r.realizedLoss()), "the "
                        + previous.distributionDate() + " statement's cumulative losses + this month's realized losses"));
            } else {
                x.put(cumulative, Expected.notRecomputed("needs the group's loss history, which is not printed" + NOT_MODELLED));
            }
            for (GroupField coverage : List.of(GroupField.BANKRUPTCY_COVERAGE, GroupField.FRAUD_COVERAGE,
                    GroupField.SPECIAL_HAZARD_COVERAGE)) {
                x.put(FigureId.group(column, coverage), Expected.notRecomputed("coverage amounts are not modelled" + NOT_MODELLED));
            }
            weightedWac = weightedWac.add(gc.beginningBalance().multiply(gc.grossWac()));
            weights = weights.add(gc.beginningBalance());
        }
        for (GroupField field : List.of(GroupField.ENDING_BALANCE, GroupField.PREPAYMENTS, GroupField.MASTER_SERVICING_FEE,
                GroupField.SUB_SERVICER_FEE, GroupField.TRUSTEE_FEE, GroupField.REALIZED_LOSSES)) {
            List<FigureId> ids = columns(n, field);
            BigDecimal computed = BigDecimal.ZERO;
            for (FigureId id : ids) {
                computed = computed.add(x.get(id).computed());
            }
            x.put(FigureId.groupTotal(field), Expected.exact(computed, "sum over the groups", ids.toArray(FigureId[]::new))
                    .withPrinted(x.sum(ids), "sum of the printed group figures"));
        }
        for (GroupField field : List.of(GroupField.LOAN_COUNT, GroupField.ADVANCES_THIS_PERIOD, GroupField.CUMULATIVE_LOSSES,
                GroupField.BANKRUPTCY_COVERAGE, GroupField.FRAUD_COVERAGE, GroupField.SPECIAL_HAZARD_COVERAGE)) {
            List<FigureId> ids = columns(n, field);
            BigDecimal s = x.sum(ids);
            FigureId total = FigureId.groupTotal(field);
            Expected e;
            if (field == GroupField.CUMULATIVE_LOSSES && previous != null && previous.has(total)) {
                BigDecimal realized = BigDecimal.ZERO;
                for (GroupResult r : x.result.groups()) {
                    realized = realized.add(r.realizedLoss());
                }
                e = Expected.exact(previous.value(total).add(realized), "the " + previous.distributionDate()
                        + " statement's total cumulative losses + this month's realized losses", ids.toArray(FigureId[]::new));
            } else {
                e = Expected.exact(s, field == GroupField.CUMULATIVE_LOSSES ? "sum of the groups' printed cumulative losses"
                        : "sum of the groups' printed figures (not modelled per group)", ids.toArray(FigureId[]::new));
            }
            x.put(total, e.withPrinted(s, "sum of the printed group figures"));
        }
        BigDecimal wac = weights.signum() == 0 ? BigDecimal.ZERO : weightedWac.divide(weights, Rounding.INTERMEDIATE);
        BigDecimal totalWacPrinted = x.printed(FigureId.groupTotal(GroupField.AVERAGE_LOAN_RATE));
        int scale = totalWacPrinted == null ? 2 : totalWacPrinted.scale();
        x.put(FigureId.groupTotal(GroupField.AVERAGE_LOAN_RATE), Expected.exact(wac.setScale(scale, RoundingMode.HALF_UP),
                "the groups' average loan rates weighted by beginning balance, to the printed " + scale + " decimals"));
    }

    private static List<FigureId> columns(int n, GroupField field) {
        List<FigureId> ids = new ArrayList<>(n);
        for (int g = 1; g <= n; g++) {
            ids.add(FigureId.group(g, field));
        }
        return ids;
    }
}
