package org.waterfall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.waterfall.verify.FigureCheck;
import org.waterfall.inference.InferredInput;
import org.waterfall.verify.Status;
import org.waterfall.verify.VerificationReport;

/** Renders a {@link VerificationReport} as a table for people or as JSON for tools. */
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
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the report as JSON", e);
        }
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
        return v == null ? null : v.toPlainString();
    }

    private static String money(BigDecimal v) {
        return v.scale() <= 2 ? String.format(Locale.ROOT, "%,.2f", v) : v.toPlainString();
    }
}
