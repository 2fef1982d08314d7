package org.attend.nn;

import java.util.Arrays;

/**
 * What a network says about a batch (see {@link NetworkBlock} for the attention outputs).
 *
 * @param probabilities   {@code [trial][class]}, softmax of the logits
 * @param channelWeights  {@code [trial][channel]}, each row sums to 1; null if the network has none
 * @param timeWeights     {@code [trial][segment]}, each row sums to 1; segment {@code s} covers the samples of
 *                        the {@code s}-th of equal segments of the window; null if the network has none
 * @param bandTimeWeights {@code [trial][band][segment]}, summing to 1 per trial; null if the network has none
 */
public record NetOutput(float[][] probabilities, float[][] channelWeights, float[][] timeWeights,
                        float[][][] bandTimeWeights) {

    /**
     * The attention map of trial {@code i} as {@code [channel][sample]}: the outer product of the channel
     * weights and the time weights, each segment's weight spread evenly over the samples it covers (uniform
     * where the network gives no weights along an axis). The map sums to 1; null when the network has
     * neither kind of weight.
     */
    public float[][] attentionMap(int i, int channels, int samples) {
        if (channelWeights == null && timeWeights == null) {
            return null;
        }
        float[] cw = channelWeights != null ? channelWeights[i] : uniform(channels);
        float[] tw = timeWeights != null ? timeWeights[i] : uniform(1);
        int segments = tw.length;
        float[] perSample = new float[samples];
        for (int s = 0; s < segments; s++) {
            int from = (int) ((long) s * samples / segments);
            int to = (int) ((long) (s + 1) * samples / segments);
            for (int t = from; t < to; t++) {
                perSample[t] = tw[s] / (to - from);
            }
        }
        float[][] map = new float[cw.length][samples];
        for (int c = 0; c < cw.length; c++) {
            for (int t = 0; t < samples; t++) {
                map[c][t] = cw[c] * perSample[t];
            }
        }
        return map;
    }

    private static float[] uniform(int n) {
        float[] w = new float[n];
        Arrays.fill(w, 1f / n);
        return w;
    }
}
