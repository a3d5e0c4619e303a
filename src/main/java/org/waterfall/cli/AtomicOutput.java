package org.waterfall.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command's output goes: standard output, or a file written whole. A file is written to a temporary
 * file beside it and moved into place only when complete, so a failure never leaves a partial report.
 */
final class AtomicOutput {

    private AtomicOutput() {
    }

    /** Writes {@code text} to {@code file} (atomically), or to {@code out} when no file is given. */
    static void write(String text, Path file, PrintWriter out) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot write: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and harmless
                }
            }
        }
    }
}
