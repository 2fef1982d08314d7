package org.attend.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.attend.decode.DecoderOptions;
import org.attend.decode.InputContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every subject × decoder cell of an evaluation plan, subjects in parallel, storing each finished cell
 * so a resumed run recomputes nothing; writes {@code results.csv}, {@code summary.csv} and, for the
 * within-session scheme, {@code folds.csv} (the test fold of every trial, to reproduce the folds elsewhere).
 */
public final class Evaluation {

    private static final Logger LOG = LoggerFactory.getLogger(Evaluation.class);

    /**
     * What to evaluate.
     *
     * @param dataset  the recordings
     * @param paradigm runs, classes, window and band
     * @param subjects subject ids
     * @param scheme   how trials are split
     * @param decoders decoder names ({@code csp-lda}, {@code model:PATH}, …)
     * @param out      output folder
     * @param threads  subjects evaluated at once
     * @param seed     seed of every random choice
     * @param options  options handed to every decoder's factory ({@code NAME.key} for one decoder only)
     */
    public record Plan(Dataset dataset, Paradigm paradigm, List<String> subjects, Scheme scheme,
                       List<String> decoders, Path out, int threads, long seed, DecoderOptions options) {

        /** A plan with every decoder's default options. */
        public Plan(Dataset dataset, Paradigm paradigm, List<String> subjects, Scheme scheme, List<String> decoders,
                    Path out, int threads, long seed) {
            this(dataset, paradigm, subjects, scheme, decoders, out, threads, seed, DecoderOptions.none());
        }

        public Plan {
            subjects = List.copyOf(subjects);
            decoders = List.copyOf(decoders);
            options = options == null ? DecoderOptions.none() : options;
            if (subjects.isEmpty() || decoders.isEmpty()) {
                throw new IllegalArgumentException("an evaluation needs at least one subject and one decoder");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            }
        }

        /** What a stored cell must have been computed with to be reused. */
        String cellKey() {
            String pool = scheme.usesOtherSubjects() ? " subjects=" + subjects : "";
            String given = options.isEmpty() ? "" : " options=" + options;
            return dataset.name() + " " + paradigm + " " + scheme + " seed=" + seed + pool + given;
        }
    }

    /** Every finished cell, in subject then decoder order, and a summary of each subject's trials. */
    public record Outcome(List<CellResult> cells, List<SubjectSummary> subjects) {
    }

    private final Epocher epocher;
    private final ClassLoader loader;

    public Evaluation(Epocher epocher, ClassLoader loader) {
        this.epocher = epocher;
        this.loader = loader;
    }

