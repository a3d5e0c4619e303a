package org.waterfall.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.ClassField;
import org.waterfall.statement.StatementParser;
import org.waterfall.statement.TrusteeStatement;

class StatementInferenceTest {

    private static final ResolvedDeal DEAL = DealYamlReader.read(Path.of("deals/boams-2002-k/deal.yaml")).resolve();
    private static final Path STATEMENT = Path.of("deals/boams-2002-k/statements/2003-11-20.txt");

    private static Map<String, BigDecimal> inferred(MonthInputs in) {
        return in.inferred().stream().collect(Collectors.toMap(InferredInput::id, InferredInput::value));
    }

    @Test
    void everyFigureOfTheFiledStatementAgreesOnEachGroupsBeginningBalance() {
        MonthInputs in = StatementInference.infer(DEAL, StatementParser.parse(STATEMENT));
        assertEquals(Map.of(), in.suspects());
        assertEquals(new BigDecimal("208808899.33"), inferred(in).get("group.1.beginningBalance"));
        assertEquals(new BigDecimal("30018312.54"), inferred(in).get("group.4.beginningBalance"));
        assertTrue(in.inputFigures().containsKey(FigureId.of("A1", ClassField.PRINCIPAL)), "the largest class anchors group 1");
        assertTrue(!in.inputFigures().containsKey(FigureId.of("A4", ClassField.PRINCIPAL)), "the others stay checks");
    }

    @Test
    void aPrincipalTheOtherFiguresContradictIsTheSuspectAndDoesNotMoveTheBalance() throws Exception {
        String text = Files.readString(STATEMENT).replace("8,367,481.88", "8,367,481.80");
        TrusteeStatement st = StatementParser.parse("a1.txt", text);
        MonthInputs in = StatementInference.infer(DEAL, st);
        FigureId a1 = FigureId.of("A1", ClassField.PRINCIPAL);
        assertEquals(java.util.Set.of(a1), in.suspects().keySet());
        assertTrue(in.suspects().get(a1).contains("28 of 29 figures"), in.suspects().get(a1));
        BigDecimal b = inferred(in).get("group.1.beginningBalance");
        assertTrue(b.subtract(new BigDecimal("208808899.33")).abs().compareTo(new BigDecimal("0.05")) <= 0, b.toPlainString());
        assertTrue(!in.inputFigures().containsKey(a1), "a suspect is not an input");
    }
}
