package org.attend.nn;

/**
 * What {@link AttendNet} says about a batch.
 *
 * @param probabilities  {@code [trial][class]}, softmax of the logits
 * @param channelWeights {@code [trial][channel]}, each row sums to 1
 * @param timeWeights    {@code [trial][token]}, each row sums to 1; token {@code s} covers the samples of
 *                       the {@code s}-th of {@code tokens} equal segments of the window
 */
public record NetOutput(float[][] probabilities, float[][] channelWeights, float[][] timeWeights) {

    /**
     * The attention map of trial {@code i} as {@code [channel][sample]}: the outer product of the channel
     * weights and the time weights, each token's weight spread evenly over the samples it covers. The map
     * sums to 1.
     */
    public float[][] attentionMap(int i, int samples) {
        float[] cw = channelWeights[i];
        float[] tw = timeWeights[i];
        int tokens = tw.length;
        float[] perSample = new float[samples];
        for (int s = 0; s < tokens; s++) {
            int from = (int) ((long) s * samples / tokens);
            int to = (int) ((long) (s + 1) * samples / tokens);
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
}
