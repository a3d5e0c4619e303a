package org.waterfall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.waterfall.money.MoneyFormat;
import org.waterfall.verify.ChainReport;
import org.waterfall.verify.FigureCheck;
import org.waterfall.inference.InferredInput;
import org.waterfall.verify.Status;
import org.waterfall.verify.VerificationReport;

/**
 * Renders a {@link VerificationReport} (one statement) or a {@link ChainReport} (a series) as a table for people, or as
 * JSON or CSV for tools.
 */
final class VerificationReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VerificationReportWriter() {
    }

    /**
     * The JSON contract: {@code {"deal", "distributionDate", "summary": {figures, tiedOut, discrepancies, inputs,
     * notRecomputed, numbersFound}, "inferredInputs": [{id, value, method}], "conventions": [...], "figures": [{id,
     * reported, computed, difference, tolerance, status, reason, convention, line}]}}; amounts are decimal strings.
     */
    static String json(VerificationReport r) {
        return write(node(r));
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the report as JSON", e);
        }
    }

    private static ObjectNode node(VerificationReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("deal", r.deal());
        root.put("statement", r.statement());
        root.put("distributionDate", r.distributionDate().toString());
        ObjectNode summary = root.putObject("summary");
        summary.put("figures", r.figures().size());
        summary.put("tiedOut", r.count(Status.TIED_OUT));
        summary.put("discrepancies", r.count(Status.DISCREPANCY));
        summary.put("inputs", r.count(Status.INPUT));
        summary.put("notRecomputed", r.count(Status.NOT_RECOMPUTED));
        summary.put("numbersFound", r.numbersFound());
        ArrayNode inferred = root.putArray("inferredInputs");
        for (InferredInput i : r.inferredInputs()) {
            ObjectNode n = inferred.addObject();
            n.put("id", i.id());
            n.put("value", plain(i.value()));
            n.put("method", i.method());
        }
        ArrayNode conventions = root.putArray("conventions");
        r.conventions().forEach(conventions::add);
        ArrayNode figures = root.putArray("figures");
        for (FigureCheck f : r.figures()) {
            ObjectNode n = figures.addObject();
            n.put("id", f.id().toString());
            n.put("reported", plain(f.reported()));
            n.put("computed", plain(f.computed()));
            n.put("difference", plain(f.difference()));
            n.put("tolerance", plain(f.tolerance()));
            n.put("status", f.status().name());
            n.put("reason", f.reason());
            n.put("convention", f.convention());
            n.put("line", f.line());
        }
        return root;
    }

    /**
     * A series: {@code {"deal", "summary": {months, monthsTiedOut, figures, tiedOut, discrepancies, inputs,
     * notRecomputed}, "history": [{distributionDate, dateNumber, chained, figures, numbersFound, tiedOut,
     * discrepancies, inputs, notRecomputed, certificatesOverCollateral, drift, seniorAboveClosing, twoTimesMet,
     * delinquencyTestPassed, lossTestPassed, scheduledShiftPercent, appliedShiftPercent}], "months": [one report
     * each, as for one statement]}}.
     */
    static String json(ChainReport chain) {
        ObjectNode root = JSON.createObjectNode();
        root.put("deal", chain.deal());
        ObjectNode summary = root.putObject("summary");
        summary.put("months", chain.months().size());
        summary.put("monthsTiedOut", chain.months().stream().filter(VerificationReport::tiesOut).count());
        summary.put("figures", chain.months().stream().mapToLong(m -> m.figures().size()).sum());
        summary.put("tiedOut", chain.months().stream().mapToLong(m -> m.count(Status.TIED_OUT)).sum());
        summary.put("discrepancies", chain.months().stream().mapToLong(m -> m.count(Status.DISCREPANCY)).sum());
        summary.put("inputs", chain.months().stream().mapToLong(m -> m.count(Status.INPUT)).sum());
        summary.put("notRecomputed", chain.months().stream().mapToLong(m -> m.count(Status.NOT_RECOMPUTED)).sum());
        ArrayNode history = root.putArray("history");
        for (ChainReport.MonthSummary m : chain.history()) {
            ObjectNode n = history.addObject();
            n.put("distributionDate", m.distributionDate().toString());
            n.put("dateNumber", m.dateNumber());
            n.put("chained", m.chained());
            n.put("figures", m.figures());
            n.put("numbersFound", m.numbersFound());
            n.put("tiedOut", m.tiedOut());
            n.put("discrepancies", m.discrepancies());
            n.put("inputs", m.inputs());
            n.put("notRecomputed", m.notRecomputed());
            n.put("certificatesOverCollateral", plain(m.certificatesOverCollateral()));
            n.put("drift", plain(m.drift()));
            n.put("seniorAboveClosing", m.seniorAboveClosing());
            n.put("twoTimesMet", m.twoTimesMet());
            n.put("delinquencyTestPassed", m.delinquencyTestPassed());
            n.put("lossTestPassed", m.lossTestPassed());
            n.put("scheduledShiftPercent", plain(m.scheduledShiftPercent()));
            n.put("appliedShiftPercent", plain(m.appliedShiftPercent()));
        }
        ArrayNode months = root.putArray("months");
        chain.months().forEach(m -> months.add(node(m)));
        return write(root);
    }

    /**
     * One row per printed figure, for one statement or a series: {@code distributionDate, id, line, reported,
     * computed, difference, tolerance, status, convention, reason}; amounts as plain decimals.
     */
    static String csv(List<VerificationReport> months) {
        StringBuilder s = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(s, CSVFormat.DEFAULT.builder().setRecordSeparator(System.lineSeparator()).build())) {
            p.printRecord("distributionDate", "id", "line", "reported", "computed", "difference", "tolerance", "status",
                    "convention", "reason");
            for (VerificationReport r : months) {
                for (FigureCheck f : r.figures()) {
                    p.printRecord(r.distributionDate(), f.id(), f.line(), plain(f.reported()), plain(f.computed()),
                            plain(f.difference()), plain(f.tolerance()), f.status(), f.convention(), f.reason());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    /** A series: the history, then each month's report (brief: summary, inputs and discrepancies). */
    static String table(ChainReport chain, boolean brief) {
        StringBuilder s = new StringBuilder();
        String nl = System.lineSeparator();
        List<VerificationReport> months = chain.months();
        long clean = months.stream().filter(VerificationReport::tiesOut).count();
        s.append("waterfall verify: ").append(chain.deal()).append(", ").append(months.size()).append(" statements from ")
                .append(months.get(0).distributionDate()).append(" to ").append(months.get(months.size() - 1).distributionDate())
                .append(nl);
        s.append(chain.tiesOut() ? "RESULT: every printed figure of every month ties out"
                : "RESULT: differences found (" + (months.size() - clean) + " of " + months.size() + " months)").append(nl).append(nl);
        s.append("History").append(nl);
        s.append(String.format(Locale.ROOT, "  %-10s %-8s %9s %5s %5s %5s %5s %14s %10s  %-9s %-9s %-7s %-7s %5s%n", "date",
                "inputs", "read", "tied", "discr", "input", "notrc", "certs-collat", "drift", "step-down", "two-times",
                "delinq", "loss", "shift"));
        for (ChainReport.MonthSummary m : chain.history()) {
            s.append(String.format(Locale.ROOT, "  %-10s %-8s %9s %5d %5d %5d %5d %14s %10s  %-9s %-9s %-7s %-7s %5s%n",
                    m.distributionDate(), m.chained() ? "chained" : "inferred", m.figures() + "/" + m.numbersFound(), m.tiedOut(),
                    m.discrepancies(), m.inputs(), m.notRecomputed(), MoneyFormat.grouped(m.certificatesOverCollateral()),
                    m.drift() == null ? "-" : MoneyFormat.grouped(m.drift()), m.seniorAboveClosing() ? "above" : "no",
                    m.twoTimesMet() ? "met" : "not met", m.delinquencyTestPassed() ? "passed" : "FAILED",
                    m.lossTestPassed() ? "passed" : "FAILED", m.appliedShiftPercent().stripTrailingZeros().toPlainString()));
        }
        s.append("  (inputs: chained = the previous statement's printed figures; certs-collat = the classes' printed ending "
                + "balance less the collateral's; step-down: senior percentage above closing; shift: % of the subordinate "
                + "share of prepayments that went to the seniors)").append(nl);
        for (VerificationReport m : months) {
            s.append(nl).append("=== ").append(m.distributionDate()).append(" ===").append(nl);
            s.append(table(m, brief));
        }
        return s.toString();
    }

    static String table(VerificationReport r, boolean brief) {
        StringBuilder s = new StringBuilder();
        String nl = System.lineSeparator();
        s.append("waterfall verify: ").append(r.deal()).append(", distribution date ").append(r.distributionDate())
                .append(" (").append(r.statement()).append(')').append(nl);
        s.append(String.format(Locale.ROOT, "read %d of %d numbers printed: %d tied out, %d discrepancies, %d inputs, %d not recomputed%n",
                r.figures().size(), r.numbersFound(), r.count(Status.TIED_OUT), r.count(Status.DISCREPANCY),
                r.count(Status.INPUT), r.count(Status.NOT_RECOMPUTED)));
        s.append(r.tiesOut() ? "RESULT: every printed figure ties out" : "RESULT: differences found").append(nl).append(nl);

        List<FigureCheck> discrepancies = r.discrepancies();
        if (!discrepancies.isEmpty()) {
            s.append("Discrepancies").append(nl);
            header(s);
            for (FigureCheck f : discrepancies) {
                row(s, f);
                s.append("      ").append(f.reason()).append(nl);
            }
            s.append(nl);
        }
        s.append("Inferred inputs (not printed on the statement)").append(nl);
        for (InferredInput i : r.inferredInputs()) {
            s.append(String.format(Locale.ROOT, "  %-32s %18s  %s%n", i.id(), money(i.value()), i.method()));
        }
        s.append(nl).append("Conventions").append(nl);
        for (String c : r.conventions()) {
            s.append("  ").append(c).append(nl);
        }
        if (!brief) {
            s.append(nl).append("All figures").append(nl);
            header(s);
            for (FigureCheck f : r.figures()) {
                row(s, f);
            }
        }
        return s.toString();
    }

    private static void header(StringBuilder s) {
        s.append(String.format(Locale.ROOT, "  %-40s %18s %18s %12s %10s  %s%n", "figure", "reported", "computed", "difference",
                "tolerance", "status"));
    }

    private static void row(StringBuilder s, FigureCheck f) {
        s.append(String.format(Locale.ROOT, "  %-40s %18s %18s %12s %10s  %s%n", f.id(), plain(f.reported()),
                f.computed() == null ? "-" : plain(f.computed()), f.difference() == null ? "-" : plain(f.difference()),
                f.tolerance().signum() == 0 ? "0" : plain(f.tolerance()), f.status()));
    }

    private static String plain(BigDecimal v) {
        return MoneyFormat.plain(v);
    }

    private static String money(BigDecimal v) {
        return MoneyFormat.amountOrExact(v);
    }
}
