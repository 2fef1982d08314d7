package org.attend.decode;

import java.util.List;

/**
 * The input a decoder accepts and the classes it predicts.
 *
 * @param channels      required channel labels, in the order the decoder sees them
 * @param sampleRateHz  sample rate of the windows
 * @param windowSeconds window length
 * @param bandLowHz     lower edge of the band-pass applied before the decoder
 * @param bandHighHz    upper edge of the band-pass applied before the decoder
 * @param classes       class names, in the order of the probabilities
 */
public record InputContract(List<String> channels, double sampleRateHz, double windowSeconds,
                            double bandLowHz, double bandHighHz, List<String> classes) {

    public InputContract {
        channels = List.copyOf(channels);
        classes = List.copyOf(classes);
        if (sampleRateHz <= 0 || windowSeconds <= 0) {
            throw new IllegalArgumentException("sample rate and window must be positive");
        }
        if (!(bandLowHz >= 0 && bandHighHz > bandLowHz && bandHighHz < sampleRateHz / 2)) {
            throw new IllegalArgumentException("band " + bandLowHz + "-" + bandHighHz
                    + " Hz must lie below Nyquist (" + sampleRateHz / 2 + " Hz)");
        }
        if (classes.size() < 2) {
            throw new IllegalArgumentException("a decoder needs at least two classes, got " + classes);
        }
    }

    /** Samples per window. */
    public int windowSamples() {
        return (int) Math.round(windowSeconds * sampleRateHz);
    }
}
