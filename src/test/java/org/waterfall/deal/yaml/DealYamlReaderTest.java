package org.waterfall.deal.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waterfall.InputException;
import org.waterfall.deal.CertificateClass;
import org.waterfall.deal.Coupon;
import org.waterfall.deal.Deal;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.TrusteeConventions;
import org.waterfall.money.RemainderRule;

class DealYamlReaderTest {

    private static final Path DEAL = Path.of("deals/boams-2002-k/deal.yaml");

    @Test
    void readsTheBundledDealWithEveryTerm() {
        Deal deal = DealYamlReader.read(DEAL);
        assertEquals("boams-2002-k", deal.id());
        assertEquals(4, deal.groups().size());
        assertEquals(23, deal.classes().size());
        assertEquals(new BigDecimal("0.375"), deal.groups().get(3).servicingFeeRate());
        CertificateClass aio = deal.classes().get(7);
        assertEquals("AIO", aio.name());
        assertEquals(List.of("A2", "A3", "A4", "A5", "A6", "A7"), aio.notionalOf());
        assertTrue(aio.coupon() instanceof Coupon.WacExcessStrip);
        assertEquals(new Coupon.FixedStrip("B1", new BigDecimal("1.700")), deal.classes().get(16).coupon());
        assertEquals(List.of("B6", "B5", "B4", "B3", "B2", "B1"), deal.losses().lossOrder());
        assertEquals(RemainderRule.LARGEST_ABSORBS, deal.conventions().subordinateRemainder());
        assertEquals(TrusteeConventions.DerivedFigureBasis.UNROUNDED_AMOUNTS, deal.conventions().derivedFigureBasis());
        assertEquals(36, deal.shiftingInterest().twoTimesTest().switchDate());
    }

    @Test
    void resolvesClosingPercentagesFromTheOriginalBalances() {
        ResolvedDeal deal = DealYamlReader.read(DEAL).resolve();
        // subordinates 36,892,292 of 1,941,535,492 (residuals $100/$50/$50 assumed)
        assertEquals(new BigDecimal("36892292"), deal.originalSubordinate());
        assertEquals(new BigDecimal("1941535492"), deal.originalTotal());
        assertEquals(10, deal.seniorsOf(0).length, "group 1's principal seniors: A1-A7 and the residuals AR, AMR, ALR");
    }

    @Test
    void collectsEveryProblemNotJustTheFirst(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String text = Files.readString(DEAL).replace("original: 15000000", "original: -15000000")
                .replace("original: 43000000", "original: -43000000").replace("06050HXN3", "06050HXN");
        Path bad = dir.resolve("two.yaml");
        Files.writeString(bad, text);
        InputException e = assertThrows(InputException.class, () -> DealYamlReader.read(bad));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertEquals("classes[3].cusip", e.problems().get(2).field());
        assertTrue(e.getMessage().contains("(and "), e.getMessage());
    }
}
