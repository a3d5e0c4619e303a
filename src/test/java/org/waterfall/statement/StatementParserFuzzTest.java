package org.waterfall.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.waterfall.InputException;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;
import org.waterfall.verify.VerificationReport;
import org.waterfall.verify.Verifier;

/**
 * Fuzzes the statement parser (and the verifier behind it) with mutated copies of the real statement: lines
 * deleted, duplicated, swapped, truncated; characters replaced, inserted, deleted; digits turned to letters;
 * random text. The only acceptable outcomes are a statement (and a report) or an {@link InputException};
 * anything else is a crash. Seeds are fixed so a CI failure reproduces.
 */
class StatementParserFuzzTest {

    private static final String TEXT = read(Path.of("deals/boams-2002-k/statements/2003-11-20.txt"));
    private static final String[] LINES = TEXT.split("\n", -1);
    private static final ResolvedDeal DEAL = DealYamlReader.read(Path.of("deals/boams-2002-k/deal.yaml")).resolve();
    private static final AtomicLong PARSED = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();
    /** Inputs tried: what is neither read nor refused with an input error crashed. */
    private static final AtomicLong TRIED = new AtomicLong();

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 100,000 mutated statements through the parser. */
    @Property(tries = 100_000, seed = "20031120", shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void parserNeverCrashes(@ForAll("mutatedStatements") String text) {
        TRIED.incrementAndGet();
        try {
            TrusteeStatement st = StatementParser.parse("fuzz.txt", text);
            assertEquals(st.figures().size(), st.figures().stream().map(PrintedFigure::id).distinct().count());
            PARSED.incrementAndGet();
        } catch (InputException e) {
            assertFalse(e.getMessage().isBlank());
            REFUSED.incrementAndGet();
        }
    }

    /** Fewer, since each runs the whole verification: what parses must verify or be refused, never crash. */
    @Property(tries = 3_000, seed = "20031121", shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void verifierNeverCrashesOnWhatParses(@ForAll("mildlyMutatedStatements") String text) {
        TrusteeStatement st;
        try {
            st = StatementParser.parse("fuzz.txt", text);
        } catch (InputException e) {
            return;
        }
        try {
            VerificationReport r = Verifier.verify(DEAL, st);
            assertEquals(st.figures().size(), r.figures().size(), "every figure is accounted for");
        } catch (InputException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }

    @AfterContainer
    static void report() {
        System.out.printf("statement fuzz: %d parsed, %d refused with an input error, %d crashed%n", PARSED.get(), REFUSED.get(),
                TRIED.get() - PARSED.get() - REFUSED.get());
    }

    @Provide
    Arbitrary<String> mutatedStatements() {
        return Arbitraries.integers().between(1, 6).flatMap(n -> mutation().list().ofSize(n))
                .map(StatementParserFuzzTest::apply);
    }

    @Provide
    Arbitrary<String> mildlyMutatedStatements() {
        return valueMutation().list().ofMinSize(1).ofMaxSize(3).map(StatementParserFuzzTest::apply);
    }

    /** One edit: kind, line, position, and a payload. */
    record Edit(int kind, int line, int position, String payload) {
    }

    private static Arbitrary<Edit> mutation() {
        return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, LINES.length - 1),
                Arbitraries.integers().between(0, 200), payload()).as(Edit::new);
    }

    /** Edits that keep the layout but change values: what a parse-then-verify run sees most. */
    private static Arbitrary<Edit> valueMutation() {
        return Combinators.combine(Arbitraries.of(5, 6, 9), Arbitraries.integers().between(120, LINES.length - 1),
                Arbitraries.integers().between(0, 200), Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(2))
                .as(Edit::new);
    }

    private static Arbitrary<String> payload() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withChars("0123456789,.%- ").ofMaxLength(16),
                Arbitraries.of("Totals", "Total", "Payment Date: 11/20/03", "- -----", "Senior", "N/A", "#", "A1", "\u0000",
                        "COLLATERAL INFORMATION", "Prin balance 1 2 3", "99999999999999999999999999.99", "1e308", "-0.00"));
    }

    private static String apply(List<Edit> edits) {
        List<String> lines = new ArrayList<>(List.of(LINES));
        for (Edit e : edits) {
            if (lines.isEmpty()) {
                break;
            }
            int i = e.line() % lines.size();
            String line = lines.get(i);
            int p = line.isEmpty() ? 0 : e.position() % line.length();
            switch (e.kind()) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> {
                    int j = (i + e.position()) % lines.size();
                    lines.set(i, lines.get(j));
                    lines.set(j, line);
                }
                case 3 -> lines.subList(i, lines.size()).clear();
                case 4 -> lines.add(i, e.payload());
                case 5 -> lines.set(i, line.substring(0, p) + e.payload() + line.substring(Math.min(line.length(), p + 1)));
                case 6 -> lines.set(i, line.substring(0, p) + e.payload() + line.substring(p));
                case 7 -> lines.set(i, line.replaceAll("\\d", e.payload().isEmpty() ? "x" : e.payload().substring(0, 1)));
                case 8 -> lines.set(i, line.length() > p ? line.substring(0, p) + line.substring(p + 1) : line);
                default -> lines.set(i, digitsChanged(line, e.payload()));
            }
        }
        return String.join("\n", lines);
    }

    private static String digitsChanged(String line, String payload) {
        StringBuilder s = new StringBuilder(line);
        int seed = payload.hashCode();
        for (int k = 0; k < s.length(); k++) {
            if (Character.isDigit(s.charAt(k)) && ((seed >>> (k % 31)) & 1) == 1) {
                s.setCharAt(k, (char) ('0' + Math.floorMod(seed + k, 10)));
            }
        }
        return s.toString();
    }
}
