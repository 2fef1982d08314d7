package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.attend.nn.Softmax;
import org.attend.nn.ValidationSplit;
import org.attend.stream.Window;

/**
 * A second view of the same aligned windows beside the network: a classical decoder (e.g. {@code ts-lr}, tangent
 * space of the spatial covariance) whose probabilities are fused with the network's as a weighted geometric mean,
 * {@code p ∝ p_net^(1−w) · p_view^w}. The weight is the attention the fusion gives each view, chosen on the
 * network's validation split (the held-out training subjects) from 0, 0.1, …, 1 by cross-entropy; the view is then
 * refitted on every training window.
 */
final class ViewFusion implements AutoCloseable {

    static final String FOLDER = "view";
    private static final int WEIGHT_STEPS = 10;
    private static final double FLOOR = 1e-6;

    private final Decoder view;
    private final double weight;

    private ViewFusion(Decoder view, double weight) {
        this.view = view;
        this.weight = weight;
    }

    /**
     * Fits a view of kind {@code kind} and its weight.
     *
     * @param network the network's probabilities for windows {@code [window][channel][sample]}
     */
    static ViewFusion fit(String kind, InputContract contract, SubjectAlignment aligned, ValidationSplit split,
                          Function<float[][][], float[][]> network) {
        List<String> classes = contract.classes();
        float[][][] validation = ValidationSplit.pick(aligned.windows(), split.validation());
        int[] truth = ValidationSplit.pick(aligned.labels(), split.validation());
        float[][] fromNetwork = network.apply(validation);
        float[][] fromView = new float[validation.length][];
        try (Decoder held = Decoders.create(kind, contract)) {
            held.fit(new LabeledEpochs(ValidationSplit.pick(aligned.windows(), split.train()),
                    ValidationSplit.pick(aligned.labels(), split.train()), classes, contract.channels(),
                    contract.sampleRateHz()));
            for (int i = 0; i < validation.length; i++) {
                fromView[i] = held.predict(new Window(validation[i], i, i)).probabilities();
            }
        }
        double best = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int step = 0; step <= WEIGHT_STEPS; step++) {
            double w = (double) step / WEIGHT_STEPS;
            double loss = 0;
            for (int i = 0; i < validation.length; i++) {
                loss -= Math.log(Math.max(FLOOR, fuse(fromNetwork[i], fromView[i], w)[truth[i]]));
            }
            if (loss < bestLoss - 1e-12) {
                bestLoss = loss;
                best = w;
            }
        }
        Decoder view = Decoders.create(kind, contract);
        view.fit(new LabeledEpochs(aligned.windows(), aligned.labels(), classes, contract.channels(),
                contract.sampleRateHz()));
        return new ViewFusion(view, best);
    }

    /** The fused probabilities of an aligned window the network gave {@code network} for. */
    float[] combine(float[] network, float[][] alignedWindow) {
        if (weight == 0) {
            return network;
        }
        return fuse(network, view.predict(new Window(alignedWindow, 0, 0)).probabilities(), weight);
    }

    static float[] fuse(float[] a, float[] b, double w) {
        double[] scores = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            scores[k] = (1 - w) * Math.log(Math.max(FLOOR, a[k])) + w * Math.log(Math.max(FLOOR, b[k]));
        }
        return Softmax.of(scores);
    }

    /** The card's {@code fusion} entry. */
    Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("view", view.name());
        m.put("weight", weight);
        m.put("folder", FOLDER);
        m.put("rule", "p ∝ p_network^(1 − weight) · p_view^weight, weight chosen on the validation subjects");
        return m;
    }

    void save(Path modelDir) throws IOException {
        view.save(modelDir.resolve(FOLDER));
    }

    /** The fusion a card describes, or null when it has none. */
    static ViewFusion load(Path modelDir, Map<String, Object> parameters) throws IOException {
        if (!(parameters.get("fusion") instanceof Map<?, ?> m) || !(m.get("weight") instanceof Number w)) {
            return null;
        }
        return new ViewFusion(Decoders.load(modelDir.resolve(FOLDER)), w.doubleValue());
    }

    double weight() {
        return weight;
    }

    @Override
    public void close() {
        view.close();
    }
}
