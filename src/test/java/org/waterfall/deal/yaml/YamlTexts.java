package org.waterfall.deal.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editing a deal file's text in a test, and finding the line a reader's message should name. */
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
}
