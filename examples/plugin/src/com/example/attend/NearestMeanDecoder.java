package com.example.attend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.attend.decode.Decoder;
import org.attend.decode.InputContract;
import org.attend.decode.LabeledEpochs;
import org.attend.decode.ModelCard;
import org.attend.stream.Prediction;
import org.attend.stream.Window;

/**
 * A third-party decoder: log-variance of each channel, classified by the nearest class mean; class
 * probabilities are the softmax of minus the squared distances.
 */
public final class NearestMeanDecoder implements Decoder {

    static final String NAME = "nearest-mean";

    private final InputContract contract;
    private double[][] means;

    public NearestMeanDecoder(InputContract contract, double[][] means) {
        this.contract = contract;
        this.means = means;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public InputContract contract() {
        return contract;
    }

    @Override
    public void fit(LabeledEpochs epochs) {
        int classes = epochs.classes().size();
        means = new double[classes][epochs.channels().size()];
        int[] counts = epochs.classCounts();
        for (int i = 0; i < epochs.size(); i++) {
            double[] f = logVariance(epochs.data()[i]);
            for (int c = 0; c < f.length; c++) {
                means[epochs.labels()[i]][c] += f[c] / counts[epochs.labels()[i]];
            }
        }
    }

    @Override
    public Prediction predict(Window window) {
        long start = System.nanoTime();
        double[] f = logVariance(window.data());
        double[] score = new double[means.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < means.length; k++) {
            for (int c = 0; c < f.length; c++) {
                score[k] -= (f[c] - means[k][c]) * (f[c] - means[k][c]);
            }
            max = Math.max(max, score[k]);
        }
        float[] p = new float[means.length];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            sum += Math.exp(score[k] - max);
        }
        for (int k = 0; k < p.length; k++) {
            p[k] = (float) (Math.exp(score[k] - max) / sum);
        }
        return new Prediction(contract.classes().toArray(String[]::new), p, null, window.endTime(),
                System.nanoTime() - start);
    }

    @Override
    public void save(Path modelDir) throws IOException {
        new ModelCard(NAME, ModelCard.currentAttendVersion(), contract, Map.of(), Map.of(), Map.of("means", means))
                .write(modelDir);
    }

    private static double[] logVariance(float[][] window) {
        double[] f = new double[window.length];
        for (int c = 0; c < window.length; c++) {
            double mean = 0;
            for (float v : window[c]) {
                mean += v / window[c].length;
            }
            double var = 0;
            for (float v : window[c]) {
                var += (v - mean) * (v - mean) / window[c].length;
            }
            f[c] = Math.log(var);
        }
        return f;
    }
}
