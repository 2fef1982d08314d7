package org.attend.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.attend.decode.Decoder;
import org.attend.decode.InputContract;
import org.attend.decode.LabeledEpochs;
import org.attend.decode.SubjectGroupsFit;
import org.attend.stream.Prediction;
import org.attend.stream.Window;

/** Runs one decoder through every split of a scheme for one subject and scores the predictions. */
public final class CellEvaluator {

    private final Paradigm paradigm;
    private final ClassLoader loader;

    public CellEvaluator(Paradigm paradigm, ClassLoader loader) {
        this.paradigm = paradigm;
        this.loader = loader;
    }

    /** Evaluates {@code spec} on {@code splits} of {@code subject}. */
    public CellResult evaluate(String key, String subject, DecoderSpec spec, Scheme scheme, List<Split> splits)
            throws IOException {
        return evaluate(key, subject, spec, scheme, splits, null);
    }

    /**
     * Evaluates {@code spec} on {@code splits} of {@code subject}; with a {@code sharedFit} key (schemes that
     * {@link Scheme#fitsOnce() fit once}) the decoder is fitted on the first cell's training trials and reused by
     * every cell under that key until {@link SharedFits#release} (its fit time counts in the first cell only).
     */
    public CellResult evaluate(String key, String subject, DecoderSpec spec, Scheme scheme, List<Split> splits,
                               String sharedFit) throws IOException {
        if (!scheme.fits() && !spec.isFixed()) {
            throw new IllegalArgumentException("scheme '" + scheme.name() + "' fits nothing: name a trained model "
                    + "as model:PATH, not '" + spec.label() + "'");
        }
        List<Integer> labels = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        double aucSum = 0;
        int aucCount = 0;
        float[][] attentionSum = null;
        int attentionCount = 0;
        float[][] classAttention = null;
        int[] classCounts = new int[paradigm.classes().size()];
        long fitNanos = 0;
        List<String> channels = List.of();
        Decoder fixed = spec.isFixed() ? spec.loadTrained(loader) : null;
        try {
            for (Split split : splits) {
                Fitted fit = fixed != null ? null : sharedFit != null
                        ? SharedFits.get(sharedFit, () -> fitted(spec, split)) : fitted(spec, split);
                try (Decoder decoder = fit == null || sharedFit != null ? null : fit.decoder()) {
                    Decoder used = fixed != null ? fixed : fit.decoder();
                    fitNanos += fit == null ? 0 : fit.takeNanos();
                    LabeledEpochs test = arrangeFor(used.contract(), split.test(), spec.label());
                    channels = test.channels();
                    int positive = test.classes().size() == 2 ? 1 : -1;
                    double[] scores = new double[test.size()];
                    for (int i = 0; i < test.size(); i++) {
                        Prediction p = used.predict(new Window(test.data()[i], i, i));
                        double[] row = new double[p.probabilities().length];
                        for (int k = 0; k < row.length; k++) {
                            row[k] = p.probabilities()[k];
                        }
                        probabilities.add(row);
                        labels.add(test.labels()[i]);
                        if (positive > 0) {
                            scores[i] = row[positive];
                        }
                        if (p.attention() != null) {
                            attentionSum = accumulate(attentionSum, p.attention());
                            attentionCount++;
                            int k = test.labels()[i];
                            if (classAttention == null) {
                                classAttention = new float[classCounts.length][p.attention().length];
                            }
                            if (classAttention[k].length == p.attention().length) {
                                for (int c = 0; c < p.attention().length; c++) {
                                    for (float v : p.attention()[c]) {
                                        classAttention[k][c] += v;
                                    }
                                }
                                classCounts[k]++;
                            }
                        }
                    }
                    if (positive > 0) {
                        double auc = Metrics.rocAuc(scores, test.labels());
                        if (!Double.isNaN(auc)) {
                            aucSum += auc;
                            aucCount++;
                        }
                    }
                }
            }
        } finally {
            if (fixed != null) {
                fixed.close();
            }
        }
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        int[] predicted = probabilities.stream().mapToInt(CellEvaluator::argmax).toArray();
        int classes = paradigm.classes().size();
        int[][] confusion = Metrics.confusion(predicted, y, classes);
        double accuracy = Metrics.accuracy(confusion);
        if (attentionSum != null) {
            for (float[] row : attentionSum) {
                for (int t = 0; t < row.length; t++) {
                    row[t] /= attentionCount;
                }
            }
        }
        if (classAttention != null) {
            for (int k = 0; k < classAttention.length; k++) {
                for (int c = 0; c < classAttention[k].length; c++) {
                    classAttention[k][c] = classCounts[k] == 0 ? Float.NaN : classAttention[k][c] / classCounts[k];
                }
            }
        }
        return new CellResult(key, subject, spec.label(), scheme.name(), paradigm.classes(),
                aucCount == 0 ? Double.NaN : aucSum / aucCount, accuracy, Metrics.balancedAccuracy(confusion),
                Metrics.kappa(confusion), Metrics.itrBitsPerMinute(accuracy, classes, paradigm.decisionSeconds()),
                confusion, y, probabilities.toArray(double[][]::new), attentionSum, channels, fitNanos / 1e9,
                classAttention);
    }

