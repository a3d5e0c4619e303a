package org.waterfall.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The results table of benchmarks/README.md from a JMH JSON result file: per benchmark and parameters, the median
 * of the measured iterations (JMH itself prints their mean) with JMH's 99.9% error, and the iterations' min and
 * max. Timings are analytics, so doubles.
 *
 * <pre>java -jar target/benchmarks.jar -rf json -rff jmh.json
 * java -cp target/benchmarks.jar org.waterfall.benchmarks.JmhMedians jmh.json</pre>
 */
public final class JmhMedians {

    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);

    /** One benchmark's row. */
    record Row(String benchmark, String params, double median, double error, double min, double max, int iterations,
            String unit) {
    }

    private JmhMedians() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: JmhMedians JMH_RESULT.json (from java -jar target/benchmarks.jar -rf json -rff FILE)");
            System.exit(2);
        }
        List<Row> rows;
        try {
            rows = read(Files.readString(Path.of(args[0])));
        } catch (NoSuchFileException e) {
            System.err.println("JmhMedians: " + args[0] + ": no such file");
            System.exit(2);
            return;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("JmhMedians: " + args[0] + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
            System.exit(2);
            return;
        }
        print(rows, System.out);
    }

    /** Rows of a JMH JSON result, in the file's order. */
    static List<Row> read(String json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("not a JMH JSON result (expected an array of benchmarks)");
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode b : root) {
            JsonNode metric = b.path("primaryMetric");
            List<Double> raw = new ArrayList<>();
            for (JsonNode fork : metric.path("rawData")) {
                for (JsonNode x : fork) {
                    raw.add(x.asDouble());
                }
            }
            if (!b.path("benchmark").isTextual() || raw.isEmpty()) {
                throw new IllegalArgumentException("benchmark entry without a name or measured iterations");
            }
            String name = b.get("benchmark").asText();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            List<String> params = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = b.path("params").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                params.add(p.getKey() + "=" + p.getValue().asText());
            }
            raw.sort(null);
            int n = raw.size();
            double median = n % 2 == 1 ? raw.get(n / 2) : (raw.get(n / 2 - 1) + raw.get(n / 2)) / 2;
            double error = metric.path("scoreError").asDouble(Double.NaN);
            rows.add(new Row(name, String.join(", ", params), median, error, raw.get(0), raw.get(n - 1), n,
                    metric.path("scoreUnit").asText()));
        }
        return rows;
    }

    /** A markdown table: median to 4 significant digits, the error, min and max to the median's decimals. */
    static void print(List<Row> rows, PrintStream out) {
        out.println("| benchmark | params | median | error (99.9%) | min | max | n | unit |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            // four significant digits, but never fewer than the integer part's
            int scale = Math.max(new BigDecimal(r.median()).round(FOUR_DIGITS).scale(), 0);
            out.println("| " + r.benchmark() + " | " + r.params() + " | " + fixed(r.median(), scale)
                    + " | " + (Double.isNaN(r.error()) ? "n/a" : "± " + fixed(r.error(), scale)) + " | " + fixed(r.min(), scale)
                    + " | " + fixed(r.max(), scale) + " | " + r.iterations() + " | " + r.unit() + " |");
        }
    }

    private static String fixed(double v, int scale) {
        return new BigDecimal(v).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }
}
