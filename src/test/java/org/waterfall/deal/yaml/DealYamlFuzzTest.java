package org.waterfall.deal.yaml;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
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

    @Provide
    Arbitrary<String> mutatedDeals() {
        return YamlMutations.of(LINES);
    }
}
