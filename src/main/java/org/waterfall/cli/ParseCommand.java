package org.waterfall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.waterfall.statement.PrintedFigure;
import org.waterfall.statement.StatementParser;
import org.waterfall.statement.TrusteeStatement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code waterfall parse STATEMENT}: print every figure read from a trustee statement. */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = "Read a trustee statement as filed and print every number in its body as a typed figure.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the statement was read", "2:trouble: the file cannot be read or is not a statement"})
public final class ParseCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(index = "0", paramLabel = "STATEMENT", description = "The trustee's statement (text).")
    Path statementFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default) or json.")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE (whole, or not at all) instead of standard output.")
    Path outFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        format.requireOneOf(spec, OutputFormat.table, OutputFormat.json);
        if (outFile != null) {
            AtomicOutput.requireWritableTarget(outFile);
        }
        TrusteeStatement st = StatementParser.parse(statementFile);
        String text = format == OutputFormat.json ? json(st) : table(st);
        AtomicOutput.write(text, outFile, spec.commandLine().getOut());
        return ExitCode.OK.code();
    }

    static String json(TrusteeStatement st) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("source", st.source());
        root.put("distributionDate", st.distributionDate().toString());
        root.put("series", st.series());
        root.put("groupCount", st.groupCount());
        ArrayNode classes = root.putArray("classes");
        for (String name : st.classNames()) {
            ObjectNode c = classes.addObject();
            c.put("name", name);
            c.put("cusip", st.cusips().get(name));
            c.put("type", st.classTypes().get(name));
        }
        root.put("numbersFound", st.numbersFound());
        root.put("numbersRead", st.figures().size());
        ArrayNode figures = root.putArray("figures");
        for (PrintedFigure f : st.figures()) {
            ObjectNode n = figures.addObject();
            n.put("id", f.id().toString());
            n.put("value", f.value().toPlainString());
            n.put("line", f.line());
        }
        return JSON.writeValueAsString(root) + System.lineSeparator();
    }

    static String table(TrusteeStatement st) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s: series %s, distribution date %s, %d classes, %d groups%n", st.source(),
                st.series(), st.distributionDate(), st.classNames().size(), st.groupCount()));
        s.append(String.format(Locale.ROOT, "read %d of %d numbers%n%n", st.figures().size(), st.numbersFound()));
        s.append(String.format(Locale.ROOT, "%-40s %20s %6s%n", "figure", "value", "line"));
        for (PrintedFigure f : st.figures()) {
            s.append(String.format(Locale.ROOT, "%-40s %20s %6d%n", f.id(), f.value().toPlainString(), f.line()));
        }
        return s.toString();
    }
}
