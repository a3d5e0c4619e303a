package org.waterfall.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntConsumer;

/**
 * Runs a list of scenarios on a {@link Projector} in parallel, one task per scenario on a fixed pool sized to the
 * processors, and returns the results in input order.
 */
public final class ProjectionRunner {

    private ProjectionRunner() {
    }

    /** Runs on as many threads as there are processors. */
    public static List<ScenarioResult> runAll(Projector projector, List<Scenario> scenarios, IntConsumer onScenarioDone) {
        return runAll(projector, scenarios, Runtime.getRuntime().availableProcessors(), onScenarioDone);
    }

    /**
     * @param threads the most threads to use
     * @param onScenarioDone called with the number of scenarios finished so far, from worker threads (may be null)
     */
    public static List<ScenarioResult> runAll(Projector projector, List<Scenario> scenarios, int threads, IntConsumer onScenarioDone) {
        return runAll(java.util.Collections.nCopies(scenarios.size(), projector), scenarios, threads, onScenarioDone);
    }

    /**
     * Runs scenario {@code i} on projector {@code i}.
     *
     * @param threads the most threads to use
     * @param onScenarioDone called with the number of scenarios finished so far, from worker threads (may be null)
     */
    public static List<ScenarioResult> runAll(List<Projector> projectors, List<Scenario> scenarios, int threads, IntConsumer onScenarioDone) {
        if (projectors.size() != scenarios.size()) {
            throw new IllegalArgumentException(projectors.size() + " projectors for " + scenarios.size() + " scenarios");
        }
        int n = scenarios.size();
        if (n == 0) {
            return List.of();
        }
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        int poolSize = Math.max(1, Math.min(threads, n));
        if (poolSize == 1) {
            List<ScenarioResult> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(projectors.get(i).run(scenarios.get(i)));
                if (onScenarioDone != null) {
                    onScenarioDone.accept(done.incrementAndGet());
                }
            }
            return out;
        }
        ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "projection");
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, daemons);
        try {
            List<Future<ScenarioResult>> futures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Projector projector = projectors.get(i);
                Scenario s = scenarios.get(i);
                futures.add(pool.submit(() -> {
                    ScenarioResult r = projector.run(s);
                    if (onScenarioDone != null) {
                        onScenarioDone.accept(done.incrementAndGet());
                    }
                    return r;
                }));
            }
            List<ScenarioResult> out = new ArrayList<>(n);
            for (Future<ScenarioResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while projecting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
