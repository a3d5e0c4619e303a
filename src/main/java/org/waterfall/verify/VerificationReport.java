package org.waterfall.verify;

import java.time.LocalDate;
import java.util.List;
import org.waterfall.engine.PeriodResult;
import org.waterfall.inference.InferredInput;

/**
 * The outcome of verifying one statement against one deal.
 *
 * @param deal the deal id
 * @param statement the statement's file name
 * @param distributionDate the statement's distribution date
 * @param numbersFound numeric tokens found in the statement body
 * @param inferredInputs unprinted inputs and how they were obtained
 * @param conventions the trustee conventions applied, by name
 * @param figures every printed figure, in statement order
 * @param recomputed the engine's result for the month, from the inputs the verification used: what the statement
 *     should have printed
 */
public record VerificationReport(
        String deal,
        String statement,
        LocalDate distributionDate,
        int numbersFound,
        List<InferredInput> inferredInputs,
        List<String> conventions,
        List<FigureCheck> figures,
        PeriodResult recomputed) {

    public VerificationReport {
        inferredInputs = List.copyOf(inferredInputs);
        conventions = List.copyOf(conventions);
        figures = List.copyOf(figures);
    }

    public long count(Status status) {
        return figures.stream().filter(f -> f.status() == status).count();
    }

    public boolean tiesOut() {
        return count(Status.DISCREPANCY) == 0 && numbersFound == figures.size();
    }

    /** The check of one printed figure, or null when the statement does not print it. */
    public FigureCheck figure(org.waterfall.statement.FigureId id) {
        for (FigureCheck f : figures) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        return null;
    }

    public List<FigureCheck> discrepancies() {
        return figures.stream().filter(f -> f.status() == Status.DISCREPANCY).toList();
    }
}