    /** A decoder fitted in one split, and how long the fit took (counted once: {@link #takeNanos}). */
    static final class Fitted {
        private final Decoder decoder;
        private long nanos;

        Fitted(Decoder decoder, long nanos) {
            this.decoder = decoder;
            this.nanos = nanos;
        }

        Decoder decoder() {
            return decoder;
        }

        /** The fit time the first time, 0 after. */
        synchronized long takeNanos() {
            long n = nanos;
            nanos = 0;
            return n;
        }
    }

    /**
     * A decoder fitted on a split's training trials: a new one of the spec's kind (each training subject aligned
     * on its own when the decoder fits subject groups), or the spec's trained model fine-tuned
     * ({@link Decoder#fineTune}). Closed by the caller.
     */
    private Fitted fitted(DecoderSpec spec, Split split) throws IOException {
        LabeledEpochs train = split.train();
        Decoder decoder = spec.isTrained() ? spec.loadTrained(loader) : spec.create(contractOf(train), loader);
        try {
            long start = System.nanoTime();
            boolean groups = decoder instanceof SubjectGroupsFit && split.trainGroups().size() > 1;
            if (spec.isTrained() && groups) {
                ((SubjectGroupsFit) decoder).fineTuneSubjects(split.trainGroups().stream()
                        .map(g -> arrangeFor(decoder.contract(), g, spec.label())).toList());
            } else if (spec.isTrained()) {
                decoder.fineTune(arrangeFor(decoder.contract(), train, spec.label()));
            } else if (groups) {
                ((SubjectGroupsFit) decoder).fitSubjects(split.trainGroups());
            } else {
                decoder.fit(train);
            }
            return new Fitted(decoder, System.nanoTime() - start);
        } catch (RuntimeException e) {
            decoder.close();
            throw e;
        }
    }

    private InputContract contractOf(LabeledEpochs train) {
        return new InputContract(train.channels(), train.sampleRateHz(), paradigm.windowSeconds(),
                paradigm.bandLowHz(), paradigm.bandHighHz(), train.classes());
    }

    /**
     * The test trials as the decoder's contract wants them: its channels in its order, its classes; a
     * trained model must agree on rate, window and class names.
     */
    static LabeledEpochs arrangeFor(InputContract contract, LabeledEpochs test, String label) {
        if (!contract.classes().equals(test.classes())) {
            throw new IllegalArgumentException(label + " predicts " + contract.classes() + ", the paradigm has "
                    + test.classes());
        }
        if (contract.sampleRateHz() != test.sampleRateHz()
                || contract.windowSamples() != test.data()[0][0].length) {
            throw new IllegalArgumentException(label + " expects " + contract.windowSamples() + " samples at "
                    + contract.sampleRateHz() + " Hz, the paradigm gives " + test.data()[0][0].length + " at "
                    + test.sampleRateHz() + " Hz");
        }
        return test.pick(contract);
    }

    private static float[][] accumulate(float[][] sum, float[][] map) {
        float[][] s = sum == null ? new float[map.length][map[0].length] : sum;
        for (int c = 0; c < map.length; c++) {
            for (int t = 0; t < map[c].length; t++) {
                s[c][t] += map[c][t];
            }
        }
        return s;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }
}
