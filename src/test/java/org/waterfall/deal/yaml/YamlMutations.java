package org.waterfall.deal.yaml;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Mutated copies of a YAML file for the readers' fuzz tests: up to four line edits with YAML's sharp edges. */
final class YamlMutations {

    private YamlMutations() {
    }

    record Edit(int kind, int line, int position, String payload) {
    }

    /** Copies of {@code lines} with one to four edits each. */
    static Arbitrary<String> of(String[] lines) {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, lines.length - 1), Arbitraries.integers().between(0, 120),
                Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(8),
                        Arbitraries.of("&a", "*a", "[", "]", "{", "}", ":", "- ", "~", "null", "-1", "1e999", "!!binary",
                                "'", "\"", "#", "\t", "<<: *a", "? ", "0x10", "yes", ".nan", "2002-13-45")))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4).map(edits -> apply(lines, edits));
    }

    private static String apply(String[] original, List<Edit> edits) {
        List<String> lines = new ArrayList<>(List.of(original));
        for (Edit e : edits) {
            if (lines.isEmpty()) {
                break;
            }
            int i = e.line() % lines.size();
            String line = lines.get(i);
            int p = line.isEmpty() ? 0 : e.position() % line.length();
            switch (e.kind()) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> lines.add(i, e.payload());
                case 3 -> lines.set(i, line.substring(0, p) + e.payload() + line.substring(p));
                case 4 -> lines.set(i, line.substring(0, p) + e.payload() + line.substring(Math.min(line.length(), p + 1)));
                case 5 -> lines.set(i, line.replaceAll("\\d+", e.payload()));
                case 6 -> lines.subList(i, lines.size()).clear();
                default -> lines.set(i, " " + line);
            }
        }
        return String.join("\n", lines);
    }
}
