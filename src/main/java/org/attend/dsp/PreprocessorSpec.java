package org.attend.dsp;

/**
 * What the preprocessing chain does, checked up front so a bad session fails before the first sample: optional
 * common-average reference, then an optional mains notch (and its harmonic), then a Butterworth band-pass.
 *
 * @param sampleRateHz  stream sampling rate
 * @param bandLowHz     lower −3 dB edge of the band-pass
 * @param bandHighHz    upper −3 dB edge of the band-pass, below Nyquist
 * @param order         Butterworth order (the band-pass has twice as many poles), {@value #DEFAULT_ORDER} usually
 * @param notchHz       mains frequency to notch out (normally 50 or 60), or 0 for no notch
 * @param commonAverage whether to subtract the mean over channels first
 * @param notchHarmonic whether to notch {@code 2 × notchHz} too, when it is below Nyquist
 */
public record PreprocessorSpec(double sampleRateHz, double bandLowHz, double bandHighHz, int order, double notchHz,
                               boolean commonAverage, boolean notchHarmonic) {

    /** The usual band-pass order for EEG rhythms. */
    public static final int DEFAULT_ORDER = 4;

    public PreprocessorSpec {
        // Design both filters once here: their own checks give the precise message for any bad value.
        Butterworth.bandpass(order, bandLowHz, bandHighHz, sampleRateHz);
        if (notchHz != 0) {
            Notch.design(notchHz, Notch.DEFAULT_QUALITY, sampleRateHz);
        }
    }

    /** A spec without the harmonic notch. */
    public PreprocessorSpec(double sampleRateHz, double bandLowHz, double bandHighHz, int order, double notchHz,
                            boolean commonAverage) {
        this(sampleRateHz, bandLowHz, bandHighHz, order, notchHz, commonAverage, false);
    }

    /** Band-pass only, order {@value #DEFAULT_ORDER}, no notch, no re-reference. */
    public static PreprocessorSpec bandpass(double sampleRateHz, double bandLowHz, double bandHighHz) {
        return new PreprocessorSpec(sampleRateHz, bandLowHz, bandHighHz, DEFAULT_ORDER, 0, false, false);
    }

    /** The cascade this spec describes: notch (quality {@value Notch#DEFAULT_QUALITY}), harmonic notch, band-pass. */
    public Sos filter() {
        Sos bandpass = Butterworth.bandpass(order, bandLowHz, bandHighHz, sampleRateHz);
        if (notchHz == 0) {
            return bandpass;
        }
        Sos notches = Notch.design(notchHz, Notch.DEFAULT_QUALITY, sampleRateHz);
        if (notchHarmonic && 2 * notchHz < sampleRateHz / 2) {
            notches = notches.then(Notch.design(2 * notchHz, Notch.DEFAULT_QUALITY, sampleRateHz));
        }
        return notches.then(bandpass);
    }
}
