package org.waterfall.benchmarks;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;
import org.waterfall.deal.yaml.PeriodDataYamlReader;
import org.waterfall.engine.PeriodResult;
import org.waterfall.engine.WaterfallEngine;
import org.waterfall.statement.StatementParser;
import org.waterfall.statement.TrusteeStatement;
import org.waterfall.inference.ChainedInputs;
import org.waterfall.render.MonthAfter;
import org.waterfall.render.ServicerData;
import org.waterfall.render.StatementWriter;
import org.waterfall.verify.VerificationReport;
import org.waterfall.verify.Verifier;

/**
 * One period of the waterfall (the November 2003 month of 2002-K, 23 classes, 4 groups), a whole verification of
 * the statement (parse, infer the unprinted inputs, run, check 426 figures), and a whole verification of the month
 * after it (December 2003, rendered from the scenario's period data) chained to it: no inference, the previous
 * statement's printed figures as inputs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
public class VerifyBenchmark {

    private ResolvedDeal deal;
    private String text;
    private TrusteeStatement statement;
    private PeriodCollateral collateral;
    private BigDecimal[] beginning;
    private String nextText;

    @Setup
    public void load() {
        deal = DealYamlReader.read(BenchmarkData.DEAL).resolve();
        text = BenchmarkData.statementText();
        statement = StatementParser.parse("statement.txt", text);
        collateral = PeriodDataYamlReader.read(java.nio.file.Path.of("deals/boams-2002-k/collateral/2003-11.yaml"));
        beginning = new BigDecimal[deal.classCount()];
        for (int c = 0; c < deal.classCount(); c++) {
            beginning[c] = deal.isInterestOnly(c) ? BigDecimal.ZERO
                    : statement.value(org.waterfall.statement.FigureId.of(deal.className(c), org.waterfall.statement.FigureId.ClassField.BEGINNING_BALANCE));
        }
        PeriodCollateral december = PeriodDataYamlReader.read(java.nio.file.Path.of("deals/boams-2002-k/scenario/2003-12.yaml"), deal);
        nextText = StatementWriter.write(deal, MonthAfter.run(deal, statement, december, "2003-12.yaml"),
                ServicerData.carriedFrom(deal, statement));
    }

    @Benchmark
    public PeriodResult onePeriod() {
        return WaterfallEngine.run(deal, collateral, beginning);
    }

    @Benchmark
    public VerificationReport wholeVerify() {
        return Verifier.verify(deal, StatementParser.parse("statement.txt", text));
    }

    @Benchmark
    public VerificationReport chainedMonth() {
        TrusteeStatement next = StatementParser.parse("next.txt", nextText);
        return Verifier.verify(deal, next, ChainedInputs.next(deal, java.util.List.of(statement), next, 6, null));
    }
}
