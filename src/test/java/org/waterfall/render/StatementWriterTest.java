package org.waterfall.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;
import org.waterfall.engine.PeriodResult;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.ClassField;
import org.waterfall.statement.PrintedFigure;
import org.waterfall.statement.StatementParser;
import org.waterfall.statement.TrusteeStatement;
import org.waterfall.verify.Verifier;

class StatementWriterTest {

    private static final ResolvedDeal DEAL = DealYamlReader.read(Path.of("deals/boams-2002-k/deal.yaml")).resolve();
    private static final TrusteeStatement FILED = StatementParser.parse(Path.of("deals/boams-2002-k/statements/2003-11-20.txt"));

    @Test
    void theRenderedMonthPrintsTheSameFiguresAsTheFiledOne() {
        PeriodResult month = Verifier.verify(DEAL, FILED).recomputed();
        TrusteeStatement rendered = StatementParser.parse("rendered.txt", StatementWriter.write(DEAL, month, ServicerData.printedOn(DEAL, FILED)));
        assertEquals(FILED.figures().stream().map(PrintedFigure::id).toList(), rendered.figures().stream().map(PrintedFigure::id).toList());
        assertEquals(FILED.numbersFound(), rendered.numbersFound());
        assertEquals(FILED.distributionDate(), rendered.distributionDate());
        assertEquals(FILED.cusips(), rendered.cusips());
        // the engine's figures, as it computed them
        assertEquals(month.classResult("B6").principal(), rendered.value(FigureId.of("B6", ClassField.PRINCIPAL)));
        assertEquals(month.classResult("A1").endingFactor(), rendered.value(FigureId.of("A1", ClassField.ENDING_FACTOR)));
        assertEquals(new BigDecimal("96.885816"), rendered.value(FigureId.aggregate(FigureId.Side.SENIOR,
                FigureId.AggregateField.PREPAYMENT_PERCENTAGE)));
        // the servicer's figures, as given
        assertEquals(List.of(403, 255, 35, 58), List.of(1, 2, 3, 4).stream()
                .map(g -> rendered.value(FigureId.group(g, FigureId.GroupField.LOAN_COUNT)).intValueExact()).toList());
    }
}
