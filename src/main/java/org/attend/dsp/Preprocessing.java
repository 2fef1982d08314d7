package org.attend.dsp;

import java.util.Locale;

/**
 * The whole preprocessing of a decoder's input, independent of the sample rate, as a model card stores it:
 * re-reference, mains notch, band-pass design and whether filtering is causal. Training epochs, evaluation
 * epochs and live windows are all produced from this one description: {@link #streaming} gives the chain the
 * real-time engine runs chunk by chunk, {@link #applyToRun} the same chain over a whole recorded run, so that an
 * epoch cut from a filtered run equals the window cut live at the same samples.
 *
 * @param reference     {@value #NO_REFERENCE} or {@value #COMMON_AVERAGE} (over every channel of the stream)
 * @param notchHz       mains notch frequency, 0 for none
 * @param notchHarmonic whether {@code 2 × notchHz} is notched too (when below Nyquist)
 * @param design        band-pass design; {@value #BUTTERWORTH} is the one Attend builds
 * @param order         Butterworth order (the band-pass has twice as many poles)
 * @param bandLowHz     lower −3 dB edge
 * @param bandHighHz    upper −3 dB edge
 * @param causal        true: filtered forward only, with state carried across chunks (what a live stream can
 *                      do); false: zero phase (forward-backward over the whole run), offline research only
 */
public record Preprocessing(String reference, double notchHz, boolean notchHarmonic, String design, int order,
                            double bandLowHz, double bandHighHz, boolean causal) {

    public static final String NO_REFERENCE = "none";
    public static final String COMMON_AVERAGE = "common-average";
    public static final String BUTTERWORTH = "butterworth";

    public Preprocessing {
        if (!NO_REFERENCE.equals(reference) && !COMMON_AVERAGE.equals(reference)) {
            throw new IllegalArgumentException("reference '" + reference + "' is not " + NO_REFERENCE + " or "
                    + COMMON_AVERAGE);
        }
        if (!BUTTERWORTH.equals(design)) {
            throw new IllegalArgumentException("filter design '" + design + "' is not " + BUTTERWORTH);
        }
        if (!(notchHz >= 0) || !(bandLowHz >= 0 && bandHighHz > bandLowHz)) {
            throw new IllegalArgumentException("notch must be >= 0 Hz and the band " + bandLowHz + "-" + bandHighHz
                    + " Hz non-empty");
        }
    }

    /** A causal Butterworth band-pass of order {@value PreprocessorSpec#DEFAULT_ORDER}, no notch, no reference. */
    public static Preprocessing bandpass(double bandLowHz, double bandHighHz) {
        return new Preprocessing(NO_REFERENCE, 0, false, BUTTERWORTH, PreprocessorSpec.DEFAULT_ORDER, bandLowHz,
                bandHighHz, true);
    }

    /** The same chain with another notch (0: none). */
    public Preprocessing withNotch(double hz) {
        return new Preprocessing(reference, hz, notchHarmonic, design, order, bandLowHz, bandHighHz, causal);
    }

    /** The same chain with another band. */
    public Preprocessing withBand(double lowHz, double highHz) {
        return new Preprocessing(reference, notchHz, notchHarmonic, design, order, lowHz, highHz, causal);
    }

    /** The same chain, causal or zero phase. */
    public Preprocessing withCausal(boolean isCausal) {
        return new Preprocessing(reference, notchHz, notchHarmonic, design, order, bandLowHz, bandHighHz, isCausal);
    }

    /** The same chain with another Butterworth order. */
    public Preprocessing withOrder(int butterworthOrder) {
        return new Preprocessing(reference, notchHz, notchHarmonic, design, butterworthOrder, bandLowHz, bandHighHz,
                causal);
    }

    /** Whether the channels are re-referenced to their common average first. */
    public boolean commonAverage() {
        return COMMON_AVERAGE.equals(reference);
    }

    /**
     * The filters designed at a sample rate, which checks that band and notch lie below Nyquist.
     *
     * @throws IllegalArgumentException naming the value that does not fit the rate
     */
    public PreprocessorSpec at(double sampleRateHz) {
        return new PreprocessorSpec(sampleRateHz, bandLowHz, bandHighHz, order, notchHz, commonAverage(),
                notchHarmonic);
    }

    /**
     * The chain the real-time engine runs on a stream of {@code channelCount} channels. It is always causal:
     * a zero-phase description ({@code causal == false}) has no live equivalent, and the caller decides whether
     * to accept that difference (see {@link #causal()}).
     */
    public StreamingPreprocessor streaming(double sampleRateHz, int channelCount) {
        return StreamingPreprocessor.of(at(sampleRateHz), channelCount);
    }

    /**
     * The chain over a whole run {@code [channel][sample]} (µV), as a new array. Causal: exactly what
     * {@link #streaming} does to the same samples delivered in chunks (first sample primes the state);
     * zero phase: {@link StreamingPreprocessor#applyOffline}. Pass every channel of the recording when the
     * reference is the common average, as the live stream does.
     */
    public float[][] applyToRun(float[][] data, double sampleRateHz) {
        StreamingPreprocessor chain = streaming(sampleRateHz, data.length);
        if (!causal) {
            return chain.applyOffline(data);
        }
        float[][] copy = new float[data.length][];
        for (int c = 0; c < data.length; c++) {
            copy[c] = data[c].clone();
        }
        chain.process(copy);
        return copy;
    }

    /** One line for logs and model cards, e.g. {@code causal butterworth-4 8-30 Hz, notch 50 Hz, no reference}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s %s-%d %s-%s Hz, %s, reference %s", causal ? "causal" : "zero-phase",
                design, order, trim(bandLowHz), trim(bandHighHz),
                notchHz == 0 ? "no notch" : "notch " + trim(notchHz) + " Hz" + (notchHarmonic ? " and harmonic" : ""),
                reference);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
