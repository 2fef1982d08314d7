package org.attend.source;

import java.util.SplittableRandom;

/**
 * 1/f ("pink") noise, the broadband background of EEG, by Paul Kellet's refined filter bank of white noise
 * (±0.05 dB of −3 dB/octave over nine octaves below Nyquist).
 */
final class PinkNoise {

    /** RMS of the filter bank's output for unit-variance white input, to normalise amplitude. */
    private static final double UNIT_RMS = 3.05;

    private final double gain;
    private double b0;
    private double b1;
    private double b2;
    private double b3;
    private double b4;
    private double b5;
    private double b6;

    /** @param rms RMS amplitude of the output, microvolts */
    PinkNoise(double rms) {
        this.gain = rms / UNIT_RMS;
    }

    double next(SplittableRandom random) {
        double white = Resonator.gaussian(random);
        b0 = 0.99886 * b0 + white * 0.0555179;
        b1 = 0.99332 * b1 + white * 0.0750759;
        b2 = 0.96900 * b2 + white * 0.1538520;
        b3 = 0.86650 * b3 + white * 0.3104856;
        b4 = 0.55000 * b4 + white * 0.5329522;
        b5 = -0.7616 * b5 - white * 0.0168980;
        double pink = b0 + b1 + b2 + b3 + b4 + b5 + b6 + white * 0.5362;
        b6 = white * 0.115926;
        return pink * gain;
    }
}
