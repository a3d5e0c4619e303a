package org.waterfall.verify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.Bucket;
import org.waterfall.statement.FigureId.DelinquencyField;
import org.waterfall.statement.FigureId.ReoField;
import org.waterfall.statement.FigureId.ReoRow;
import org.waterfall.statement.PrintedFigure;

/** Delinquency and REO: servicer data the engine does not model, checked through the statement's own totals. */
final class ServicerDataChecks {

    private ServicerDataChecks() {
    }

    static void expect(Expectations x) {
        expectDelinquency(x);
        expectReo(x);
    }

    private static void expectDelinquency(Expectations x) {
        List<Bucket> buckets = new ArrayList<>();
        for (PrintedFigure f : x.st.figures()) {
            if (f.id() instanceof FigureId.OfDelinquency d && d.bucket() != Bucket.TOTAL) {
                x.put(d, Expected.notRecomputed("delinquencies are servicer data, not modelled (checked through the total)"));
                if (!buckets.contains(d.bucket())) {
                    buckets.add(d.bucket());
                }
            }
        }
        for (DelinquencyField field : DelinquencyField.values()) {
            List<FigureId> ids = buckets.stream().map(b -> FigureId.delinquency(b, field)).toList();
            BigDecimal s = x.sum(ids);
            x.put(FigureId.delinquency(Bucket.TOTAL, field), Expected.exact(s, "sum of the printed buckets", ids.toArray(FigureId[]::new))
                    .withPrinted(s, "sum of the printed buckets"));
        }
    }

    private static void expectReo(Expectations x) {
        List<FigureId> rows = new ArrayList<>();
        for (PrintedFigure f : x.st.figures()) {
            if (f.id() instanceof FigureId.OfReo r && r.row() == ReoRow.PROPERTY) {
                rows.add(r);
                x.put(r, Expected.notRecomputed("REO properties are servicer data, not modelled (checked through the total)"));
            }
        }
        FigureId[] ids = rows.toArray(FigureId[]::new);
        BigDecimal reoTotal = x.sum(rows);
        FigureId total = FigureId.reo(ReoRow.TOTAL, ReoField.BALANCE);
        x.put(total, Expected.exact(reoTotal, "sum of the printed REO rows", ids).withPrinted(reoTotal, "sum of the printed REO rows"));
        x.put(FigureId.reo(ReoRow.OUTSTANDING, ReoField.BALANCE), Expected.exact(reoTotal, "the REO total", total)
                .withPrinted(x.printed(total), "the printed REO total"));
        long count = rows.stream().map(x::printed).filter(v -> v != null && v.signum() > 0).count();
        x.put(FigureId.reo(ReoRow.OUTSTANDING, ReoField.COUNT), Expected.exact(BigDecimal.valueOf(count),
                "number of REO rows with a balance", ids));
    }
}
