package org.attend.dsp;

/**
 * Second-order IIR notch (band-reject) filter, equal to
 * {@code scipy.signal.iirnotch(frequencyHz, quality, fs=sampleRateHz)} returned as one SOS section.
 */
public final class Notch {

    /** Quality factor used by the preprocessing chain: −3 dB width = frequency / 30 (about 1.7 Hz at 50 Hz). */
    public static final double DEFAULT_QUALITY = 30;

    private Notch() {
    }

    /**
     * @param frequencyHz  the frequency to remove, strictly between 0 and Nyquist
     * @param quality      {@code Q = frequency / (−3 dB bandwidth)}, positive
     * @param sampleRateHz sampling rate
     */
    public static Sos design(double frequencyHz, double quality, double sampleRateHz) {
        if (!(sampleRateHz > 0) || Double.isInfinite(sampleRateHz)) {
            throw new IllegalArgumentException("sample rate must be a positive number of Hz, got " + sampleRateHz);
        }
        if (!(frequencyHz > 0 && frequencyHz < sampleRateHz / 2)) {
            throw new IllegalArgumentException("notch frequency " + frequencyHz + " Hz must lie strictly between 0 and "
                    + "the Nyquist frequency " + sampleRateHz / 2 + " Hz");
        }
        if (!(quality > 0) || Double.isInfinite(quality)) {
            throw new IllegalArgumentException("notch quality factor must be positive, got " + quality);
        }
        // Same operation order as scipy's _design_notch_peak_filter so the coefficients agree to rounding.
        double w0 = 2 * frequencyHz / sampleRateHz;
        double bw = w0 / quality * Math.PI;
        double gb = 1 / Math.sqrt(2);
        double beta = (Math.sqrt(1.0 - Math.pow(gb, 2.0)) / gb) * Math.tan(bw / 2.0);
        double gain = 1.0 / (1.0 + beta);
        double cos = Math.cos(w0 * Math.PI);
        return new Sos(new double[][] {{gain, gain * (-2.0 * cos), gain, 1.0, -2.0 * gain * cos, 2.0 * gain - 1.0}});
    }
}
