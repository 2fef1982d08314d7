package org.attend.nn;

import java.util.Random;

/**
 * Random perturbations of training windows that leave the class unchanged: a time shift (zero-filled),
 * additive Gaussian noise and dropped channels. Works on copies; the caller's arrays are untouched.
 */
final class Augmenter {

    private final int maxShiftSamples;
    private final float noiseStd;
    private final float channelDropout;
    private final Random random;

    Augmenter(int maxShiftSamples, float noiseStd, float channelDropout, Random random) {
        this.maxShiftSamples = maxShiftSamples;
        this.noiseStd = noiseStd;
        this.channelDropout = channelDropout;
        this.random = random;
    }

    float[][] augment(float[][] window) {
        int c = window.length;
        int t = window[0].length;
        int shift = maxShiftSamples == 0 ? 0 : random.nextInt(2 * maxShiftSamples + 1) - maxShiftSamples;
        float[][] out = new float[c][t];
        for (int ch = 0; ch < c; ch++) {
            if (channelDropout > 0 && random.nextFloat() < channelDropout) {
                continue;
            }
            float[] src = window[ch];
            float[] dst = out[ch];
            for (int k = 0; k < t; k++) {
                int from = k - shift;
                float v = from >= 0 && from < t ? src[from] : 0f;
                dst[k] = noiseStd > 0 ? v + noiseStd * (float) random.nextGaussian() : v;
            }
        }
        return out;
    }
}
