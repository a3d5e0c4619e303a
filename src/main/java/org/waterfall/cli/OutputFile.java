package org.waterfall.cli;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One rendered output: a file name (used with {@code --out DIR}) and its bytes.
 *
 * @param name the file name, no directory
 * @param bytes the content
 * @param text whether the content is UTF-8 text (may go to standard output)
 */
public record OutputFile(String name, byte[] bytes, boolean text) {

    public OutputFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    public static OutputFile text(String name, String content) {
        return new OutputFile(name, content.getBytes(StandardCharsets.UTF_8), true);
    }

    public static OutputFile binary(String name, byte[] content) {
        return new OutputFile(name, content, false);
    }

    /** The content as text. */
    public String asText() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
