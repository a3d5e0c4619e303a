package org.waterfall.statement;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waterfall.InputException;
import org.waterfall.InputFiles;
import org.waterfall.InputProblem;

/**
 * Reads a trustee's monthly statement as filed (an 8-K with the report as Exhibit 99) into a
 * {@link TrusteeStatement}. Deal-agnostic: class names, the number of classes and of loan groups come from
 * the text. Lines of dashes (including the filing's {@code - ----} escape of a leading dash), page banners
 * and blank lines are skipped. Every problem found is collected, each naming the line and figure.
 *
 * <p>Tables read, with the figure ids they produce: the class payment table ({@code class.X.beginningBalance,
 * passThroughRate, principal, interest, totalDistribution, principalLoss, interestShortfall}), the ending
 * balance table ({@code endingBalance, unpaidInterest}), the factor table (the reprints get {@code #2};
 * {@code principalFactor, interestFactor, endingFactor}; CUSIPs), their Totals rows ({@code total.*}); the
 * collateral, fees and advances, losses and coverage blocks ({@code group.<n|total>.*}); aggregate
 * certificate information ({@code aggregate.<senior|junior>.*}); delinquency ({@code delinquency.<bucket>.*});
 * REO ({@code reo.*}); other information ({@code remittance.*}).
 */
public final class StatementParser {

    /** Largest statement accepted, bytes. */
    static final int MAX_BYTES = 4 << 20;

    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?%?");
    private static final Pattern NUMBERISH = Pattern.compile("-?[\\d,.]*\\d[\\d,.%]*");
    private static final Pattern CUSIP = Pattern.compile("[0-9A-Z]{8}[0-9]");
    private static final Pattern PAYMENT_DATE = Pattern.compile("Payment Date:\\s*(\\d{1,2})/(\\d{1,2})/(\\d{2,4})");
    private static final Pattern SERIES = Pattern.compile("Series\\s+(\\S+)\\s+Trust");
    private static final Set<String> PLACEHOLDERS = Set.of("-", "N/A", "#", "n/a");
    private static final Set<String> CLASS_TYPES = Set.of("Senior", "Residual", "Subordinate", "Junior", "Mezzanine");

    private static final List<String> PAYMENT_FIELDS = List.of("beginningBalance", "passThroughRate", "principal",
            "interest", "totalDistribution", "principalLoss", "interestShortfall");
    private static final List<String> ENDING_FIELDS = List.of("endingBalance", "unpaidInterest");
    private static final List<String> FACTOR_FIELDS = List.of("beginningBalance#2", "passThroughRate#2", "cusip",
            "principalFactor", "interestFactor", "endingFactor");

    private static final Map<String, String> GROUP_ROWS = Map.ofEntries(
            Map.entry("prin balance", "endingBalance"),
            Map.entry("loan count", "loanCount"),
            Map.entry("avg loan rate", "averageLoanRate"),
            Map.entry("prepay amount", "prepayments"),
            Map.entry("master serv fees", "masterServicingFee"),
            Map.entry("sub servicer fees", "subServicerFee"),
            Map.entry("trustee fees", "trusteeFee"),
            Map.entry("agg advances", "aggregateAdvances"),
            Map.entry("adv this period", "advancesThisPeriod"),
            Map.entry("realized losses", "realizedLosses"),
            Map.entry("cumulative losses", "cumulativeLosses"),
            Map.entry("bankruptcy", "bankruptcyCoverage"),
            Map.entry("fraud", "fraudCoverage"),
            Map.entry("special hazard", "specialHazardCoverage"));

    private StatementParser() {
    }

    public static TrusteeStatement parse(Path file) {
        return parse(file.toString(), readText(file));
    }

    /** A statement file's text, as {@link #parse(Path)} reads it (size limit, UTF-8 or ISO-8859-1). */
    public static String readText(Path file) {
        return InputFiles.readText(file, MAX_BYTES, "a text statement", true);
    }

    public static TrusteeStatement parse(String sourceName, String text) {
        if (text.indexOf('\0') >= 0) {
            throw new InputException(new InputProblem(sourceName, 0, "", "binary file (NUL bytes), not a text statement"));
        }
        if (text.isBlank()) {
            throw new InputException(new InputProblem(sourceName, 0, "", "file is empty"));
        }
        return new Reader(sourceName, lines(text)).read();
    }

