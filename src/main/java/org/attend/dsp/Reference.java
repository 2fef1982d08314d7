package org.attend.dsp;

/** Re-referencing of {@code [channel][sample]} EEG. */
public final class Reference {

    private Reference() {
    }

    /**
     * Common average reference, in place: at every sample, subtracts the mean over all channels (computed in double
     * precision), so the channels then sum to zero. Equals {@code x - x.mean(axis=0)} in numpy.
     *
     * @throws IllegalArgumentException if the channels differ in length
     */
    public static void commonAverage(float[][] data) {
        if (data.length == 0) {
            return;
        }
        int samples = data[0].length;
        for (int c = 1; c < data.length; c++) {
            if (data[c].length != samples) {
                throw new IllegalArgumentException("channel " + c + " has " + data[c].length
                        + " samples, channel 0 has " + samples);
            }
        }
        // Channel by channel over all samples (rather than sample by sample over channels): the same sums in the
        // same order, but each inner loop runs over contiguous samples, which the JIT vectorises.
        double[] mean = new double[samples];
        for (float[] channel : data) {
            for (int n = 0; n < samples; n++) {
                mean[n] += channel[n];
            }
        }
        for (int n = 0; n < samples; n++) {
            mean[n] /= data.length;
        }
        for (float[] channel : data) {
            for (int n = 0; n < samples; n++) {
                channel[n] = (float) (channel[n] - mean[n]);
            }
        }
    }
}
