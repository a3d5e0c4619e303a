package org.waterfall.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a command's output goes: standard output, or files written whole. A file is written to a hidden temporary
 * file beside it and moved into place only when complete, so a failure never leaves a partial report. Files get
 * the usual permissions for a new file (0666 less the umask: the temporary file is created the ordinary way, not
 * with the private mode of {@link Files#createTempFile}). Directories are never created: {@code --out} into a
 * missing directory is a mistake to report, not to paper over.
 */
final class AtomicOutput {

    private AtomicOutput() {
    }

    /** Writes {@code text} to {@code file} (atomically), or to {@code out} when no file is given. */
    static void write(String text, Path file, PrintWriter out) {
        write(OutputFile.text(file == null ? "-" : String.valueOf(file.getFileName()), text), file, out);
    }

    /**
     * Writes one output to {@code file} (atomically), or its text to {@code out} when no file is given.
     *
     * @throws UserInputException naming {@code --out} and the file, when the directory is missing or the file
     *     cannot be written; never with the temporary file's name
     */
    static void write(OutputFile output, Path file, PrintWriter out) {
        if (file == null) {
            out.print(output.asText());
            out.flush();
            return;
        }
        requireWritableTarget(file);
        Path target = file.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                os.write(output.bytes());
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserInputException("--out: cannot write " + file + ": " + reason(e), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort: the temporary file is hidden and harmless
            }
        }
    }

    /** Writes several outputs into {@code dir}, each whole; or their text one after another to {@code out}. */
    static void writeAll(List<OutputFile> outputs, Path dir, PrintWriter out) {
        if (dir != null) {
            requireDirectory(dir);
        }
        for (OutputFile f : outputs) {
            write(f, dir == null ? null : dir.resolve(f.name()), out);
        }
    }

    /** {@code --out DIR}: the directory must exist. */
    static void requireDirectory(Path dir) {
        if (dir.toString().isEmpty()) {
            throw new UserInputException("--out: the directory's name is empty");
        }
        if (!Files.exists(dir)) {
            throw new UserInputException("--out: directory " + dir + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new UserInputException("--out: " + dir + " is not a directory");
        }
    }

    /** {@code --out FILE}: not a directory, and in a directory that exists. */
    static void requireWritableTarget(Path file) {
        if (file.toString().isEmpty()) {
            throw new UserInputException("--out: the file's name is empty");
        }
        if (Files.isDirectory(file)) {
            throw new UserInputException("--out: " + file + " is a directory; give a file name");
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UserInputException("--out: directory " + (file.getParent() == null ? dir : file.getParent()) + " does not exist");
        }
    }

    /** Why a write failed, in words, without Java's exception text or the temporary file's name. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the directory does not exist";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return "input/output error";
    }
}
