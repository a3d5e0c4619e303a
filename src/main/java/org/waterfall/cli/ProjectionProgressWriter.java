package org.waterfall.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A carriage-return progress bar on standard error while scenarios run: shown only when standard error is a
 * terminal (whatever standard output is: {@code project ... > file} still shows it, {@code 2> log} does not) and the
 * run has taken more than a second, and erased at the end. Standard output is never touched.
 */
final class ProjectionProgressWriter implements IntConsumer, AutoCloseable {

    private static final long DELAY_MILLIS = 1_000;
    private static final long REFRESH_MILLIS = 200;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer;
    private volatile boolean drawn;
    private boolean closed;

    private ProjectionProgressWriter(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        if (enabled) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::draw, DELAY_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    /** A progress bar for {@code total} scenarios: live when standard error is a terminal, silent otherwise. */
    static ProjectionProgressWriter start(PrintWriter err, int total) {
        return start(err, total, standardErrorIsTerminal());
    }

    /** A progress bar, live only if {@code terminal}. */
    static ProjectionProgressWriter start(PrintWriter err, int total, boolean terminal) {
        return new ProjectionProgressWriter(err, total, terminal && total > 0);
    }

    /**
     * Whether file descriptor 2 is a terminal. Java has no isatty; on Linux the descriptor's link in /proc names the
     * device. Elsewhere, a console (standard input and output both terminals) is taken as a sign of one.
     */
    static boolean standardErrorIsTerminal() {
        try {
            return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Whether a file descriptor's target ({@code /dev/pts/3}, {@code pipe:[123]}, a file) is a terminal device. */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }

    @Override
    public void accept(int finished) {
        done.accumulateAndGet(finished, Math::max);
    }

    private synchronized void draw() {
        if (closed) {
            return;
        }
        int d = done.get();
        int filled = total == 0 ? WIDTH : d * WIDTH / total;
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + d + "/" + total + " scenarios, " + seconds + "s");
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.shutdownNow();
        }
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }
}
