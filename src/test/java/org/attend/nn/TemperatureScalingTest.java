package org.attend.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TemperatureScalingTest {

    /**
     * Windows whose true class probabilities are {@code softmax(z / trueTemperature)}, labels drawn from them, and
     * a network that reports {@code softmax(z)}: the fit must find the true temperature.
     */
    private static double recovered(double trueTemperature, long seed) {
        Random random = new Random(seed);
        int n = 4000;
        int classes = 3;
        float[][] reported = new float[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double[] z = new double[classes];
            for (int k = 0; k < classes; k++) {
                z[k] = 1.5 * random.nextGaussian();
            }
            reported[i] = Softmax.of(z);
            float[] truth = TemperatureScaling.apply(reported[i], trueTemperature);
            double u = random.nextDouble();
            int label = 0;
            for (double c = truth[0]; u > c && label < classes - 1; c += truth[++label]) {
                // walk the cumulative distribution
            }
            labels[i] = label;
        }
        return TemperatureScaling.fit(reported, labels);
    }

    @Test
    void findsTheTemperatureTheLabelsWereDrawnWith() {
        assertEquals(0.5, recovered(0.5, 1), 0.06, "an underconfident network is sharpened");
        assertEquals(2.0, recovered(2.0, 2), 0.25, "an overconfident one is softened");
        assertEquals(1.0, recovered(1.0, 3), 0.1, "a calibrated one is left alone");
    }

    @Test
    void keepsTheRankingAndIsTheIdentityAtOne() {
        float[] p = {0.2f, 0.5f, 0.3f};
        assertArrayEquals(p, TemperatureScaling.apply(p, 1), 1e-6f);
        float[] sharp = TemperatureScaling.apply(p, 0.5);
        // softmax(log p / 0.5) is p squared, normalised
        double norm = 0.04 + 0.25 + 0.09;
        assertArrayEquals(new float[] {(float) (0.04 / norm), (float) (0.25 / norm), (float) (0.09 / norm)}, sharp,
                1e-6f);
        assertTrue(sharp[1] > sharp[2] && sharp[2] > sharp[0]);
    }

    @Test
    void refusesWindowsWithoutLabels() {
        assertThrows(IllegalArgumentException.class, () -> TemperatureScaling.fit(new float[0][], new int[0]));
        assertThrows(IllegalArgumentException.class,
                () -> TemperatureScaling.fit(new float[][] {{0.5f, 0.5f}}, new int[2]));
    }
}