    /** One pass over the lines; state for the section being read. */
    private static final class Reader {
        private final String file;
        private final String[] lines;
        private final List<InputProblem> problems = new ArrayList<>();
        private final List<PrintedFigure> figures = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private final List<String> classOrder = new ArrayList<>();
        private final Map<String, String> cusips = new LinkedHashMap<>();
        private final Map<String, String> classTypes = new LinkedHashMap<>();
        private final Map<String, Set<String>> classesByTable = new HashMap<>();
        private final Set<String> sections = new HashSet<>();
        private int numbersFound;
        private int groupCount;

        Reader(String file, String[] lines) {
            this.file = file;
            this.lines = lines;
        }

        TrusteeStatement read() {
            int body = -1;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains("Payment Date:") && PAYMENT_DATE.matcher(lines[i]).find()) {
                    body = i;
                    break;
                }
            }
            if (body < 0) {
                throw new InputException(new InputProblem(file, 0, "", "not a trustee statement: no 'Payment Date:' line"));
            }
            LocalDate date = null;
            String series = null;
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].contains("Payment Date:") && !lines[i].contains("Series")) {
                    continue;
                }
                Matcher m = PAYMENT_DATE.matcher(lines[i]);
                if (m.find()) {
                    LocalDate d = date(m, i + 1);
                    if (date == null) {
                        date = d;
                    } else if (d != null && !d.equals(date)) {
                        problems.add(problem(i + 1, "distributionDate", "payment date " + d + " differs from " + date));
                    }
                }
                Matcher s = SERIES.matcher(lines[i]);
                if (series == null && s.find()) {
                    series = s.group(1);
                }
            }
            for (int i = body; i < lines.length; i++) {
                numbersFound += countNumbers(lines[i]);
            }
            readBody(body);
            checkSections();
            checkClassesAgree();
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            if (date == null) {
                throw new InputException(problem(body + 1, "distributionDate", "unreadable payment date"));
            }
            return new TrusteeStatement(file, date, series, classOrder, cusips, classTypes, groupCount, figures, numbersFound);
        }

        private LocalDate date(Matcher m, int line) {
            try {
                int month = Integer.parseInt(m.group(1));
                int day = Integer.parseInt(m.group(2));
                int year = Integer.parseInt(m.group(3));
                if (year < 100) {
                    year += year < 50 ? 2000 : 1900;
                }
                return LocalDate.of(year, month, day);
            } catch (DateTimeException | NumberFormatException e) {
                problems.add(problem(line, "distributionDate", "not a date: " + m.group()));
                return null;
            }
        }

        private void readBody(int body) {
            String table = null;      // "payment" | "ending" | "factor" | "collateral" | "fees" | "losses" | ...
            String lastType = null;
            Map<String, Integer> firstBlockColumns = new HashMap<>();
            boolean afterTotalHeader = false;
            int reoRow = 0;
            for (int i = body; i < lines.length; i++) {
                int lineNo = i + 1;
                String raw = lines[i];
                String line = raw.trim();
                if (line.isEmpty() || isRule(line) || line.startsWith("Payment Date:")) {
                    continue;
                }
                if (hasDigit(line)) {
                    // data: headers never carry a digit
                    String[] tokens = tokens(line);
                    switch (table == null ? "" : table) {
                        case "payment", "ending", "factor" -> {
                            if (tokens[0].equals("Totals")) {
                                readTotals(table, tokens, raw, lineNo);
                                table = null;
                            } else {
                                lastType = readClassRow(table, tokens, raw, lineNo, lastType);
                            }
                        }
                        case "collateral", "fees", "losses" -> readGroupRow(tokens, raw, lineNo, afterTotalHeader, firstBlockColumns);
                        case "aggregate" -> readAggregate(tokens, raw, lineNo, line);
                        case "delinquency" -> readLabelled(tokens, raw, lineNo, "delinquency", List.of("count", "balance"));
                        case "reo" -> reoRow = readReo(tokens, raw, lineNo, line, reoRow);
                        case "other" -> readLabelled(tokens, raw, lineNo, "remittance", List.of("", "#2"));
                        default -> {
                        }
                    }
                    continue;
                }
                String upper = line.toUpperCase(Locale.ROOT);
                // section and table headers
                if (line.contains("Pass Thru") && line.contains("Interest") && !line.contains("CUSIP") && !line.contains("Cert./")) {
                    table = "payment";
                    sections.add(table);
                    lastType = null;
                    continue;
                }
                if (line.contains("Ending Cert.") && line.contains("Unpaid")) {
                    table = "ending";
                    sections.add(table);
                    lastType = null;
                    continue;
                }
                if (line.contains("Pass Thru") && line.contains("CUSIP")) {
                    table = "factor";
                    sections.add(table);
                    lastType = null;
                    continue;
                }
                if (upper.equals("COLLATERAL INFORMATION") || upper.equals("FEES AND ADVANCES")
                        || upper.startsWith("LOSSES & INSURANCE")) {
                    table = upper.startsWith("COLLATERAL") ? "collateral" : upper.startsWith("FEES") ? "fees" : "losses";
                    sections.add(table);
                    afterTotalHeader = false;
                    continue;
                }
                if (upper.equals("COVERAGE AMOUNTS")) {
                    afterTotalHeader = false;
                    continue;
                }
                if (line.equals("Aggregate Certificate Information")) {
                    table = "aggregate";
                    sections.add(table);
                    continue;
                }
                if (upper.equals("DELINQUENCY INFORMATION")) {
                    table = "delinquency";
                    sections.add(table);
                    continue;
                }
                if (upper.equals("REO INFORMATION")) {
                    table = "reo";
                    sections.add(table);
                    continue;
                }
                if (upper.equals("OTHER INFORMATION")) {
                    table = "other";
                    sections.add(table);
                    continue;
                }
                if (table == null) {
                    continue;
                }
                if ((table.equals("collateral") || table.equals("fees") || table.equals("losses")) && line.equals("Total")) {
                    afterTotalHeader = true;
                } else if (table.equals("collateral") || table.equals("fees") || table.equals("losses")) {
                    readGroupRow(tokens(line), raw, lineNo, afterTotalHeader, firstBlockColumns);
                }
            }
        }

        private void readAggregate(String[] tokens, String raw, int lineNo, String line) {
            if (tokens.length == 4) {
                String side = tokens[0].toLowerCase(Locale.ROOT);
                List<String> fields = List.of("percentage", "prepaymentPercentage", "endingBalance");
                for (int k = 0; k < 3; k++) {
                    add("aggregate." + side + "." + fields.get(k), tokens[k + 1], raw, lineNo, k + 1);
                }
            } else {
                problems.add(problem(lineNo, "aggregate", "expected a side and 3 figures: '" + line + "'"));
            }
        }

        private int readReo(String[] tokens, String raw, int lineNo, String line, int reoRow) {
            if (line.startsWith("Current Total Outstanding Balance:")) {
                add("reo.outstanding.balance", tokens[tokens.length - 1], raw, lineNo, tokens.length - 1);
            } else if (line.startsWith("Current Total Outstanding Number of Loans:")) {
                add("reo.outstanding.count", tokens[tokens.length - 1], raw, lineNo, tokens.length - 1);
            } else if (tokens[0].equals("Totals:")) {
                readReoRow("reo.total.balance", tokens, raw, lineNo);
            } else {
                readReoRow("reo." + (reoRow + 1) + ".balance", tokens, raw, lineNo);
                return reoRow + 1;
            }
            return reoRow;
        }

    private String readClassRow(String table, String[] tokens, String raw, int lineNo, String lastType) {
            List<String> fields = switch (table) {
                case "payment" -> PAYMENT_FIELDS;
                case "ending" -> ENDING_FIELDS;
                default -> FACTOR_FIELDS;
            };
            int start = 0;
            String type = lastType;
            if (tokens.length == fields.size() + 2) {
                type = tokens[0];
                start = 1;
            } else if (tokens.length != fields.size() + 1) {
                problems.add(problem(lineNo, table + " table", "expected a class and " + fields.size()
                        + " cells, found " + (tokens.length - 1) + ": '" + raw.trim() + "'"));
                return lastType;
            }
            String name = tokens[start];
            if (NUMBERISH.matcher(name).matches() || CLASS_TYPES.contains(name)) {
                problems.add(problem(lineNo, table + " table", "expected a class name, found '" + name + "'"));
                return lastType;
            }
            classesByTable.computeIfAbsent(table, k -> new java.util.LinkedHashSet<>()).add(name);
            if (table.equals("payment")) {
                if (classOrder.contains(name)) {
                    problems.add(problem(lineNo, "class." + name, "class " + name + " printed twice"));
                } else {
                    classOrder.add(name);
                    if (type != null) {
                        classTypes.put(name, type);
                    }
                }
            }
            for (int k = 0; k < fields.size(); k++) {
                String token = tokens[start + 1 + k];
                String field = fields.get(k);
                if (field.equals("cusip")) {
                    if (!CUSIP.matcher(token).matches()) {
                        problems.add(problem(lineNo, "class." + name + ".cusip", "not a CUSIP: '" + token + "'"));
                    } else {
                        cusips.put(name, token);
                    }
                    continue;
                }
                add("class." + name + "." + field, token, raw, lineNo, start + 1 + k);
            }
            return type;
        }

        private void readTotals(String table, String[] tokens, String raw, int lineNo) {
            List<String> fields = switch (table) {
                case "payment" -> PAYMENT_FIELDS;
                case "ending" -> ENDING_FIELDS;
                default -> FACTOR_FIELDS;
            };
            // Totals, then the class code and name cells ("-"), then one cell per column
            if (tokens.length != fields.size() + 3) {
                problems.add(problem(lineNo, "total", "expected " + fields.size() + " cells in the Totals row, found "
                        + (tokens.length - 3) + ": '" + raw.trim() + "'"));
                return;
            }
            for (int k = 0; k < fields.size(); k++) {
                String token = tokens[3 + k];
                if (PLACEHOLDERS.contains(token)) {
                    continue;
                }
                add("total." + fields.get(k), token, raw, lineNo, 3 + k);
            }
        }

        private void readGroupRow(String[] tokens, String raw, int lineNo, boolean afterTotalHeader,
                Map<String, Integer> firstBlockColumns) {
            int firstValue = firstValueIndex(tokens);
            if (firstValue < 0) {
                return;
            }
            String label = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, firstValue)).toLowerCase(Locale.ROOT);
            String field = GROUP_ROWS.get(label);
            if (field == null) {
                if (hasNumber(tokens)) {
                    problems.add(problem(lineNo, "group", "unrecognized row '" + label + "'"));
                }
                return;
            }
            int columns = tokens.length - firstValue;
            if (!afterTotalHeader) {
                firstBlockColumns.put(label, columns);
            }
            for (int k = 0; k < columns; k++) {
                String token = tokens[firstValue + k];
                String column;
                if (afterTotalHeader) {
                    Integer first = firstBlockColumns.get(label);
                    if (first == null) {
                        problems.add(problem(lineNo, "group.total." + field, "Total block without the groups' block"));
                        return;
                    }
                    column = k == columns - 1 ? "total" : String.valueOf(first + k + 1);
                    if (k == columns - 1) {
                        groupCount = Math.max(groupCount, first + columns - 1);
                    }
                } else {
                    column = String.valueOf(k + 1);
                }
                if (PLACEHOLDERS.contains(token)) {
                    continue;
                }
                add("group." + column + "." + field, token, raw, lineNo, firstValue + k);
            }
        }

        /** Rows "label ... value value": the last {@code suffixes.size()} tokens are the values. */
        private void readLabelled(String[] tokens, String raw, int lineNo, String prefix, List<String> suffixes) {
            int firstValue = firstValueIndex(tokens);
            if (firstValue < 0) {
                return;
            }
            String label = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, firstValue));
            int values = tokens.length - firstValue;
            if (values != suffixes.size()) {
                problems.add(problem(lineNo, prefix, "expected " + suffixes.size() + " figures after '" + label
                        + "', found " + values));
                return;
            }
            String key = prefix.equals("delinquency") ? delinquencyBucket(label) : remittanceKey(label);
            if (key == null) {
                problems.add(problem(lineNo, prefix, "unrecognized row '" + label + "'"));
                return;
            }
            for (int k = 0; k < values; k++) {
                String id = prefix.equals("delinquency") ? prefix + "." + key + "." + suffixes.get(k)
                        : prefix + "." + key + suffixes.get(k);
                add(id, tokens[firstValue + k], raw, lineNo, firstValue + k);
            }
        }

        private void readReoRow(String id, String[] tokens, String raw, int lineNo) {
            for (int k = 0; k < tokens.length; k++) {
                if (!PLACEHOLDERS.contains(tokens[k]) && looksNumeric(tokens[k])) {
                    add(id, tokens[k], raw, lineNo, k);
                    return;
                }
            }
        }

        private static String delinquencyBucket(String label) {
            String l = label.toLowerCase(Locale.ROOT);
            if (l.startsWith("30 to 59")) {
                return "30to59";
            } else if (l.startsWith("60 to 89")) {
                return "60to89";
            } else if (l.startsWith("90")) {
                return "90plus";
            } else if (l.startsWith("foreclosure")) {
                return "foreclosure";
            } else if (l.startsWith("totals")) {
                return "total";
            }
            return null;
        }

        private static String remittanceKey(String label) {
            String l = label.toLowerCase(Locale.ROOT);
            if (l.startsWith("available remittance")) {
                return "available";
            } else if (l.startsWith("principal remittance")) {
                return "principal";
            } else if (l.startsWith("interest remittance")) {
                return "interest";
            }
            return null;
        }

        /**
         * Index of the first value cell: the first token after which every token is a value (a number, a
         * placeholder, or a malformed number); -1 if the row has no value cell.
         */
        private static int firstValueIndex(String[] tokens) {
            int first = tokens.length;
            for (int k = tokens.length - 1; k >= 0; k--) {
                if (PLACEHOLDERS.contains(tokens[k]) || looksNumeric(tokens[k])) {
                    first = k;
                } else {
                    break;
                }
            }
            if (first == tokens.length) {
                return -1;
            }
            // leading numbers belong to the label when a word follows them ("30 to 59 days 6 ...")
            return first;
        }

        private void add(String id, String token, String raw, int lineNo, int tokenIndex) {
            int column = columnOf(raw, token, tokenIndex);
            if (!NUMBER.matcher(token).matches()) {
                problems.add(problem(lineNo, id, "not a number: '" + token + "'"));
                return;
            }
            if (!ids.add(id)) {
                problems.add(problem(lineNo, id, "printed twice"));
                return;
            }
            String digits = token.replace(",", "").replace("%", "");
            figures.add(new PrintedFigure(id, new BigDecimal(digits), lineNo, column, token));
        }

        private void checkSections() {
            Map<String, String> required = new LinkedHashMap<>();
            required.put("payment", "class payment table (Current Payment Information)");
            required.put("ending", "class ending balance table (Ending Cert./Notional Bal.)");
            required.put("factor", "factor table (Factors per $1,000)");
            required.put("collateral", "COLLATERAL INFORMATION");
            required.put("fees", "FEES AND ADVANCES");
            required.put("losses", "LOSSES & INSURANCE COVERAGES");
            required.put("aggregate", "Aggregate Certificate Information");
            required.put("delinquency", "DELINQUENCY INFORMATION");
            required.put("other", "OTHER INFORMATION");
            List<InputProblem> missing = new ArrayList<>();
            required.forEach((key, title) -> {
                if (!sections.contains(key)) {
                    missing.add(problem(0, "section", "missing section: " + title));
                }
            });
            // a missing section explains the row problems that follow from it: report it first
            problems.addAll(0, missing);
        }

        private void checkClassesAgree() {
            Set<String> payment = classesByTable.getOrDefault("payment", Set.of());
            for (String table : List.of("ending", "factor")) {
                Set<String> other = classesByTable.getOrDefault(table, Set.of());
                if (!sections.contains(table)) {
                    continue;
                }
                for (String c : payment) {
                    if (!other.contains(c)) {
                        problems.add(problem(0, "class." + c, "class " + c + " is in the payment table but not in the "
                                + table + " table"));
                    }
                }
                for (String c : other) {
                    if (!payment.contains(c)) {
                        problems.add(problem(0, "class." + c, "class " + c + " is in the " + table
                                + " table but not in the payment table"));
                    }
                }
            }
            for (String c : classesByTable.getOrDefault("factor", Set.of())) {
                if (!cusips.containsKey(c) && problems.stream().noneMatch(p -> p.field().equals("class." + c + ".cusip"))) {
                    problems.add(problem(0, "class." + c + ".cusip", "class " + c + " has no CUSIP"));
                }
            }
        }

        private InputProblem problem(int line, String field, String message) {
            return new InputProblem(file, line, field, message);
        }
    }

    /**
     * The text's lines, split at \n, \r\n or \r, as the parser numbers them ({@link PrintedFigure#line()} is 1-based
     * in these). A hand scan: a regex split dominated the parse time.
     */
    public static String[] lines(String text) {
        List<String> out = new ArrayList<>(1024);
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                out.add(text.substring(start, i));
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out.toArray(new String[0]);
    }

    private static boolean hasDigit(String line) {
        for (int k = 0; k < line.length(); k++) {
            char ch = line.charAt(k);
            if (ch >= '0' && ch <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whitespace-separated tokens of a trimmed line (a hand scan: this runs on every line). */
    static String[] tokens(String trimmed) {
        List<String> out = new ArrayList<>(12);
        int n = trimmed.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(trimmed.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(trimmed.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(trimmed.substring(start, i));
            }
        }
        return out.toArray(new String[0]);
    }

    /** A line of dashes, possibly behind the filing's "- " escape. */
    private static boolean isRule(String line) {
        String l = line.startsWith("- ") ? line.substring(2).trim() : line;
        return !l.isEmpty() && l.chars().allMatch(ch -> ch == '-');
    }

    private static boolean hasNumber(String[] tokens) {
        for (String t : tokens) {
            if (looksNumeric(t)) {
                return true;
            }
        }
        return false;
    }

    /** A token meant as a number: digits, commas, a point, a percent sign (possibly malformed). */
    private static boolean looksNumeric(String token) {
        int digits = 0;
        int letters = 0;
        int others = 0;
        boolean separators = false;
        for (int k = 0; k < token.length(); k++) {
            char ch = token.charAt(k);
            if (ch >= '0' && ch <= '9') {
                digits++;
            } else if (ch == ',' || ch == '.') {
                separators = true;
            } else if (ch == '%' || ch == '-' && k == 0) {
                continue;
            } else if (Character.isLetter(ch)) {
                letters++;
            } else {
                others++;
            }
        }
        if (digits == 0 || others > 0) {
            return false;
        }
        if (letters == 0) {
            return true;
        }
        if (token.length() == 9 && CUSIP.matcher(token).matches()) {
            return false;
        }
        // a number with a stray letter: mostly digits, commas and a point
        return digits >= 3 && letters == 1 && separators;
    }

    /**
     * Numeric tokens on a line that are data, not labels: labels are leading words, and a number that has a
     * word after it ("30 to 59 days", "Payment Date: 11/20/03") belongs to its label.
     */
    static int countNumbers(String line) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || isRule(trimmed) || trimmed.startsWith("Payment Date:")) {
            return 0;
        }
        String[] tokens = tokens(trimmed);
        int count = 0;
        for (int k = tokens.length - 1; k >= 0; k--) {
            String t = tokens[k];
            if (PLACEHOLDERS.contains(t)) {
                continue;
            }
            if (CUSIP.matcher(t).matches() && t.chars().anyMatch(Character::isLetter)) {
                continue;
            }
            if (looksNumeric(t)) {
                count++;
            } else {
                break;
            }
        }
        return count;
    }

    /** Column (0-based) of the token with the given index among the whitespace-separated tokens of a line. */
    private static int columnOf(String raw, String token, int tokenIndex) {
        int n = raw.length();
        int seen = -1;
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(raw.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(raw.charAt(i))) {
                i++;
            }
            seen++;
            if (seen == tokenIndex) {
                return start;
            }
        }
        return Math.max(raw.indexOf(token), 0);
    }

}
