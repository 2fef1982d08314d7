package org.attend.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.attend.decode.DecoderOptions;
import org.attend.decode.InputContract;
import org.attend.progress.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every subject × decoder-setting cell of an evaluation plan on an engine ({@link LocalEngine} by default,
 * or Spark), storing each finished cell so a resumed run recomputes nothing; writes {@code results.csv}, {@code summary.csv} and, for the
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
     * @param options  options handed to every decoder's factory ({@code NAME.key} for one decoder only), under
     *                 the options a decoder name carries in brackets
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

    /** Runs the plan on the local engine ({@code plan.threads()} subjects at once) and writes its tables. */
    public Outcome run(Plan plan) throws IOException {
        try (LocalEngine engine = new LocalEngine(plan.threads(), loader)) {
            return run(plan, engine);
        }
    }

    /**
     * Runs the plan's cells on {@code engine}, each decoder grid expanded into one cell per setting, and writes
     * its tables into {@code plan.out()}; cells already stored there under the same key are not recomputed.
     */
    public Outcome run(Plan plan, CellEngine engine) throws IOException {
        List<String> decoders = plan.decoders().stream().flatMap(d -> DecoderSpec.expand(d).stream()).distinct()
                .toList();
        Map<String, DecoderSpec> specs = new LinkedHashMap<>();
        decoders.forEach(d -> specs.put(d, DecoderSpec.parse(d, loader)));
        Files.createDirectories(plan.out());
        ResumeStore store = new ResumeStore(plan.out());
        String key = plan.cellKey();
        Sweep sweep = new Sweep(key, plan.paradigm(), plan.scheme(), plan.seed(), plan.subjects(), decoders,
                plan.options().asMap());
        Map<CellTask, CellResult> finished = new ConcurrentHashMap<>();
        List<CellTask> pending = new ArrayList<>();
        for (String subject : plan.subjects()) {
            for (String decoder : decoders) {
                CellTask cell = new CellTask(subject, decoder);
                store.find(cellPath(plan, specs, cell), CellResult.class, CellResult::key, key)
                        .ifPresentOrElse(c -> finished.put(cell, c), () -> pending.add(cell));
            }
        }
        Subjects subjects = new Subjects(plan, store, key);
        if (!pending.isEmpty()) {
            LOG.info("{} of {} cells to compute on {}", pending.size(), pending.size() + finished.size(),
                    engine.describe());
            if (plan.scheme().usesOtherSubjects()) {
                List<String> all = new ArrayList<>(plan.subjects());
                plan.scheme().poolSubjects(plan.subjects()).stream().filter(s -> !all.contains(s)).forEach(all::add);
                subjects.preload(all, plan.threads());
            }
            try (Progress bar = Progress.start("evaluate " + plan.scheme().name(),
                    (long) plan.subjects().size() * decoders.size(), "cells")) {
                bar.stepBy(finished.size());
                try {
                    engine.run(sweep, pending, subjects, cell -> {
                        store.put(cellPath(plan, specs, new CellTask(cell.subject(), cell.decoder())), cell);
                        finished.put(new CellTask(cell.subject(), cell.decoder()), cell);
                        bar.step();
                    });
                } finally {
                    SharedFits.release(key); // decoders a fit-once scheme shared between cells
                }
            }
        }
        List<CellResult> ordered = new ArrayList<>();
        List<SubjectSummary> summaries = new ArrayList<>();
        for (String subject : plan.subjects()) {
            for (String decoder : decoders) {
                CellResult cell = finished.get(new CellTask(subject, decoder));
                if (cell == null) {
                    throw new IllegalStateException(engine.describe() + " returned no result for decoder "
                            + decoder + " on subject " + subject);
                }
                ordered.add(cell);
            }
            summaries.add(subjects.summary(subject));
        }
        ResultTables.writeResults(plan.out().resolve("results.csv"), ordered);
        ResultTables.writeSummary(plan.out().resolve("summary.csv"), ordered);
        if (plan.scheme() instanceof WithinSession) {
            writeFolds(plan.out().resolve("folds.csv"), summaries);
        }
        LOG.info("{} cells written to {}", ordered.size(), plan.out());
        return new Outcome(ordered, summaries);
    }

    private static String cellPath(Plan plan, Map<String, DecoderSpec> specs, CellTask cell) {
        return ResumeStore.cellPath(plan.scheme().name(), specs.get(cell.decoder()), cell.subject());
    }

    /**
     * Reads subjects' trials for the engine, summarising each subject (stored beside the cells) the first time
     * it is read; keeps them in memory only when the scheme pools subjects.
     */
    private final class Subjects implements EpochSource {

        private final Plan plan;
        private final ResumeStore store;
        private final String key;
        private final Map<String, SubjectEpochs> pool = new ConcurrentHashMap<>();
        private final Map<String, SubjectSummary> summaries = new ConcurrentHashMap<>();

        Subjects(Plan plan, ResumeStore store, String key) {
            this.plan = plan;
            this.store = store;
            this.key = key;
        }

        @Override
        public SubjectEpochs of(String subject) throws IOException {
            SubjectEpochs pooled = pool.get(subject);
            if (pooled != null) {
                return pooled;
            }
            SubjectEpochs epochs = epocher.epochs(plan.dataset(), subject, plan.paradigm());
            if (!summaries.containsKey(subject)) {
                summarise(subject, epochs);
            }
            return epochs;
        }

        /** The trials cut through a trained model's contract (its preprocessing, band, channels, window). */
        @Override
        public SubjectEpochs of(String subject, InputContract contract) throws IOException {
            String cacheKey = subject + " " + contract;
            SubjectEpochs pooled = pool.get(cacheKey);
            if (pooled != null) {
                return pooled;
            }
            SubjectEpochs epochs = epocher.withChain(contract.preprocessing()).epochs(plan.dataset(), subject,
                    Epocher.paradigmFor(plan.paradigm(), contract));
            if (plan.scheme().usesOtherSubjects()) {
                pool.put(cacheKey, epochs);
            }
            return epochs;
        }

        /** Reads every subject once, {@code threads} at a time, and keeps them. */
        void preload(List<String> ids, int threads) throws IOException {
            try (LocalEngine readers = new LocalEngine(threads, loader)) {
                readers.forEachSubject(ids, s -> pool.put(s, of(s)));
            }
        }

        SubjectSummary summary(String subject) throws IOException {
            SubjectSummary s = summaries.get(subject);
            if (s == null) {
                s = store.find(ResumeStore.subjectPath(subject), SubjectSummary.class, SubjectSummary::key, key)
                        .orElse(null);
            }
            return s != null ? s : summarise(subject, of(subject));
        }

        private SubjectSummary summarise(String subject, SubjectEpochs epochs) throws IOException {
            String path = ResumeStore.subjectPath(subject);
            SubjectSummary s = store.find(path, SubjectSummary.class, SubjectSummary::key, key).orElse(null);
            if (s == null) {
                int[] folds = plan.scheme() instanceof WithinSession w ? w.folds(epochs, plan.seed()) : null;
                s = SubjectSummary.of(key, epochs, folds);
                store.put(path, s);
            }
            summaries.put(subject, s);
            return s;
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
