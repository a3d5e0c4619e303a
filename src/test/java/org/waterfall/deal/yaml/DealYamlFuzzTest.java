package org.waterfall.deal.yaml;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import org.waterfall.InputException;
import org.waterfall.deal.Deal;

/**
 * Fuzzes the deal YAML reader with mutated copies of the real deal file. A mutated file must either read into
 * a valid deal or be refused with an {@link InputException} whose message names the file; never another
 * exception, a hang or a runaway allocation.
 */
class DealYamlFuzzTest {

    private static final String[] LINES = read().split("\n", -1);
    private static final AtomicLong READ = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();
    /** Inputs tried: what is neither read nor refused with an input error crashed. */
    private static final AtomicLong TRIED = new AtomicLong();

    private static String read() {
        try {
            return Files.readString(Path.of("deals/boams-2002-k/deal.yaml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 5_000, seed = "20020901", shrinking = ShrinkingMode.OFF)
    void readerNeverCrashes(@ForAll("mutatedDeals") String text) {
        TRIED.incrementAndGet();
        try {
            Deal deal = DealYamlReader.read("fuzz.yaml", text);
            deal.resolve();
            READ.incrementAndGet();
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith("fuzz.yaml"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
            REFUSED.incrementAndGet();
        }
    }

    @AfterContainer
    static void report() {
        System.out.printf("deal YAML fuzz: %d read, %d refused with an input error, %d crashed%n", READ.get(), REFUSED.get(),
                TRIED.get() - READ.get() - REFUSED.get());
    }

    record Edit(int kind, int line, int position, String payload) {
    }

    @Provide
    Arbitrary<String> mutatedDeals() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, LINES.length - 1), Arbitraries.integers().between(0, 120),
                Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(8),
                        Arbitraries.of("&a", "*a", "[", "]", "{", "}", ":", "- ", "~", "null", "-1", "1e999", "!!binary",
                                "'", "\"", "#", "\t", "<<: *a", "? ", "0x10", "yes", ".nan", "2002-13-45")))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4).map(DealYamlFuzzTest::apply);
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
                case 2 -> lines.add(i, e.payload());
                case 3 -> lines.set(i, line.substring(0, p) + e.payload() + line.substring(p));
                case 4 -> lines.set(i, line.substring(0, p) + e.payload() + line.substring(Math.min(line.length(), p + 1)));
                case 5 -> lines.set(i, line.replaceAll("\\d+", e.payload()));
                case 6 -> lines.subList(i, lines.size()).clear();
                default -> lines.set(i, " " + line);
            }
        }
        return String.join("\n", lines);
    }
}
