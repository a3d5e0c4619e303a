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

/**
 * Fuzzes the REMIC reader with mutated copies of both agency deal files: a mutated file reads into a deal or is
 * refused with one line naming the file ({@link InputException}); never another exception or Java's own text.
 */
class RemicYamlFuzzTest {

    private static final Path FNR = Path.of("deals/fnr-2006-018");
    private static final String[] FNR_LINES = read(FNR.resolve("deal.yaml"));
    private static final String[] FNM_LINES = read(Path.of("deals/fnm-2025-21/deal.yaml"));
    private static final AtomicLong READ = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();

    private static String[] read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(String text) {
        try {
            RemicYamlReader.read("fuzz.yaml", text, FNR);
            READ.incrementAndGet();
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith("fuzz.yaml") || e.getMessage().startsWith(FNR.toString()), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
            assertFalse(e.getMessage().contains("java.") || e.getMessage().contains("Cannot invoke") || e.getMessage().contains("org.")
                    || e.getMessage().contains("because \""),
                    "no Java exception text: " + e.getMessage());
            REFUSED.incrementAndGet();
        }
    }

    @Property(tries = 200, seed = "20060221", shrinking = ShrinkingMode.OFF)
    void fnrReaderNeverCrashes(@ForAll("mutatedFnr") String text) {
        check(text);
    }

    @Property(tries = 500, seed = "20250221", shrinking = ShrinkingMode.OFF)
    void fnmReaderNeverCrashes(@ForAll("mutatedFnm") String text) {
        check(text);
    }

    @Provide
    Arbitrary<String> mutatedFnr() {
        return YamlMutations.of(FNR_LINES);
    }

    @Provide
    Arbitrary<String> mutatedFnm() {
        return YamlMutations.of(FNM_LINES);
    }

    @AfterContainer
    static void report() {
        System.out.printf("REMIC YAML fuzz: %d read, %d refused with an input error, 0 crashes%n", READ.get(), REFUSED.get());
    }
}
