package org.attend.nn;

import java.util.Arrays;
import java.util.Random;

/**
 * Random perturbations of training windows that keep (or, for a reflection, swap) the class: a left ↔ right
 * reflection with probability ½ where the recipe asks for one, a time shift (zero-filled), additive Gaussian
 * noise and dropped channels. Works on copies; the caller's arrays are untouched.
 */
final class Augmenter {

    private final int maxShiftSamples;
    private final float noiseStd;
    private final float channelDropout;
    private final Mirror mirror;
    private final Random random;

    /** @param mirror the reflection to apply to half of the windows, or null for none */
    Augmenter(int maxShiftSamples, float noiseStd, float channelDropout, Mirror mirror, Random random) {
        this.maxShiftSamples = maxShiftSamples;
        this.noiseStd = noiseStd;
        this.channelDropout = channelDropout;
        this.mirror = mirror;
        this.random = random;
    }

    /**
     * Writes a perturbed copy of {@code window} (class {@code label}) into {@code batch} from {@code offset},
     * channel after channel, and returns its class (swapped when it was reflected).
     */
    int augment(float[][] window, int label, float[] batch, int offset) {
        float[][] source = window;
        int target = label;
        if (mirror != null && random.nextBoolean()) {
            source = mirror.reflect(window);
            target = mirror.classes()[label];
        }
        int c = source.length;
        int t = source[0].length;
        int shift = maxShiftSamples == 0 ? 0 : random.nextInt(2 * maxShiftSamples + 1) - maxShiftSamples;
        for (int ch = 0; ch < c; ch++) {
            int row = offset + ch * t;
            if (channelDropout > 0 && random.nextFloat() < channelDropout) {
                Arrays.fill(batch, row, row + t, 0f);
                continue;
            }
            float[] src = source[ch];
            for (int k = 0; k < t; k++) {
                int from = k - shift;
                float v = from >= 0 && from < t ? src[from] : 0f;
                batch[row + k] = noiseStd > 0 ? v + noiseStd * (float) random.nextGaussian() : v;
            }
        }
        return target;
    }
}
