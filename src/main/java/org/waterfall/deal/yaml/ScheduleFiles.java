package org.waterfall.deal.yaml;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.waterfall.InputException;
import org.waterfall.InputFiles;
import org.waterfall.InputProblem;
import org.waterfall.rules.PlannedBalances;

/** Planned balance schedules in CSV files beside a deal file, for either kind of deal. */
final class ScheduleFiles {

    /** Largest planned balance schedule file accepted, bytes. */
    static final int MAX_BYTES = 1 << 20;

    private ScheduleFiles() {
    }

    /**
     * A CSV of {@code distribution_date,planned_balance} rows, named relative to the deal file's folder; a date names its
     * month. Null after adding the problems found.
     */
    static PlannedBalances read(YamlBinder.Bound<?> bound, List<InputProblem> problems, Path directory, String at, String id,
        String name) {
        Path path = directory == null ? Path.of(name) : directory.resolve(name);
        if (Path.of(name).isAbsolute() || name.contains("..")) {
            problems.add(bound.problem(at, "a schedule file is named relative to the deal file, inside its folder: '" + name + "'"));
            return null;
        }
        String text;
        try {
            text = InputFiles.readText(path, MAX_BYTES, "a CSV schedule", false);
        } catch (InputException e) {
            problems.add(bound.problem(at, path + ": " + e.problems().get(0).message()));
            return null;
        }
        TreeMap<YearMonth, BigDecimal> balances = new TreeMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            if (!parser.getHeaderNames().equals(List.of("distribution_date", "planned_balance"))) {
                throw new InputException(new InputProblem(path.toString(), 1, "", "expected the header distribution_date,planned_balance"));
            }
            for (CSVRecord r : parser) {
                int line = (int) r.getParser().getCurrentLineNumber();
                try {
                    YearMonth month = YearMonth.from(LocalDate.parse(r.get(0).trim()));
                    BigDecimal balance = new BigDecimal(r.get(1).trim());
                    if (balances.put(month, balance) != null) {
                        throw new InputException(new InputProblem(path.toString(), line, "distribution_date", "month " + month + " is listed twice"));
                    }
                } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new InputException(new InputProblem(path.toString(), line, "",
                            "expected a date (yyyy-mm-dd) and a balance, not '" + String.join(",", r.toList()) + "'"));
                }
            }
        } catch (InputException e) {
            problems.addAll(e.problems());
            return null;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new InputProblem(path.toString(), 0, "", "not a CSV schedule: " + e.getMessage()));
            return null;
        }
        if (balances.isEmpty()) {
            problems.add(new InputProblem(path.toString(), 0, "", "the schedule has no balances"));
            return null;
        }
        try {
            return new PlannedBalances(id, balances);
        } catch (IllegalArgumentException e) {
            problems.add(bound.problem(at, e.getMessage()));
            return null;
        }
    }
}
