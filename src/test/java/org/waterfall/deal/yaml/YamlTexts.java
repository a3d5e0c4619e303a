package org.waterfall.deal.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.waterfall.InputException;
import org.waterfall.InputProblem;

/** Editing a deal file's text in a test, finding the line a reader's message should name, and checking that message. */
final class YamlTexts {

    private YamlTexts() {
    }

    /** {@code text} with one exact piece replaced (which must be there once). */
    static String replaceOnce(String text, String from, String to) {
        assertEquals(text.indexOf(from), text.lastIndexOf(from), "unique: " + from);
        assertTrue(text.contains(from), "present: " + from);
        return text.replace(from, to);
    }

    /** 1-based number of the first line of {@code text} containing {@code marker}. */
    static int lineOf(String text, String marker) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + marker);
    }

    /**
     * Reading {@code text} fails with exactly one problem, told in one line as {@code file:line: key: message}, the line
     * being the first that contains {@code marker}.
     */
    static void assertOneProblem(Function<String, ?> read, String file, String text, String marker, String key, String message) {
        InputException e = assertThrows(InputException.class, () -> read.apply(text));
        assertEquals(1, e.problems().size(), e.problems().toString());
        InputProblem p = e.problems().get(0);
        String expected = file + ":" + lineOf(text, marker) + ": " + key + ": " + message;
        assertEquals(expected, p.toString());
        assertEquals(expected, e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }
}
