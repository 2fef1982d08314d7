package org.attend.nn;

/**
 * What a network is built for: the window it reads and the classes it tells apart.
 *
 * @param channels     electrodes in the input, in contract order
 * @param classes      number of classes
 * @param samples      samples per window
 * @param sampleRateHz sample rate of the windows
 * @param bandLowHz    lower edge of the band-pass the windows went through
 * @param bandHighHz   upper edge of that band-pass
 */
public record NetworkShape(int channels, int classes, int samples, double sampleRateHz, double bandLowHz,
                           double bandHighHz) {

    public NetworkShape {
        if (channels < 1 || classes < 2 || samples < 1 || !(sampleRateHz > 0)) {
            throw new IllegalArgumentException("a network needs >= 1 channel, >= 2 classes, >= 1 sample and a "
                    + "positive rate, got " + channels + ", " + classes + ", " + samples + ", " + sampleRateHz);
        }
        if (!(bandLowHz >= 0 && bandHighHz > bandLowHz && bandHighHz <= sampleRateHz / 2)) {
            throw new IllegalArgumentException("band " + bandLowHz + "-" + bandHighHz + " Hz is empty or above "
                    + "Nyquist (" + sampleRateHz / 2 + " Hz)");
        }
    }
}
