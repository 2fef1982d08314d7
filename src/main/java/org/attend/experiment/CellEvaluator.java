package org.attend.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.attend.decode.Decoder;
import org.attend.decode.InputContract;
import org.attend.decode.LabeledEpochs;
import org.attend.decode.SubjectGroupsFit;
import org.attend.stream.ChannelLayout;
import org.attend.stream.Prediction;
import org.attend.stream.Window;

/** Runs one decoder through every split of a scheme for one subject and scores the predictions. */
public final class CellEvaluator {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CellEvaluator.class);

    private final Paradigm paradigm;
    private final ClassLoader loader;

    public CellEvaluator(Paradigm paradigm, ClassLoader loader) {
        this.paradigm = paradigm;
        this.loader = loader;
    }

    /** Evaluates {@code spec} on {@code splits} of {@code subject}. */
    public CellResult evaluate(String key, String subject, DecoderSpec spec, Scheme scheme, List<Split> splits)
            throws IOException {
        if (!scheme.fits() && !spec.isTrained()) {
            throw new IllegalArgumentException("scheme '" + scheme.name() + "' fits nothing: name a trained model "
                    + "as model:PATH, not '" + spec.label() + "'");
        }
        Decoder trained = spec.isTrained() ? spec.loadTrained(loader) : null;
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
        for (Split split : splits) {
            Decoder decoder = trained;
            if (decoder == null) {
                decoder = spec.create(contractOf(split.train()), loader);
                long start = System.nanoTime();
                if (decoder instanceof SubjectGroupsFit grouped && split.trainGroups().size() > 1) {
                    grouped.fitSubjects(split.trainGroups());
                } else {
                    decoder.fit(split.train());
                }
                fitNanos += System.nanoTime() - start;
            }
            LabeledEpochs test = arrangeFor(decoder.contract(), split.test(), spec.label());
            channels = test.channels();
            int positive = test.classes().size() == 2 ? 1 : -1;
            double[] scores = new double[test.size()];
            for (int i = 0; i < test.size(); i++) {
                Prediction p = decoder.predict(new Window(test.data()[i], i, i));
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
            if (decoder != trained) {
                release(decoder);
            }
            if (positive > 0) {
                double auc = Metrics.rocAuc(scores, test.labels());
                if (!Double.isNaN(auc)) {
                    aucSum += auc;
                    aucCount++;
                }
            }
        }
        if (trained != null) {
            release(trained);
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

    /** Frees native resources (neural decoders hold engine memory) as soon as a decoder is done. */
    private static void release(Decoder decoder) {
        if (decoder instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", decoder.name(), e.getMessage());
            }
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
        if (contract.channels().equals(test.channels())) {
            return test;
        }
        int[] picks = new ChannelLayout(test.channels()).indicesOf(contract.channels());
        float[][][] data = new float[test.size()][picks.length][];
        for (int i = 0; i < test.size(); i++) {
            for (int c = 0; c < picks.length; c++) {
                data[i][c] = test.data()[i][picks[c]];
            }
        }
        return new LabeledEpochs(data, test.labels(), test.classes(), contract.channels(), test.sampleRateHz());
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
