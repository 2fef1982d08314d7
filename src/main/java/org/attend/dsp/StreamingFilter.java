package org.attend.dsp;

import java.util.Arrays;

/**
 * A causal SOS filter over multichannel blocks that keeps its state between calls, so filtering a signal chunk by
 * chunk gives the same samples as filtering it whole. Equals {@code scipy.signal.sosfilt(sos, x)} per channel
 * (computed in double precision, stored back as float32). Not thread-safe: one instance per stream.
 *
 * <p>The channels are independent, so a block is copied sample-major (one {@code double[channel]} row per sample)
 * and each section runs its recurrence for all channels at once: the innermost loop walks the channels of one row,
 * which the JIT compiles to SIMD instructions (a row per sample matters: with one flat array and a computed offset
 * per sample, C2 leaves the loop scalar). Each channel sees exactly the arithmetic of {@link SosKernel#filter}, in
 * the same order, so the result is bit-identical to filtering the channels one at a time. Copying in and out
 * (the transposition) is the larger part of the cost at EEG channel counts.
 */
public final class StreamingFilter {

    /** Samples copied and filtered at a time: the rows of one block stay in the L1/L2 cache. */
    private static final int BLOCK_SAMPLES = 128;

    private final Sos sos;
    private final int channels;
    /** {@code z0[section][channel]} and {@code z1[section][channel]}: the direct form II transposed state. */
    private final double[][] z0;
    private final double[][] z1;
    /** The block being filtered, {@code rows[sample][channel]}; grown on demand up to {@link #BLOCK_SAMPLES}. */
    private double[][] rows = new double[0][];
    /** The per-sample channel sums of the common-average reference. */
    private final double[] sums = new double[BLOCK_SAMPLES];

    /**
     * @param sos          the filter
     * @param channelCount how many channels every block will have
     */
    public StreamingFilter(Sos sos, int channelCount) {
        if (channelCount < 1) {
            throw new IllegalArgumentException("a streaming filter needs at least one channel, got " + channelCount);
        }
        this.sos = sos;
        this.channels = channelCount;
        this.z0 = new double[sos.sectionCount()][channelCount];
        this.z1 = new double[sos.sectionCount()][channelCount];
    }

    public Sos sos() {
        return sos;
    }

    public int channelCount() {
        return channels;
    }

    /**
     * Filters {@code data} ({@code [channel][sample]}) in place, continuing from the previous block.
     *
     * @throws IllegalArgumentException if the block's channel count differs from this filter's, its channels differ
     *                                  in length, or a sample is NaN or infinite (the block and the state are then
     *                                  left untouched)
     */
    public void process(float[][] data) {
        process(data, false, false, "streaming filter input");
    }

    /**
     * The preprocessor's entry: optionally re-references every sample to the common average first (as
     * {@link Reference#commonAverage}, but kept in double precision rather than rounded to float32 in between), and
     * optionally primes the state from the first re-referenced sample ({@link #primeWith}), all in the one pass that
     * copies the block.
     *
     * @param what names the input in the error for a non-finite sample
     */
    void process(float[][] data, boolean commonAverage, boolean primeFromFirst, String what) {
        if (data.length != channels) {
            throw new IllegalArgumentException("block has " + data.length + " channels, filter was built for "
                    + channels);
        }
        int samples = data[0].length;
        for (int c = 1; c < channels; c++) {
            if (data[c].length != samples) {
                throw new IllegalArgumentException("block channel " + c + " has " + data[c].length
                        + " samples, channel 0 has " + samples);
            }
        }
        boolean checkedAlready = samples > BLOCK_SAMPLES;
        if (checkedAlready) {
            // The block is filtered in parts; every sample is checked before the first part changes the state.
            Finite.require(data, what);
        }
        for (int start = 0; start < samples; start += BLOCK_SAMPLES) {
            int length = Math.min(BLOCK_SAMPLES, samples - start);
            gather(data, start, length, commonAverage, !checkedAlready, what);
            if (commonAverage) {
                commonAverage(length);
            }
            if (primeFromFirst && start == 0) {
                primeWith(rows[0]);
            }
            for (int s = 0; s < z0.length; s++) {
                section(s, length);
            }
            scatter(data, start, length);
        }
    }

