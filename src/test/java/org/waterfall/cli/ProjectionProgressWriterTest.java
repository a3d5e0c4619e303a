package org.waterfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProjectionProgressWriterTest {

    @Test
    void standardErrorOnATerminalDeviceShowsProgressWhateverStandardOutputIs() {
        // the decision is made on file descriptor 2 alone: "project ... > file" keeps the bar, "2> log" drops it
        assertTrue(ProjectionProgressWriter.isTerminalDevice("/dev/pts/3"));
        assertTrue(ProjectionProgressWriter.isTerminalDevice("/dev/tty1"));
        assertFalse(ProjectionProgressWriter.isTerminalDevice("pipe:[40213]"));
        assertFalse(ProjectionProgressWriter.isTerminalDevice("/tmp/log.txt"));
        assertFalse(ProjectionProgressWriter.isTerminalDevice("socket:[1]"));
    }

    @Test
    void withoutATerminalNothingIsWritten() {
        StringWriter err = new StringWriter();
        try (ProjectionProgressWriter p = ProjectionProgressWriter.start(new PrintWriter(err), 10, false)) {
            for (int i = 1; i <= 10; i++) {
                p.accept(i);
            }
        }
        assertEquals("", err.toString());
    }

    @Test
    void aTestRunsStandardErrorIsNotATerminal() {
        // surefire pipes the forked JVM's standard error: the bar must stay off, or test logs fill with it
        assertFalse(ProjectionProgressWriter.standardErrorIsTerminal());
    }
}
