package org.attend.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.attend.decode.InputContract;

/**
 * The embedded engine: subjects in parallel on a fixed pool of threads, each subject's cells one after another
 * on its thread, so that a subject's trials are read once and dropped when its cells are done.
 */
public final class LocalEngine implements CellEngine {

    private final int threads;
    private final ClassLoader loader;
    private final ExecutorService executor;

    /**
     * @param threads subjects evaluated at once
     * @param loader  where decoder kinds are found (plugins included)
     */
    public LocalEngine(int threads, ClassLoader loader) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.loader = loader;
        this.executor = Executors.newFixedThreadPool(threads);
    }

    @Override
    public String describe() {
        return "local (" + threads + " threads)";
    }

    @Override
    public void run(Sweep sweep, List<CellTask> cells, EpochSource epochs, CellSink done) throws IOException {
        Map<String, List<CellTask>> bySubject = new LinkedHashMap<>();
        cells.forEach(c -> bySubject.computeIfAbsent(c.subject(), s -> new ArrayList<>()).add(c));
        forEachSubject(List.copyOf(bySubject.keySet()), subject -> {
            SubjectEpochs own = epochs.of(subject);
            EpochSource once = new EpochSource() {
                @Override
                public SubjectEpochs of(String s) throws IOException {
                    return s.equals(subject) ? own : epochs.of(s);
                }

                @Override
                public SubjectEpochs of(String s, InputContract contract) throws IOException {
                    return epochs.of(s, contract);
                }
            };
            for (CellTask cell : bySubject.get(subject)) {
                CellResult result = sweep.evaluate(cell, once, loader);
                synchronized (done) {
                    done.accept(result);
                }
            }
        });
    }

    /** Work on one subject that may fail with an I/O error. */
    @FunctionalInterface
    interface SubjectTask {
        void run(String subject) throws IOException;
    }

    /** Runs {@code task} for every subject on the pool; the first failure cancels the rest and is rethrown. */
    void forEachSubject(List<String> subjects, SubjectTask task) throws IOException {
        List<Future<?>> futures = new ArrayList<>();
        for (String subject : subjects) {
            futures.add(executor.submit(() -> {
                task.run(subject);
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Stops the pool and waits for cells still running (after a failure) so none writes after the close. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