    /**
     * Copies samples {@code start ..} of the block into {@link #rows} (and their channel sums into {@link #sums}),
     * four channels at a time: a quarter of the row look-ups and loop overhead of a plain transposition.
     */
    private void gather(float[][] data, int start, int length, boolean sumChannels, boolean check, String what) {
        if (rows.length < length) {
            double[][] grown = Arrays.copyOf(rows, Math.min(BLOCK_SAMPLES, Math.max(length, 2 * rows.length)));
            for (int n = rows.length; n < grown.length; n++) {
                grown[n] = new double[channels];
            }
            rows = grown;
        }
        double[][] r = rows;
        double[] sum = sums;
        Arrays.fill(sum, 0, length, 0);
        boolean finite = true;
        int c = 0;
        for (; c + 4 <= channels; c += 4) {
            float[] x0 = data[c];
            float[] x1 = data[c + 1];
            float[] x2 = data[c + 2];
            float[] x3 = data[c + 3];
            for (int n = 0; n < length; n++) {
                float v0 = x0[start + n];
                float v1 = x1[start + n];
                float v2 = x2[start + n];
                float v3 = x3[start + n];
                finite &= Float.isFinite(v0) & Float.isFinite(v1) & Float.isFinite(v2) & Float.isFinite(v3);
                double[] row = r[n];
                row[c] = v0;
                row[c + 1] = v1;
                row[c + 2] = v2;
                row[c + 3] = v3;
                if (sumChannels) {
                    sum[n] += ((double) v0 + v1) + ((double) v2 + v3);
                }
            }
        }
        for (; c < channels; c++) {
            float[] x = data[c];
            for (int n = 0; n < length; n++) {
                float v = x[start + n];
                finite &= Float.isFinite(v);
                r[n][c] = v;
                if (sumChannels) {
                    sum[n] += v;
                }
            }
        }
        if (check && !finite) {
            Finite.require(data, what);
        }
    }

    /** Subtracts the mean over channels from every sample, in double precision. */
    private void commonAverage(int length) {
        for (int n = 0; n < length; n++) {
            double mean = sums[n] / channels;
            double[] row = rows[n];
            for (int c = 0; c < channels; c++) {
                row[c] -= mean;
            }
        }
    }

    /** One section over the block, in place; the loop over channels is the one the JIT vectorises. */
    private void section(int s, int length) {
        double b0 = sos.coefficient(s, 0);
        double b1 = sos.coefficient(s, 1);
        double b2 = sos.coefficient(s, 2);
        double a1 = sos.coefficient(s, 4);
        double a2 = sos.coefficient(s, 5);
        double[] za = z0[s];
        double[] zb = z1[s];
        for (int n = 0; n < length; n++) {
            double[] row = rows[n];
            for (int c = 0; c < channels; c++) {
                double in = row[c];
                double out = b0 * in + za[c];
                za[c] = b1 * in - a1 * out + zb[c];
                zb[c] = b2 * in - a2 * out;
                row[c] = out;
            }
        }
    }

    private void scatter(float[][] data, int start, int length) {
        double[][] r = rows;
        int c = 0;
        for (; c + 4 <= channels; c += 4) {
            float[] x0 = data[c];
            float[] x1 = data[c + 1];
            float[] x2 = data[c + 2];
            float[] x3 = data[c + 3];
            for (int n = 0; n < length; n++) {
                double[] row = r[n];
                x0[start + n] = (float) row[c];
                x1[start + n] = (float) row[c + 1];
                x2[start + n] = (float) row[c + 2];
                x3[start + n] = (float) row[c + 3];
            }
        }
        for (; c < channels; c++) {
            float[] x = data[c];
            for (int n = 0; n < length; n++) {
                x[start + n] = (float) r[n][c];
            }
        }
    }

    /** Forgets all history: the next block is filtered as if it were the start of the signal. */
    public void reset() {
        for (int s = 0; s < z0.length; s++) {
            Arrays.fill(z0[s], 0);
            Arrays.fill(z1[s], 0);
        }
    }

    /**
     * Sets the state as if each channel had been constant at its first sample forever ({@code sosfilt_zi(sos) * x0},
     * as scipy's {@code sosfiltfilt} does), which avoids the start-up transient of a large DC offset.
     *
     * @param firstSamples one value per channel, normally the first sample of the first block
     */
    public void primeWith(float[] firstSamples) {
        if (firstSamples.length != channels) {
            throw new IllegalArgumentException("priming needs one sample per channel (" + channels + "), got "
                    + firstSamples.length);
        }
        double[] levels = new double[channels];
        for (int c = 0; c < channels; c++) {
            if (!Float.isFinite(firstSamples[c])) {
                throw new IllegalArgumentException("priming sample of channel " + c + " is " + firstSamples[c]
                        + "; samples must be finite");
            }
            levels[c] = firstSamples[c];
        }
        primeWith(levels);
    }

    private void primeWith(double[] levels) {
        for (int c = 0; c < channels; c++) {
            double[][] zi = SosKernel.steadyState(sos, levels[c]);
            for (int s = 0; s < z0.length; s++) {
                z0[s][c] = zi[s][0];
                z1[s][c] = zi[s][1];
            }
        }
    }
}
