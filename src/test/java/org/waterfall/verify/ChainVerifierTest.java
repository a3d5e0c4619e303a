package org.waterfall.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    @Test
    void thirteenMonthsChainVerifyWithEveryRenderedFigureTiedOut() {
        ChainReport chain = ChainVerifier.verify(StatementFixtures.deal(), StatementSeries.statements(), false);
        assertEquals(13, chain.months().size());
        for (VerificationReport m : chain.months().subList(1, 13)) {
            assertEquals(m.numbersFound(), m.figures().size(), m.distributionDate().toString());
            assertEquals(List.of(), m.discrepancies().stream().map(d -> d.id() + " " + d.reported() + " " + d.computed() + " "
                    + d.reason()).toList(), m.distributionDate().toString());
        }
    }
}
