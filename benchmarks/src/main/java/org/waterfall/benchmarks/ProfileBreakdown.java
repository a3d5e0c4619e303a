package org.waterfall.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a benchmark's CPU time goes, by kind of work, from async-profiler's collapsed stacks (one line a distinct stack:
 * frames from the thread's root to the leaf, separated by {@code ;}, then a space and the number of samples). Each
 * sample taken inside the engine's code (a stack with an {@code org/waterfall/} frame) is counted once, by its leaf
 * frame and the innermost {@code org/waterfall/} frame that called it ({@link Kind}); the decimal arithmetic is then
 * split by the engine or projection method that asked for it. Samples are counts, so shares are exact fractions; they
 * are printed to a tenth of a percent (analytics: doubles).
 *
 * <pre>java -jar target/benchmarks.jar 'FullLifeBenchmark.fullLifeExact$' -p cpr=10 \
 *     -prof "async:libPath=LIB;event=itimer;interval=100000;output=collapsed;dir=profile"
 * java -cp target/benchmarks.jar org.waterfall.benchmarks.ProfileBreakdown profile/.../collapsed-itimer.csv</pre>
 */
public final class ProfileBreakdown {

    private static final String PROJECT = "org/waterfall/";
    private static final String MONEY = "org/waterfall/money/";

    /** What a sample was doing, by its leaf frame and the project frame that called it. */
    enum Kind {
        JDK_ARITHMETIC("decimal arithmetic in the JDK (BigDecimal, BigInteger, Long's unsigned division)"),
        EXACT_HELPERS("decimal arithmetic in the exact helpers (org.waterfall.money: Exact128, Sums, Rounding, ProRata)"),
        ENGINE("the engine's steps, their own code (org.waterfall.engine, org.waterfall.rules)"),
        PROJECTION("the projection's own code: collateral model, records, totals, cash-flow store"),
        OTHER("anything else under org.waterfall (the benchmark's own code, the verifier, the reports)");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        boolean arithmetic() {
            return this == JDK_ARITHMETIC || this == EXACT_HELPERS;
        }
    }

    /**
     * The samples under the engine, by kind, and the arithmetic's samples by the innermost project method outside
     * {@code org.waterfall.money} that asked for it (largest first).
     */
    record Breakdown(long samples, Map<Kind, Long> byKind, List<Map.Entry<String, Long>> arithmeticByCaller) {

        long arithmetic() {
            return byKind.get(Kind.JDK_ARITHMETIC) + byKind.get(Kind.EXACT_HELPERS);
        }
    }

    private ProfileBreakdown() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ProfileBreakdown COLLAPSED_STACKS [TOP_CALLERS] (async-profiler's output=collapsed)");
            System.exit(2);
        }
        Breakdown breakdown;
        try {
            int top = args.length == 2 ? Integer.parseInt(args[1]) : 15;
            breakdown = read(Files.readAllLines(Path.of(args[0])), args[0]);
            print(breakdown, top, System.out);
        } catch (NoSuchFileException e) {
            System.err.println("ProfileBreakdown: " + args[0] + ": no such file");
            System.exit(2);
        } catch (NumberFormatException e) {
            System.err.println("ProfileBreakdown: TOP_CALLERS must be a whole number, got '" + args[1] + "'");
            System.exit(2);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("ProfileBreakdown: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * The breakdown of collapsed stacks ({@code file} names them in errors).
     *
     * @throws IllegalArgumentException on a line that is not frames, a space and a sample count, naming file and line
     */
    static Breakdown read(List<String> lines, String file) {
        Map<Kind, Long> byKind = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            byKind.put(k, 0L);
        }
        Map<String, Long> byCaller = new LinkedHashMap<>();
        long samples = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            long count;
            try {
                count = space < 1 ? -1 : Long.parseLong(line.substring(space + 1));
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 0) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a collapsed stack (frames, a space, a sample count)");
            }
            String[] frames = line.substring(0, space).split(";");
            int owner = innermostProjectFrame(frames, false);
            if (owner < 0) {
                continue; // not under the engine: the harness, JIT or GC threads
            }
            Kind kind = kind(frames[frames.length - 1], frames[owner]);
            byKind.merge(kind, count, Long::sum);
            samples += count;
            if (kind.arithmetic()) {
                int caller = innermostProjectFrame(frames, true);
                byCaller.merge(caller < 0 ? "(the exact helpers alone)" : method(frames[caller]), count, Long::sum);
            }
        }
        List<Map.Entry<String, Long>> callers = new ArrayList<>(byCaller.entrySet());
        callers.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return new Breakdown(samples, byKind, callers);
    }

    /** The kind of a sample whose leaf is {@code leaf} and whose innermost project frame is {@code owner}. */
    static Kind kind(String leaf, String owner) {
        if (leaf.startsWith("java/math/") || leaf.startsWith("java/lang/Long.")) {
            return Kind.JDK_ARITHMETIC;
        }
        if (owner.startsWith(MONEY)) {
            return Kind.EXACT_HELPERS;
        }
        if (owner.startsWith(PROJECT + "engine/") || owner.startsWith(PROJECT + "rules/")) {
            return Kind.ENGINE;
        }
        if (owner.startsWith(PROJECT + "projection/") || owner.startsWith(PROJECT + "collateral/")
                || owner.startsWith(PROJECT + "analytics/") || owner.startsWith(PROJECT + "deal/")) {
            return Kind.PROJECTION;
        }
        return Kind.OTHER;
    }

    /** The innermost frame in {@code org/waterfall/} (outside {@code org/waterfall/money/} when asked), or -1. */
    private static int innermostProjectFrame(String[] frames, boolean outsideMoney) {
        for (int i = frames.length - 1; i >= 0; i--) {
            if (frames[i].startsWith(PROJECT) && !(outsideMoney && frames[i].startsWith(MONEY))) {
                return i;
            }
        }
        return -1;
    }

    /** A frame as a method name: the package dropped, an inlined or compiled frame's suffix ({@code _[i]}, {@code _[j]}) too. */
    private static String method(String frame) {
        String f = frame.replaceFirst("_\\[[a-z0-9]\\]$", "");
        int slash = f.lastIndexOf('/');
        return slash < 0 ? f : f.substring(slash + 1);
    }

    static void print(Breakdown b, int top, PrintStream out) {
        out.println("| where the time goes | samples | share |");
        out.println("|---|---|---|");
        for (Kind k : Kind.values()) {
            out.printf("| %s | %d | %s |%n", k.label, b.byKind().get(k), percent(b.byKind().get(k), b.samples()));
        }
        out.printf("| **decimal arithmetic, both kinds** | %d | %s |%n", b.arithmetic(), percent(b.arithmetic(), b.samples()));
        out.println();
        out.println("| the decimal arithmetic asked for by | samples | share of all |");
        out.println("|---|---|---|");
        b.arithmeticByCaller().stream().limit(top)
                .forEach(e -> out.printf("| %s | %d | %s |%n", e.getKey(), e.getValue(), percent(e.getValue(), b.samples())));
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format("%.1f%%", 100.0 * part / whole);
    }
}
