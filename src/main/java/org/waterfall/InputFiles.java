package org.waterfall;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a user's text input file safely: a missing file, a directory, an oversized or binary file, or
 * undecodable text is one {@link InputException} naming the file, never an I/O exception.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * The file's text, UTF-8; when it is not valid UTF-8, ISO-8859-1 if {@code latin1Fallback}, else refused.
     *
     * @param what what the file should be, for messages ("a statement", "YAML")
     */
    public static String readText(Path file, long maxBytes, String what, boolean latin1Fallback) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw problem(name, "is a directory, not " + what);
            }
            if (Files.exists(file) && Files.size(file) > maxBytes) {
                throw problem(name, "file is " + Files.size(file) + " bytes; the limit for " + what + " is " + maxBytes);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw problem(name, "file not found");
        } catch (IOException e) {
            throw problem(name, "cannot read file: " + e.getMessage());
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw problem(name, "binary file (NUL bytes), not " + what);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            if (latin1Fallback) {
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
            throw problem(name, "not UTF-8 text");
        }
    }

    private static InputException problem(String file, String message) {
        return new InputException(new InputProblem(file, 0, "", message));
    }
}
