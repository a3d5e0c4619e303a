package org.waterfall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.waterfall.analytics.PriceOrYield;
import org.waterfall.analytics.PriceQuote;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.projection.Breakeven;
import org.waterfall.projection.GroupAssumptions;
import org.waterfall.projection.ScenarioPlan;
import org.waterfall.projection.StartState;

/** Renders breakeven results: a table (a row per scenario) and JSON. Speeds to 4 decimals, the solver's accuracy. */
final class BreakevenWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BreakevenWriter() {
    }

    static String table(ResolvedDeal deal, StartState start, String className, BigDecimal threshold, List<ScenarioPlan> plans,
            List<Breakeven.Result> results, PriceOrYield price, LocalDate settlement) {
        StringBuilder s = new StringBuilder();
        String curve = results.get(0).curve().name();
        s.append(String.format(Locale.ROOT, "waterfall breakeven: class %s of %s, after the %s distribution (date %d)%n", className,
                deal.deal().id(), start.asOf(), start.asOfDateNumber()));
        s.append(String.format(Locale.ROOT, "  first loss:  the smallest %s at which the class's losses and write-downs reach %s "
                + "(to 0.0001 %s)%n", curve, ProjectionTableWriter.money(threshold), curve));
        s.append("  collateral:  realized losses of every group over the projection at that speed; percent of the collateral at the "
                + "start and of the original pool").append(System.lineSeparator());
        if (price != null) {
            s.append(String.format(Locale.ROOT, "  zero yield:  the smallest %s at which the yield at %s falls to zero (settlement %s)%n",
                    curve, PriceQuote.both(price.value()), settlement));
        }
        s.append(System.lineSeparator());
        String head = String.format(Locale.ROOT, "  %-24s %9s %5s %12s %13s %17s %9s %9s", "prepayment", "severity", "lag",
                "first loss " + curve, "class loss", "collateral loss", "% start", "% orig");
        s.append(price == null ? head : head + String.format(Locale.ROOT, " %14s", "zero yield " + curve)).append(System.lineSeparator());
        for (int i = 0; i < results.size(); i++) {
            Breakeven.Result r = results.get(i);
            GroupAssumptions a = plans.get(i).scenario().assumptions();
            String row = String.format(Locale.ROOT, "  %-24s %8s%% %5d %12s %13s %17s %9s %9s", a.prepayment().label(),
                    a.severityPercent().stripTrailingZeros().toPlainString(), a.recoveryLagMonths(), speed(r.firstLoss()),
                    ProjectionTableWriter.money(r.classLoss()), ProjectionTableWriter.money(r.collateralLoss()),
                    String.format(Locale.ROOT, "%.4f", r.collateralLossPercentOfStart()),
                    String.format(Locale.ROOT, "%.4f", r.collateralLossPercentOfOriginal()));
            s.append(price == null ? row : row + String.format(Locale.ROOT, " %14s", speed(r.zeroYield()))).append(System.lineSeparator());
            if (!plans.get(i).scenario().groupOverrides().isEmpty() || plans.get(i).scenario().cleanUpCallPercent() != null
                    || !plans.get(i).ratePaths().isEmpty()) {
                s.append("    scenario: ").append(plans.get(i).scenario().name()).append(plans.get(i).ratePaths().isEmpty() ? ""
                        : "; rate paths for groups " + String.join(", ", plans.get(i).ratePaths().keySet())).append(System.lineSeparator());
            }
        }
        if (results.stream().anyMatch(r -> r.firstLoss() == null)) {
            s.append("  none: no loss up to the curve's largest speed; the collateral loss is shown at that speed").append(System.lineSeparator());
        }
        return s.toString();
    }

    static String json(ResolvedDeal deal, StartState start, String className, BigDecimal threshold, List<ScenarioPlan> plans,
            List<Breakeven.Result> results, PriceOrYield price, LocalDate settlement) {
        ObjectNode root = JSON.createObjectNode();
        root.put("deal", deal.deal().id());
        root.put("class", className);
        root.put("asOf", start.asOf().toString());
        root.put("curve", results.get(0).curve().name());
        root.put("lossThreshold", threshold.toPlainString());
        if (price != null) {
            root.put("price", price.value());
            root.put("settlement", settlement.toString());
        }
        ArrayNode rows = root.putArray("scenarios");
        for (int i = 0; i < results.size(); i++) {
            Breakeven.Result r = results.get(i);
            ObjectNode n = rows.addObject();
            n.put("scenario", plans.get(i).scenario().name());
            if (r.firstLoss() == null) {
                n.putNull("firstLoss");
            } else {
                n.put("firstLoss", r.firstLoss());
            }
            n.put("classLoss", r.classLoss().toPlainString());
            n.put("collateralLoss", r.collateralLoss().toPlainString());
            n.put("collateralLossPercentOfStart", r.collateralLossPercentOfStart().toPlainString());
            n.put("collateralLossPercentOfOriginal", r.collateralLossPercentOfOriginal().toPlainString());
            if (price != null) {
                if (r.zeroYield() == null) {
                    n.putNull("zeroYield");
                } else {
                    n.put("zeroYield", r.zeroYield());
                }
            }
            n.put("projections", r.evaluations());
        }
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the breakevens as JSON", e);
        }
    }

    private static String speed(Double v) {
        return v == null ? "none" : String.format(Locale.ROOT, "%.4f", v);
    }
}
