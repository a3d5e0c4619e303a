package org.waterfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    private static final PrintWriter NOWHERE = new PrintWriter(new StringWriter());

    @Test
    void aWrittenFileHasTheUsualPermissionsOfANewFileUnderTheUmask(@TempDir Path dir) throws IOException {
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));   // 0666 less this process's umask
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(ordinary);
        Path written = dir.resolve("report.txt");
        AtomicOutput.write("text", written, NOWHERE);
        assertEquals(expected, Files.getPosixFilePermissions(written), "not the private 0600 of a temporary file");
        assertEquals("text", Files.readString(written));
    }

    @Test
    void aFileInAMissingDirectoryIsRefusedAndNoDirectoryIsMade(@TempDir Path dir) {
        Path target = dir.resolve("missing/report.txt");
        UserInputException e = assertThrows(UserInputException.class, () -> AtomicOutput.write("x", target, NOWHERE));
        assertEquals("--out: directory " + dir.resolve("missing") + " does not exist", e.getMessage());
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    @Test
    void aDirectoryGivenAsTheFileIsRefusedWithoutATemporaryName(@TempDir Path dir) throws IOException {
        UserInputException e = assertThrows(UserInputException.class, () -> AtomicOutput.write("x", dir, NOWHERE));
        assertEquals("--out: " + dir + " is a directory; give a file name", e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "nothing left behind");
        }
    }

    @Test
    void aDirectoryForSeveralFilesMustExist(@TempDir Path dir) throws IOException {
        assertEquals("--out: directory " + dir.resolve("none") + " does not exist",
                assertThrows(UserInputException.class, () -> AtomicOutput.requireDirectory(dir.resolve("none"))).getMessage());
        Path file = Files.createFile(dir.resolve("file"));
        assertEquals("--out: " + file + " is not a directory",
                assertThrows(UserInputException.class, () -> AtomicOutput.requireDirectory(file)).getMessage());
    }

    @Test
    void anEmptyNameIsRefusedRatherThanTakenAsTheCurrentDirectory() {
        assertEquals("--out: the directory's name is empty",
                assertThrows(UserInputException.class, () -> AtomicOutput.requireDirectory(Path.of(""))).getMessage());
        assertEquals("--out: the file's name is empty",
                assertThrows(UserInputException.class, () -> AtomicOutput.requireWritableTarget(Path.of(""))).getMessage());
    }

    @Test
    void aWriteFailureIsSaidInWordsNotJavaText() {
        assertEquals("permission denied", AtomicOutput.reason(new AccessDeniedException("/x/.report.txt.1a2b.tmp")));
        assertEquals("input/output error", AtomicOutput.reason(new IOException("java.io.IOException: boom")));
    }

    @Test
    void aBinaryFileIsWrittenByteForByte(@TempDir Path dir) throws IOException {
        byte[] bytes = {0, 1, 2, (byte) 0xff};
        AtomicOutput.writeAll(List.of(OutputFile.binary("b.bin", bytes)), dir, NOWHERE);
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(dir.resolve("b.bin"))));
    }
}
