package org.attend.decode;

import java.util.List;
import java.util.Random;

/**
 * A separable synthetic task: a 12 Hz rhythm of random phase on the first electrode for class "left" and on
 * the second for class "right", in white noise on all electrodes, mixed with a fixed random mixing matrix
 * so that the classes are only separable spatially after alignment has undone part of the mixing.
 */
final class SyntheticMotorImagery {

    static final List<String> CHANNELS = List.of("C3", "C4", "Cz", "FC3", "FC4", "CP3", "CP4", "Pz");
    static final List<String> CLASSES = List.of("left", "right");
    static final double RATE_HZ = 128;
    static final int SAMPLES = 256;

    private SyntheticMotorImagery() {
    }

    static InputContract contract() {
        return new InputContract(CHANNELS, RATE_HZ, SAMPLES / RATE_HZ, 4, 40, CLASSES);
    }

    /** {@code n} trials, classes alternating, microvolt scale; {@code seed} fixes everything but the mixing. */
    static LabeledEpochs epochs(int n, long seed) {
        return epochs(n, seed, 2.0);
    }

    /** The same with a rhythm of {@code amplitude} (0: noise only, as in rest). */
    static LabeledEpochs epochs(int n, long seed, double amplitude) {
        Random mixing = new Random(99);
        int c = CHANNELS.size();
        double[][] mix = new double[c][c];
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                mix[i][j] = (i == j ? 1 : 0) + 0.3 * mixing.nextGaussian();
            }
        }
        Random r = new Random(seed);
        float[][][] data = new float[n][c][SAMPLES];
        int[] labels = new int[n];
        for (int trial = 0; trial < n; trial++) {
            labels[trial] = trial % 2;
            double[][] sources = new double[c][SAMPLES];
            double phase = r.nextDouble() * 2 * Math.PI;
            for (int ch = 0; ch < c; ch++) {
                for (int k = 0; k < SAMPLES; k++) {
                    sources[ch][k] = r.nextGaussian()
                            + (ch == labels[trial] ? amplitude * Math.sin(2 * Math.PI * 12 * k / RATE_HZ + phase) : 0);
                }
            }
            for (int i = 0; i < c; i++) {
                for (int k = 0; k < SAMPLES; k++) {
                    double v = 0;
                    for (int j = 0; j < c; j++) {
                        v += mix[i][j] * sources[j][k];
                    }
                    data[trial][i][k] = (float) (10 * v);
                }
            }
        }
        return new LabeledEpochs(data, labels, CLASSES, CHANNELS, RATE_HZ);
    }
}