    /** Runs the plan and writes its tables into {@code plan.out()}. */
    public Outcome run(Plan plan) throws IOException {
        List<DecoderSpec> specs = plan.decoders().stream()
                .map(d -> DecoderSpec.parse(d, loader).withOptions(plan.options())).toList();
        Files.createDirectories(plan.out());
        ResumeStore store = new ResumeStore(plan.out());
        String key = plan.cellKey();
        Map<String, SubjectEpochs> pool = new ConcurrentHashMap<>();
        Map<DecoderSpec, InputContract> contracts = new HashMap<>();
        for (DecoderSpec spec : specs) {
            InputContract c = spec.isTrained() ? spec.trainedContract() : null;
            if (c != null) {
                contracts.put(spec, c);
            }
        }
        List<CellResult> cells = java.util.Collections.synchronizedList(new ArrayList<>());
        List<SubjectSummary> summaries = java.util.Collections.synchronizedList(new ArrayList<>());
        CellEvaluator evaluator = new CellEvaluator(plan.paradigm(), loader);
        ExecutorService executor = Executors.newFixedThreadPool(plan.threads());
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("evaluate " + plan.scheme().name())
                .setInitialMax((long) plan.subjects().size() * specs.size()).setStyle(ProgressBarStyle.ASCII)
                .setUnit(" cells", 1).build()) {
            if (plan.scheme().usesOtherSubjects() && anyPending(plan, specs, store, key)) {
                runAll(executor, plan.subjects(), s -> {
                    epochsOf(plan, s, null, pool);
                    for (InputContract c : new java.util.HashSet<>(contracts.values())) {
                        epochsOf(plan, s, c, pool);
                    }
                });
            }
            runAll(executor, plan.subjects(), subject -> {
                for (DecoderSpec spec : specs) {
                    String path = ResumeStore.cellPath(plan.scheme().name(), spec, subject);
                    Optional<CellResult> done = store.find(path, CellResult.class, CellResult::key, key);
                    if (done.isEmpty()) {
                        InputContract c = contracts.get(spec);
                        SubjectEpochs target = epochsOf(plan, subject, c, pool);
                        List<SubjectEpochs> others = new ArrayList<>();
                        if (plan.scheme().usesOtherSubjects()) {
                            for (String s : plan.subjects()) {
                                if (!s.equals(subject)) {
                                    others.add(epochsOf(plan, s, c, pool));
                                }
                            }
                        }
                        CellResult cell = evaluator.evaluate(key, subject, spec, plan.scheme(),
                                plan.scheme().splits(target, others, plan.seed()));
                        store.put(path, cell);
                        done = Optional.of(cell);
                    }
                    cells.add(done.get());
                    bar.step();
                }
                String path = ResumeStore.subjectPath(subject);
                Optional<SubjectSummary> summary = store.find(path, SubjectSummary.class, SubjectSummary::key, key);
                if (summary.isEmpty()) {
                    SubjectEpochs epochs = epochsOf(plan, subject, null, pool);
                    int[] folds = plan.scheme() instanceof WithinSession w ? w.folds(epochs, plan.seed()) : null;
                    summary = Optional.of(SubjectSummary.of(key, epochs, folds));
                    store.put(path, summary.get());
                }
                summaries.add(summary.get());
            });
        } finally {
            executor.shutdownNow();
        }
        List<CellResult> ordered = new ArrayList<>(cells);
        ordered.sort(Comparator.comparingInt((CellResult c) -> plan.subjects().indexOf(c.subject()))
                .thenComparingInt(c -> plan.decoders().indexOf(c.decoder())));
        List<SubjectSummary> orderedSummaries = new ArrayList<>(summaries);
        orderedSummaries.sort(Comparator.comparingInt(s -> plan.subjects().indexOf(s.subject())));
        ResultTables.writeResults(plan.out().resolve("results.csv"), ordered);
        ResultTables.writeSummary(plan.out().resolve("summary.csv"), ordered);
        if (plan.scheme() instanceof WithinSession) {
            writeFolds(plan.out().resolve("folds.csv"), orderedSummaries);
        }
        LOG.info("{} cells written to {}", ordered.size(), plan.out());
        return new Outcome(ordered, orderedSummaries);
    }

    /**
     * A subject's trials as the paradigm cuts them ({@code contract} null), or as a trained model's contract
     * needs them (its preprocessing, band, channels and window length), loaded once per evaluation.
     */
    private SubjectEpochs epochsOf(Plan plan, String subject, InputContract contract, Map<String, SubjectEpochs> pool)
            throws IOException {
        String cacheKey = subject + (contract == null ? "" : " " + contract);
        SubjectEpochs cached = pool.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        SubjectEpochs loaded = contract == null ? epocher.epochs(plan.dataset(), subject, plan.paradigm())
                : epocher.withChain(contract.preprocessing()).epochs(plan.dataset(), subject,
                        Epocher.paradigmFor(plan.paradigm(), contract));
        SubjectEpochs raced = pool.putIfAbsent(cacheKey, loaded);
        return raced != null ? raced : loaded;
    }

    private static boolean anyPending(Plan plan, List<DecoderSpec> specs, ResumeStore store, String key)
            throws IOException {
        for (String subject : plan.subjects()) {
            for (DecoderSpec spec : specs) {
                String path = ResumeStore.cellPath(plan.scheme().name(), spec, subject);
                if (store.find(path, CellResult.class, CellResult::key, key).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A per-subject task that may fail with an I/O error. */
    @FunctionalInterface
    private interface SubjectTask {
        void run(String subject) throws IOException;
    }

    private static void runAll(ExecutorService executor, List<String> subjects, SubjectTask task)
            throws IOException {
        List<Future<?>> futures = new ArrayList<>();
        for (String subject : subjects) {
            futures.add(executor.submit(() -> {
                try {
                    task.run(subject);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
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
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The test fold of every trial, with its run and label so another tool can check it cut the same trials. */
    private static void writeFolds(Path file, List<SubjectSummary> subjects) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("subject,trial,run,label,fold\n");
            for (SubjectSummary s : subjects) {
                for (int i = 0; i < s.labels().length; i++) {
                    w.write(s.subject() + "," + i + "," + s.runs()[i] + "," + s.labels()[i] + "," + s.folds()[i] + "\n");
                }
            }
        }
    }
}
