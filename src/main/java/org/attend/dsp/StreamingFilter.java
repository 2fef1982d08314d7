package org.attend.dsp;

/**
 * A causal SOS filter over multichannel blocks that keeps its state between calls, so filtering a signal chunk by
 * chunk gives the same samples as filtering it whole. Equals {@code scipy.signal.sosfilt(sos, x)} per channel
 * (computed in double precision, stored back as float32). Not thread-safe: one instance per stream.
 */
public final class StreamingFilter {

    private final Sos sos;
    private final double[][][] state;
    private double[] buffer = new double[0];

    /**
     * @param sos          the filter
     * @param channelCount how many channels every block will have
     */
    public StreamingFilter(Sos sos, int channelCount) {
        if (channelCount < 1) {
            throw new IllegalArgumentException("a streaming filter needs at least one channel, got " + channelCount);
        }
        this.sos = sos;
        this.state = new double[channelCount][sos.sectionCount()][2];
    }

    public Sos sos() {
        return sos;
    }

    public int channelCount() {
        return state.length;
    }

    /**
     * Filters {@code data} ({@code [channel][sample]}) in place, continuing from the previous block.
     *
     * @throws IllegalArgumentException if the block's channel count differs from this filter's, or a sample is NaN
     *                                  or infinite (the block is then left untouched)
     */
    public void process(float[][] data) {
        if (data.length != state.length) {
            throw new IllegalArgumentException("block has " + data.length + " channels, filter was built for "
                    + state.length);
        }
        Finite.require(data, "streaming filter input");
        for (int c = 0; c < data.length; c++) {
            float[] channel = data[c];
            if (buffer.length < channel.length) {
                buffer = new double[channel.length];
            }
            for (int n = 0; n < channel.length; n++) {
                buffer[n] = channel[n];
            }
            SosKernel.filter(sos, buffer, channel.length, state[c]);
            for (int n = 0; n < channel.length; n++) {
                channel[n] = (float) buffer[n];
            }
        }
    }

    /** Forgets all history: the next block is filtered as if it were the start of the signal. */
    public void reset() {
        for (double[][] channel : state) {
            for (double[] section : channel) {
                section[0] = 0;
                section[1] = 0;
            }
        }
    }

    /**
     * Sets the state as if each channel had been constant at its first sample forever ({@code sosfilt_zi(sos) * x0},
     * as scipy's {@code sosfiltfilt} does), which avoids the start-up transient of a large DC offset.
     *
     * @param firstSamples one value per channel, normally the first sample of the first block
     */
    public void primeWith(float[] firstSamples) {
        if (firstSamples.length != state.length) {
            throw new IllegalArgumentException("priming needs one sample per channel (" + state.length + "), got "
                    + firstSamples.length);
        }
        for (int c = 0; c < firstSamples.length; c++) {
            if (!Float.isFinite(firstSamples[c])) {
                throw new IllegalArgumentException("priming sample of channel " + c + " is " + firstSamples[c]
                        + "; samples must be finite");
            }
        }
        for (int c = 0; c < state.length; c++) {
            state[c] = SosKernel.steadyState(sos, firstSamples[c]);
        }
    }
}
