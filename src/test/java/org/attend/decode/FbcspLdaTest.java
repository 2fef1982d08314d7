package org.attend.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.attend.stream.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FbcspLdaTest {

    private static final double RATE = 100;

    /**
     * Trials whose class shows only at 22 Hz: class 1 has a strong 22 Hz rhythm on a mixed source, both
     * classes carry the same large 10 Hz rhythm elsewhere.
     */
    private static LabeledEpochs trials(int n, long seed) {
        Random r = new Random(seed);
        int channels = 4;
        int samples = 200;
        double[][] mixing = {{1, 0.5, 0.2, 0}, {0.3, 1, 0, 0.4}, {0, 0.2, 1, 0.3}, {0.5, 0, 0.1, 1}};
        float[][][] data = new float[n][channels][samples];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            double phase22 = r.nextDouble() * 6.28;
            double phase10 = r.nextDouble() * 6.28;
            for (int t = 0; t < samples; t++) {
                double s = t / RATE;
                double[] src = {
                    (labels[i] == 1 ? 3 : 0.3) * Math.sin(2 * Math.PI * 22 * s + phase22) + r.nextGaussian(),
                    5 * Math.sin(2 * Math.PI * 10 * s + phase10) + r.nextGaussian(),
                    r.nextGaussian(), r.nextGaussian()};
                for (int c = 0; c < channels; c++) {
                    double v = 0;
                    for (int k = 0; k < channels; k++) {
                        v += mixing[c][k] * src[k];
                    }
                    data[i][c][t] = (float) v;
                }
            }
        }
        return new LabeledEpochs(data, labels, List.of("rest", "move"), List.of("a", "b", "c", "d"), RATE);
    }

    private static InputContract contract() {
        return new InputContract(List.of("a", "b", "c", "d"), RATE, 2, 8, 32, List.of("rest", "move"));
    }

    @Test
    void subBandsTileTheContractBand() {
        double[][] bands = FbcspLdaDecoder.tile(contract());
        assertEquals(6, bands.length);
        assertArrayEquals(new double[] {8, 12}, bands[0]);
        assertArrayEquals(new double[] {28, 32}, bands[5]);
        assertEquals(7, FbcspLdaDecoder.tile(new InputContract(List.of("a"), 160, 3, 4, 32, List.of("x", "y"))).length);
    }

    @Test
    void selectsTheInformativeBandAndDecodesHeldOutTrials(@TempDir Path dir) throws IOException {
        FbcspLdaDecoder d = new FbcspLdaDecoder(contract());
        d.fit(trials(40, 1));
        // the most informative features come from the 20-24 Hz sub-band (index 3)
        long fromBand = java.util.Arrays.stream(d.selectedFeatures())
                .filter(f -> f / FbcspLdaDecoder.COMPONENTS_PER_BAND == 3).count();
        assertTrue(fromBand >= 1, java.util.Arrays.toString(d.selectedFeatures()));
        LabeledEpochs test = trials(40, 2);
        int correct = 0;
        for (int i = 0; i < test.size(); i++) {
            if (d.predict(new Window(test.data()[i], 0, i)).best() == test.labels()[i]) {
                correct++;
            }
        }
        assertTrue(correct >= 36, correct + " of 40");
        d.save(dir);
        Decoder loaded = Decoders.load(dir);
        for (int i = 0; i < 5; i++) {
            assertEquals(d.predict(new Window(test.data()[i], 0, i)).probabilities()[1],
                    loaded.predict(new Window(test.data()[i], 0, i)).probabilities()[1], 1e-6);
        }
    }

    @Test
    void mutualInformationIsOneBitForSeparatedClassesAndNearZeroForNoise() {
        Random r = new Random(3);
        int n = 200;
        double[] separated = new double[n];
        double[] noise = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            separated[i] = labels[i] * 10 + r.nextGaussian() * 0.1;
            noise[i] = r.nextGaussian();
        }
        assertEquals(1.0, MutualInformation.bits(separated, labels, 2), 1e-4);
        assertTrue(MutualInformation.bits(noise, labels, 2) < 0.05);
    }
}
