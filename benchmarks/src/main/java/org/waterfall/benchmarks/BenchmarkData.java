package org.waterfall.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled deal and statement; benchmarks run from the repository root (paths are relative to it). */
final class BenchmarkData {

    static final Path DEAL = Path.of(System.getProperty("waterfall.deal", "deals/boams-2002-k/deal.yaml"));
    static final Path STATEMENT = Path.of(System.getProperty("waterfall.statement",
            "deals/boams-2002-k/statements/2003-11-20.txt"));

    private BenchmarkData() {
    }

    static String statementText() {
        try {
            return Files.readString(STATEMENT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmarks from the repository root: " + e.getMessage(), e);
        }
    }
}
