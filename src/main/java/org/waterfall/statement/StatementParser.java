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
import org.waterfall.statement.FigureId.Bucket;
import org.waterfall.statement.FigureId.ClassField;
import org.waterfall.statement.FigureId.DelinquencyField;
import org.waterfall.statement.FigureId.GroupField;
import org.waterfall.statement.FigureId.RemittanceField;
import org.waterfall.statement.FigureId.ReoField;
import org.waterfall.statement.FigureId.ReoRow;
import org.waterfall.statement.FigureId.Side;
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

    /** The class tables' columns after the class name, in printed order. */
    static final List<ClassField> PAYMENT_FIELDS = List.of(ClassField.BEGINNING_BALANCE, ClassField.PASS_THROUGH_RATE,
            ClassField.PRINCIPAL, ClassField.INTEREST, ClassField.TOTAL_DISTRIBUTION, ClassField.PRINCIPAL_LOSS,
            ClassField.INTEREST_SHORTFALL);
    static final List<ClassField> ENDING_FIELDS = List.of(ClassField.ENDING_BALANCE, ClassField.UNPAID_INTEREST);
    /** The factor table: the CUSIP column (not a figure) sits at {@link #CUSIP_COLUMN}. */
    static final List<ClassField> FACTOR_FIELDS = List.of(ClassField.BEGINNING_BALANCE_REPRINT,
            ClassField.PASS_THROUGH_RATE_REPRINT, ClassField.PRINCIPAL_FACTOR, ClassField.INTEREST_FACTOR,
            ClassField.ENDING_FACTOR);
    static final int CUSIP_COLUMN = 2;

    /** The section being read: each table of the statement, in the order it prints them. */
    enum Table {
        PAYMENT("class payment table (Current Payment Information)", true),
        ENDING("class ending balance table (Ending Cert./Notional Bal.)", true),
        FACTOR("factor table (Factors per $1,000)", true),
        COLLATERAL("COLLATERAL INFORMATION", true),
        FEES("FEES AND ADVANCES", true),
        LOSSES("LOSSES & INSURANCE COVERAGES", true),
        AGGREGATE("Aggregate Certificate Information", true),
        DELINQUENCY("DELINQUENCY INFORMATION", true),
        REO("REO INFORMATION", false),
        OTHER("OTHER INFORMATION", true);

        final String title;
        final boolean required;

        Table(String title, boolean required) {
            this.title = title;
            this.required = required;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean isClassTable() {
            return this == PAYMENT || this == ENDING || this == FACTOR;
        }

        boolean isGroupTable() {
            return this == COLLATERAL || this == FEES || this == LOSSES;
        }

        List<ClassField> classFields() {
            return switch (this) {
                case PAYMENT -> PAYMENT_FIELDS;
                case ENDING -> ENDING_FIELDS;
                case FACTOR -> FACTOR_FIELDS;
                default -> List.of();
            };
        }

        /** Cells of a class row after the name (the factor table's CUSIP included). */
        int cells() {
            return classFields().size() + (this == FACTOR ? 1 : 0);
        }
    }

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
        private final Set<FigureId> ids = new HashSet<>();
        private final List<String> classOrder = new ArrayList<>();
        private final Map<String, String> cusips = new LinkedHashMap<>();
        private final Map<String, String> classTypes = new LinkedHashMap<>();
        private final Map<Table, Set<String>> classesByTable = new java.util.EnumMap<>(Table.class);
        private final Set<Table> sections = java.util.EnumSet.noneOf(Table.class);
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
            Table table = null;
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
                    if (table == null) {
                        continue;
                    }
                    String[] tokens = tokens(line);
                    switch (table) {
                        case PAYMENT, ENDING, FACTOR -> {
                            if (tokens[0].equals("Totals")) {
                                readTotals(table, tokens, raw, lineNo);
                                table = null;
                            } else {
                                lastType = readClassRow(table, tokens, raw, lineNo, lastType);
                            }
                        }
                        case COLLATERAL, FEES, LOSSES -> readGroupRow(tokens, raw, lineNo, afterTotalHeader, firstBlockColumns);
                        case AGGREGATE -> readAggregate(tokens, raw, lineNo, line);
                        case DELINQUENCY -> readDelinquency(tokens, raw, lineNo);
                        case REO -> reoRow = readReo(tokens, raw, lineNo, line, reoRow);
                        case OTHER -> readRemittance(tokens, raw, lineNo);
                        default -> {
                        }
                    }
                    continue;
                }
                Table header = header(line);
                if (header != null) {
                    table = header;
                    sections.add(table);
                    lastType = null;
                    afterTotalHeader = false;
                    continue;
                }
                if (line.toUpperCase(Locale.ROOT).equals("COVERAGE AMOUNTS")) {
                    afterTotalHeader = false;
                    continue;
                }
                if (table != null && table.isGroupTable()) {
                    if (line.equals("Total")) {
                        afterTotalHeader = true;
                    } else {
                        readGroupRow(tokens(line), raw, lineNo, afterTotalHeader, firstBlockColumns);
                    }
                }
            }
        }

        /** The table a header line opens, or null. */
        private static Table header(String line) {
            String upper = line.toUpperCase(Locale.ROOT);
            if (line.contains("Pass Thru") && line.contains("Interest") && !line.contains("CUSIP") && !line.contains("Cert./")) {
                return Table.PAYMENT;
            }
            if (line.contains("Ending Cert.") && line.contains("Unpaid")) {
                return Table.ENDING;
            }
            if (line.contains("Pass Thru") && line.contains("CUSIP")) {
                return Table.FACTOR;
            }
            if (upper.equals("COLLATERAL INFORMATION")) {
                return Table.COLLATERAL;
            }
            if (upper.equals("FEES AND ADVANCES")) {
                return Table.FEES;
            }
            if (upper.startsWith("LOSSES & INSURANCE")) {
                return Table.LOSSES;
            }
            if (line.equals("Aggregate Certificate Information")) {
                return Table.AGGREGATE;
            }
            if (upper.equals("DELINQUENCY INFORMATION")) {
                return Table.DELINQUENCY;
            }
            if (upper.equals("REO INFORMATION")) {
                return Table.REO;
            }
            if (upper.equals("OTHER INFORMATION")) {
                return Table.OTHER;
            }
            return null;
        }

        private void readAggregate(String[] tokens, String raw, int lineNo, String line) {
            if (tokens.length == 4) {
                Side side;
                try {
                    side = Side.valueOf(tokens[0].toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(problem(lineNo, "aggregate", "expected Senior or Junior, found '" + tokens[0] + "'"));
                    return;
                }
                FigureId.AggregateField[] fields = FigureId.AggregateField.values();
                for (int k = 0; k < 3; k++) {
                    add(FigureId.aggregate(side, fields[k]), tokens[k + 1], raw, lineNo, k + 1);
                }
            } else {
                problems.add(problem(lineNo, "aggregate", "expected a side and 3 figures: '" + line + "'"));
            }
        }

        private int readReo(String[] tokens, String raw, int lineNo, String line, int reoRow) {
            if (line.startsWith("Current Total Outstanding Balance:")) {
                add(FigureId.reo(ReoRow.OUTSTANDING, ReoField.BALANCE), tokens[tokens.length - 1], raw, lineNo, tokens.length - 1);
            } else if (line.startsWith("Current Total Outstanding Number of Loans:")) {
                add(FigureId.reo(ReoRow.OUTSTANDING, ReoField.COUNT), tokens[tokens.length - 1], raw, lineNo, tokens.length - 1);
            } else if (tokens[0].equals("Totals:")) {
                readReoRow(FigureId.reo(ReoRow.TOTAL, ReoField.BALANCE), tokens, raw, lineNo);
            } else {
                readReoRow(FigureId.reoProperty(reoRow + 1), tokens, raw, lineNo);
                return reoRow + 1;
            }
            return reoRow;
        }

        private String readClassRow(Table table, String[] tokens, String raw, int lineNo, String lastType) {
            int cells = table.cells();
            int start = 0;
            String type = lastType;
            if (tokens.length == cells + 2) {
                type = tokens[0];
                start = 1;
            } else if (tokens.length != cells + 1) {
                problems.add(problem(lineNo, table.key() + " table", "expected a class and " + cells
                        + " cells, found " + (tokens.length - 1) + ": '" + raw.trim() + "'"));
                return lastType;
            }
            String name = tokens[start];
            if (NUMBERISH.matcher(name).matches() || CLASS_TYPES.contains(name)) {
                problems.add(problem(lineNo, table.key() + " table", "expected a class name, found '" + name + "'"));
                return lastType;
            }
            classesByTable.computeIfAbsent(table, k -> new java.util.LinkedHashSet<>()).add(name);
            if (table == Table.PAYMENT) {
                if (classOrder.contains(name)) {
                    problems.add(problem(lineNo, "class." + name, "class " + name + " printed twice"));
                } else {
                    classOrder.add(name);
                    if (type != null) {
                        classTypes.put(name, type);
                    }
                }
            }
            List<ClassField> fields = table.classFields();
            for (int cell = 0, k = 0; cell < cells; cell++) {
                String token = tokens[start + 1 + cell];
                if (table == Table.FACTOR && cell == CUSIP_COLUMN) {
                    if (!CUSIP.matcher(token).matches()) {
                        problems.add(problem(lineNo, "class." + name + ".cusip", "not a CUSIP: '" + token + "'"));
                    } else {
                        cusips.put(name, token);
                    }
                    continue;
                }
                add(FigureId.of(name, fields.get(k++)), token, raw, lineNo, start + 1 + cell);
            }
            return type;
        }

        private void readTotals(Table table, String[] tokens, String raw, int lineNo) {
            int cells = table.cells();
            // Totals, then the class code and name cells ("-"), then one cell per column
            if (tokens.length != cells + 3) {
                problems.add(problem(lineNo, "total", "expected " + cells + " cells in the Totals row, found "
                        + (tokens.length - 3) + ": '" + raw.trim() + "'"));
                return;
            }
            List<ClassField> fields = table.classFields();
            for (int cell = 0, k = 0; cell < cells; cell++) {
                String token = tokens[3 + cell];
                if (table == Table.FACTOR && cell == CUSIP_COLUMN) {
                    continue;
                }
                ClassField field = fields.get(k++);
                if (PLACEHOLDERS.contains(token)) {
                    continue;
                }
                add(FigureId.total(field), token, raw, lineNo, 3 + cell);
            }
        }

        private void readGroupRow(String[] tokens, String raw, int lineNo, boolean afterTotalHeader,
                Map<String, Integer> firstBlockColumns) {
            int firstValue = firstValueIndex(tokens);
            if (firstValue < 0) {
                return;
            }
            String label = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, firstValue)).toLowerCase(Locale.ROOT);
            GroupField field = GroupField.ofLabel(label);
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
                int column;
                if (afterTotalHeader) {
                    Integer first = firstBlockColumns.get(label);
                    if (first == null) {
                        problems.add(problem(lineNo, FigureId.groupTotal(field).toString(), "Total block without the groups' block"));
                        return;
                    }
                    column = k == columns - 1 ? 0 : first + k + 1;
                    if (k == columns - 1) {
                        groupCount = Math.max(groupCount, first + columns - 1);
                    }
                } else {
                    column = k + 1;
                }
                if (PLACEHOLDERS.contains(token)) {
                    continue;
                }
                add(column == 0 ? FigureId.groupTotal(field) : FigureId.group(column, field), token, raw, lineNo, firstValue + k);
            }
        }

        /** A delinquency row: a bucket's label, then its loan count and balance. */
        private void readDelinquency(String[] tokens, String raw, int lineNo) {
            String label = labelledRow(tokens, lineNo, "delinquency", 2);
            if (label == null) {
                return;
            }
            Bucket bucket = delinquencyBucket(label);
            if (bucket == null) {
                problems.add(problem(lineNo, "delinquency", "unrecognized row '" + label + "'"));
                return;
            }
            int first = tokens.length - 2;
            add(FigureId.delinquency(bucket, DelinquencyField.COUNT), tokens[first], raw, lineNo, first);
            add(FigureId.delinquency(bucket, DelinquencyField.BALANCE), tokens[first + 1], raw, lineNo, first + 1);
        }

        /** An other-information row: its label, then the amount and the total/ending balance. */
        private void readRemittance(String[] tokens, String raw, int lineNo) {
            String label = labelledRow(tokens, lineNo, "remittance", 2);
            if (label == null) {
                return;
            }
            RemittanceField field = remittanceField(label);
            if (field == null) {
                problems.add(problem(lineNo, "remittance", "unrecognized row '" + label + "'"));
                return;
            }
            int first = tokens.length - 2;
            add(FigureId.remittance(field, false), tokens[first], raw, lineNo, first);
            add(FigureId.remittance(field, true), tokens[first + 1], raw, lineNo, first + 1);
        }

        /** The label of a row "label ... value value" with {@code values} values, or null (problem recorded). */
        private String labelledRow(String[] tokens, int lineNo, String section, int values) {
            int firstValue = firstValueIndex(tokens);
            if (firstValue < 0) {
                return null;
            }
            String label = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, firstValue));
            if (tokens.length - firstValue != values) {
                problems.add(problem(lineNo, section, "expected " + values + " figures after '" + label
                        + "', found " + (tokens.length - firstValue)));
                return null;
            }
            return label;
        }

        private void readReoRow(FigureId id, String[] tokens, String raw, int lineNo) {
            for (int k = 0; k < tokens.length; k++) {
                if (!PLACEHOLDERS.contains(tokens[k]) && looksNumeric(tokens[k])) {
                    add(id, tokens[k], raw, lineNo, k);
                    return;
                }
            }
        }

        private static Bucket delinquencyBucket(String label) {
            String l = label.toLowerCase(Locale.ROOT);
            if (l.startsWith("30 to 59")) {
                return Bucket.DAYS_30_59;
            } else if (l.startsWith("60 to 89")) {
                return Bucket.DAYS_60_89;
            } else if (l.startsWith("90")) {
                return Bucket.DAYS_90_PLUS;
            } else if (l.startsWith("foreclosure")) {
                return Bucket.FORECLOSURE;
            } else if (l.startsWith("totals")) {
                return Bucket.TOTAL;
            }
            return null;
        }

        private static RemittanceField remittanceField(String label) {
            String l = label.toLowerCase(Locale.ROOT);
            if (l.startsWith("available remittance")) {
                return RemittanceField.AVAILABLE;
            } else if (l.startsWith("principal remittance")) {
                return RemittanceField.PRINCIPAL;
            } else if (l.startsWith("interest remittance")) {
                return RemittanceField.INTEREST;
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

        private void add(FigureId id, String token, String raw, int lineNo, int tokenIndex) {
            int column = columnOf(raw, token, tokenIndex);
            if (!NUMBER.matcher(token).matches()) {
                problems.add(problem(lineNo, id.toString(), "not a number: '" + token + "'"));
                return;
            }
            if (!ids.add(id)) {
                problems.add(problem(lineNo, id.toString(), "printed twice"));
                return;
            }
            String digits = token.replace(",", "").replace("%", "");
            figures.add(new PrintedFigure(id, new BigDecimal(digits), lineNo, column, token));
        }

        private void checkSections() {
            List<InputProblem> missing = new ArrayList<>();
            for (Table t : Table.values()) {
                if (t.required && !sections.contains(t)) {
                    missing.add(problem(0, "section", "missing section: " + t.title));
                }
            }
            // a missing section explains the row problems that follow from it: report it first
            problems.addAll(0, missing);
        }

        private void checkClassesAgree() {
            Set<String> payment = classesByTable.getOrDefault(Table.PAYMENT, Set.of());
            for (Table table : List.of(Table.ENDING, Table.FACTOR)) {
                Set<String> other = classesByTable.getOrDefault(table, Set.of());
                if (!sections.contains(table)) {
                    continue;
                }
                for (String c : payment) {
                    if (!other.contains(c)) {
                        problems.add(problem(0, "class." + c, "class " + c + " is in the payment table but not in the "
                                + table.key() + " table"));
                    }
                }
                for (String c : other) {
                    if (!payment.contains(c)) {
                        problems.add(problem(0, "class." + c, "class " + c + " is in the " + table.key()
                                + " table but not in the payment table"));
                    }
                }
            }
            for (String c : classesByTable.getOrDefault(Table.FACTOR, Set.of())) {
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
