package org.attend.nn;

import java.util.List;

/**
 * Hyper-parameters of {@link AttendNet}; stored in the model card so that a saved model can be rebuilt.
 *
 * @param channels         electrodes in the input, in contract order
 * @param samples          samples per window
 * @param classes          number of classes
 * @param sampleRateHz     sample rate of the windows (sets the kernel lengths)
 * @param decimation       the input is average-pooled by this factor first (2 halves the cost of every
 *                         convolution; only where the band-pass ends below the reduced Nyquist frequency)
 * @param kernelSeconds    lengths of the parallel temporal convolutions, seconds (e.g. 0.5, 0.25, 0.125)
 * @param filtersPerScale  temporal filters per kernel length
 * @param depthMultiplier  spatial filters per temporal filter (depthwise convolution over electrodes)
 * @param embedding        features per temporal token (and width of the self-attention)
 * @param heads            self-attention heads; must divide {@code embedding}
 * @param dropout          dropout rate after each pooling stage and before the classifier
 */
public record AttendNetConfig(int channels, int samples, int classes, double sampleRateHz, int decimation,
                              List<Double> kernelSeconds, int filtersPerScale, int depthMultiplier,
                              int embedding, int heads, float dropout) {

    /** Pooling after the spatial convolution, then after the separable convolution (of the decimated input). */
    public static final int POOL_1 = 4;
    public static final int POOL_2 = 4;
    /** Length of the separable convolution over the once-pooled signal, seconds. */
    static final double SEPARABLE_SECONDS = 0.4;

    public AttendNetConfig {
        kernelSeconds = List.copyOf(kernelSeconds);
        if (channels < 1 || classes < 2 || sampleRateHz <= 0 || kernelSeconds.isEmpty()) {
            throw new IllegalArgumentException("network needs >= 1 channel, >= 2 classes, a positive rate "
                    + "and at least one kernel length");
        }
        if (decimation < 1 || samples < decimation * POOL_1 * POOL_2) {
            throw new IllegalArgumentException("window of " + samples + " samples is shorter than one token ("
                    + decimation * POOL_1 * POOL_2 + " samples) or decimation " + decimation + " < 1");
        }
        if (embedding % heads != 0) {
            throw new IllegalArgumentException(heads + " heads do not divide an embedding of " + embedding);
        }
    }

    /**
     * The shipped architecture for a window of {@code samples} at {@code sampleRateHz}, band-passed below
     * {@code bandHighHz}: the input is decimated by 2 where {@code sampleRateHz / 4 >= bandHighHz}.
     */
    public static AttendNetConfig standard(int channels, int samples, int classes, double sampleRateHz,
                                           double bandHighHz) {
        int decimation = sampleRateHz / 4 >= bandHighHz ? 2 : 1;
        return new AttendNetConfig(channels, samples, classes, sampleRateHz, decimation,
                List.of(0.5, 0.25, 0.125), 4, 2, 32, 4, 0.25f);
    }

    /** Rate the convolutions run at, after decimation. */
    public double internalRateHz() {
        return sampleRateHz / decimation;
    }

    /** Temporal kernel {@code i} in (decimated) samples, made odd so that "same" padding keeps the length. */
    public int kernelSamples(int i) {
        return oddSamples(kernelSeconds.get(i) * internalRateHz());
    }

    /** Separable kernel in samples at the once-pooled rate, odd. */
    public int separableSamples() {
        return oddSamples(SEPARABLE_SECONDS * internalRateHz() / POOL_1);
    }

    /** Temporal tokens the self-attention sees (each pooling floors). */
    public int tokens() {
        return samples / decimation / POOL_1 / POOL_2;
    }

    /** Feature maps after the multi-scale temporal convolution. */
    public int temporalMaps() {
        return filtersPerScale * kernelSeconds.size();
    }

    private static int oddSamples(double samples) {
        int n = Math.max(1, (int) Math.round(samples));
        return n % 2 == 0 ? n + 1 : n;
    }
}
