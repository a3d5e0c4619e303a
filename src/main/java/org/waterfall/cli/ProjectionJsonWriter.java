package org.waterfall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.WorkingPrecision;
import org.waterfall.projection.ClassCashflow;
import org.waterfall.projection.ClassProjection;
import org.waterfall.projection.GroupAssumptions;
import org.waterfall.projection.GroupCashflow;
import org.waterfall.projection.GroupProjection;
import org.waterfall.projection.ScenarioResult;
import org.waterfall.projection.StartState;

/**
 * Renders projection results as JSON, following the contract
 * {@code {"scenarios": [{"name", "assumptions", "classes": [{"name", "wal", "firstPrincipalDate", "lastPrincipalDate",
 * "totalPrincipal", "totalInterest", "cashflows": [{"date", "beginningBalance", "interest", "principal", "loss",
 * "writedown", "unpaidInterest", "rate", "endingBalance"}]}], "groups": [{..., "cashflows": [{..., "interest", "fees",
 * "advancesReimbursed", "availableFunds", "paidToSeniors", "endingBalance"}]}]}]}}: the rate shows a capped coupon,
 * unpaidInterest what the available funds could not pay, writedown the excess over the collateral written off. Amounts are decimal strings; WAL is a number of years (6 decimals) or
 * null; dates are {@code yyyy-mm-dd} or null. A class's {@code loss} includes its writedown, so principal + loss over the cash flows equals its starting balance. For an interest-only class
 * the balances are its notional. Classes without a balance or interest (paid-off residuals) are left out.
 */
final class ProjectionJsonWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProjectionJsonWriter() {
    }

    static String json(ResolvedDeal deal, List<ScenarioResult> results) {
        ObjectNode root = JSON.createObjectNode();
        WorkingPrecision precision = deal.conventions().workingPrecision();
        ObjectNode p = root.putObject("workingPrecision");
        p.put("name", precision.name());
        p.put("description", precision.description());
        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioResult r : results) {
            ObjectNode n = scenarios.addObject();
            n.put("name", r.scenario().name());
            assumptions(n.putObject("assumptions"), r);
            ArrayNode classes = n.putArray("classes");
            for (ClassProjection c : r.classes()) {
                if (c.isActive()) {
                    classNode(classes.addObject(), c);
                }
            }
            ArrayNode groups = n.putArray("groups");
            for (GroupProjection g : r.groups()) {
                groupNode(groups.addObject(), g);
            }
        }
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the projection as JSON", e);
        }
    }

    private static void assumptions(ObjectNode a, ScenarioResult r) {
        GroupAssumptions g = r.scenario().assumptions();
        groupAssumptions(a, g);
        ObjectNode overrides = a.putObject("groupOverrides");
        for (Map.Entry<String, GroupAssumptions> e : r.scenario().groupOverrides().entrySet()) {
            groupAssumptions(overrides.putObject(e.getKey()), e.getValue());
        }
        a.put("cleanUpCallPercent", plain(r.scenario().cleanUpCallPercent()));
        a.put("callDate", date(r.callDate()));
        StartState s = r.start();
        ObjectNode start = a.putObject("start");
        start.put("asOf", s.asOf().toString());
        start.put("dateNumber", s.asOfDateNumber());
        start.put("source", s.source());
        start.put("classBalances", s.classBalanceBasis());
        ArrayNode startNotes = start.putArray("notes");
        s.notes().forEach(startNotes::add);
        a.put("collateralModel", ProjectionTableWriter.MODEL);
        a.put("walBasis", ProjectionTableWriter.WAL_BASIS);
        ArrayNode notes = a.putArray("notes");
        r.notes().forEach(notes::add);
    }

    private static void groupAssumptions(ObjectNode a, GroupAssumptions g) {
        a.put("prepayment", g.prepayment().label());
        a.put("defaults", g.defaults().label());
        a.put("severityPercent", plain(g.severityPercent()));
        a.put("recoveryLagMonths", g.recoveryLagMonths());
        a.put("delinquencyPercent", plain(g.delinquencyPercent()));
    }

    private static void classNode(ObjectNode n, ClassProjection c) {
        n.put("name", c.name());
        if (c.wal() == null) {
            n.putNull("wal");
        } else {
            n.put("wal", BigDecimal.valueOf(c.wal()).setScale(6, RoundingMode.HALF_UP));
        }
        n.put("firstPrincipalDate", date(c.firstPrincipalDate()));
        n.put("lastPrincipalDate", date(c.lastPrincipalDate()));
        n.put("totalPrincipal", amount(c.totalPrincipal()));
        n.put("totalInterest", amount(c.totalInterest()));
        ArrayNode flows = n.putArray("cashflows");
        for (ClassCashflow f : c.cashflows()) {
            ObjectNode m = flows.addObject();
            m.put("date", f.date().toString());
            m.put("beginningBalance", amount(f.beginningBalance()));
            m.put("interest", amount(f.interest()));
            m.put("principal", amount(f.principal()));
            m.put("loss", amount(f.totalLoss()));
            m.put("writedown", amount(f.writedown()));
            m.put("unpaidInterest", amount(f.unpaidInterest()));
            m.put("rate", plain(f.rate()));
            m.put("endingBalance", amount(f.endingBalance()));
        }
    }

    private static void groupNode(ObjectNode n, GroupProjection g) {
        n.put("group", g.group());
        n.put("startingBalance", amount(g.start().balance()));
        n.put("grossWac", plain(g.start().grossWac()));
        n.put("remainingTermMonths", g.start().remainingTermMonths());
        n.put("termBasis", g.start().termBasis());
        n.put("ratePath", g.ratePath());
        ArrayNode flows = n.putArray("cashflows");
        for (GroupCashflow f : g.cashflows()) {
            ObjectNode m = flows.addObject();
            m.put("date", f.date().toString());
            m.put("beginningBalance", amount(f.beginningBalance()));
            m.put("grossWac", plain(f.grossWac()));
            m.put("scheduledPrincipal", amount(f.scheduledPrincipal()));
            m.put("prepayments", amount(f.prepayments()));
            m.put("defaults", amount(f.defaults()));
            m.put("liquidatedBalance", amount(f.liquidatedBalance()));
            m.put("recoveries", amount(f.recoveries()));
            m.put("loss", amount(f.loss()));
            m.put("interest", amount(f.interest()));
            m.put("fees", amount(f.fees()));
            m.put("advancesReimbursed", amount(f.advancesReimbursed()));
            m.put("availableFunds", amount(f.availableFunds()));
            m.put("paidToSeniors", amount(f.paidToSeniors()));
            m.put("endingBalance", amount(f.endingBalance()));
        }
    }

    /** A dollar amount as a plain decimal with at least the cents: {@code 0.00}, not {@code 0}. */
    private static String amount(BigDecimal v) {
        return v == null ? null : (v.scale() < 2 ? v.setScale(2) : v).toPlainString();
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
