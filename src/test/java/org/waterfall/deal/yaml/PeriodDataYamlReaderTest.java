package org.waterfall.deal.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waterfall.InputException;
import org.waterfall.deal.ResolvedDeal;

class PeriodDataYamlReaderTest {

    private static final Path DEAL = Path.of("deals/boams-2002-k/deal.yaml");
    private static final Path PERIOD = Path.of("deals/boams-2002-k/collateral/2003-11.yaml");

    @TempDir
    Path dir;

    private static ResolvedDeal deal() {
        return DealYamlReader.read(DEAL).resolve();
    }

    private Path periodWith(String from, String to) throws IOException {
        String text = Files.readString(PERIOD, StandardCharsets.UTF_8);
        String changed = text.replace(from, to);
        assertEquals(false, changed.equals(text), "the fixture must change the file");
        Path p = dir.resolve("period.yaml");
        Files.writeString(p, changed, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void theBundledPeriodFileIsPlausible() {
        assertEquals(4, PeriodDataYamlReader.readPeriodData(PERIOD, deal(), false).collateral().groups().size());
    }

    @Test
    void anImplausibleValueIsRefusedWithFileLineAndKey() throws IOException {
        // group 3's scheduled principal a hundred times too large: n = -ln(1 - rB / (S + rB)) / ln(1 + r) with
        // r = 7.568175 / 1200, B = 19,595,882.93, S = 2,632,840.00 is 7.30 months
        Path p = periodWith("scheduledPrincipal: 26328.40,", "scheduledPrincipal: 2632840.00,");
        InputException e = assertThrows(InputException.class, () -> PeriodDataYamlReader.readPeriodData(p, deal(), false));
        assertEquals(p + ":13: groups[2].scheduledPrincipal: scheduled principal 2,632,840.00 on a beginning balance of 19,595,882.93 at "
                + "7.568175% gross WAC amortizes the group over 7 months, less than 1/4 of the 347 months its 360-month loans have left "
                + "after 13 distribution dates (if intended, add 'plausibility: unchecked' to the file or use --allow-implausible)",
                e.getMessage());
    }

    @Test
    void everyImplausibleValueIsCollected() throws IOException {
        Path p = periodWith("grossWac: 6.711657", "grossWac: 0");
        InputException e = assertThrows(InputException.class, () -> PeriodDataYamlReader.readPeriodData(p, deal(), false));
        assertEquals(2, e.problems().size());
        assertEquals("groups[0].grossWac", e.problems().get(0).field());
        assertEquals(11, e.problems().get(0).line());
        assertEquals("groups[0].scheduledPrincipal", e.problems().get(1).field());
        assertEquals(true, e.problems().get(1).message().contains("amortizes the group over 693 months, more than its 360-month original "
                + "term"), e.problems().get(1).message());
    }

    @Test
    void theFileOrTheCallerMaySayTheValuesAreIntended() throws IOException {
        Path p = periodWith("grossWac: 6.711657", "grossWac: 0");
        assertEquals(BigDecimal.ZERO, PeriodDataYamlReader.readPeriodData(p, deal(), true).collateral().groups().get(0).grossWac());
        Path marked = periodWith("grossWac: 6.711657", "grossWac: 0");
        Files.writeString(marked, Files.readString(marked, StandardCharsets.UTF_8) + "plausibility: unchecked   # a stress case\n",
                StandardCharsets.UTF_8);
        assertEquals(BigDecimal.ZERO, PeriodDataYamlReader.readPeriodData(marked, deal(), false).collateral().groups().get(0).grossWac());
    }

    @Test
    void thePlausibilityKeyTakesCheckedOrUnchecked() throws IOException {
        Path p = periodWith("cumulativeLossesBefore: 0", "cumulativeLossesBefore: 0\nplausibility: maybe");
        InputException e = assertThrows(InputException.class, () -> PeriodDataYamlReader.readPeriodData(p));
        assertEquals(p + ":10: plausibility: expected checked (the default) or unchecked, not 'maybe'", e.getMessage());
    }
}
