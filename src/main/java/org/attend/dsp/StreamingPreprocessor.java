package org.attend.dsp;

/**
 * The causal chain the real-time engine applies to every chunk, in place: common-average reference (optional),
 * then the cascade of {@link PreprocessorSpec#filter()} (notch, harmonic notch, band-pass) with state carried
 * across chunks. The first chunk primes the filter state with its first sample ({@code sosfilt_zi * x0}), so a
 * large electrode DC offset does not ring through the band-pass at start-up.
 *
 * <p>Per channel this equals {@code scipy.signal.sosfilt(spec_sos, car(x), zi=sosfilt_zi(spec_sos) * car(x)[0])}
 * with {@code spec_sos = np.vstack([notch, harmonic notch, bandpass])}. {@link #applyOffline} is the zero-phase
 * counterpart for offline research. Not thread-safe: one instance per stream.
 */
public final class StreamingPreprocessor {

    private final PreprocessorSpec spec;
    private final StreamingFilter filter;
    private boolean primed;

    private StreamingPreprocessor(PreprocessorSpec spec, int channelCount) {
        this.spec = spec;
        this.filter = new StreamingFilter(spec.filter(), channelCount);
    }

    /** A fresh chain for a stream of {@code channelCount} channels. */
    public static StreamingPreprocessor of(PreprocessorSpec spec, int channelCount) {
        return new StreamingPreprocessor(spec, channelCount);
    }

    public PreprocessorSpec spec() {
        return spec;
    }

    /**
     * Preprocesses one chunk {@code [channel][sample]} (µV) in place, continuing from the previous chunk.
     *
     * @throws IllegalArgumentException if the channel count is wrong or a sample is NaN or infinite (chunk untouched)
     */
    public void process(float[][] chunk) {
        if (chunk.length != filter.channelCount()) {
            throw new IllegalArgumentException("chunk has " + chunk.length + " channels, preprocessor was built for "
                    + filter.channelCount());
        }
        // One pass re-references, primes and filters; every sample is checked before re-referencing, which would
        // spread one bad channel's NaN to all channels.
        filter.process(chunk, spec.commonAverage(), !primed, "preprocessor input");
        primed |= chunk[0].length > 0;
    }

    /** Forgets all history; the next chunk primes the filters again. */
    public void reset() {
        filter.reset();
        primed = false;
    }

    /**
     * The offline, zero-phase version of the same chain: common-average reference (optional), then
     * {@code scipy.signal.sosfiltfilt(spec_sos, x)} per channel. Leaves {@code data} untouched and returns new arrays.
     *
     * @throws IllegalArgumentException if the recording is shorter than the filter's padding
     */
    public float[][] applyOffline(float[][] data) {
        float[][] copy = new float[data.length][];
        for (int c = 0; c < data.length; c++) {
            copy[c] = data[c].clone();
        }
        Finite.require(copy, "offline preprocessor input");
        if (spec.commonAverage()) {
            Reference.commonAverage(copy);
        }
        return ZeroPhaseFilter.apply(filter.sos(), copy);
    }
}
