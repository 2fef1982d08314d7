package org.attend.source;

import java.util.SplittableRandom;

/**
 * Narrow-band noise: white noise through a two-pole resonator, the usual model of an EEG rhythm (alpha, mu,
 * beta) whose amplitude waxes and wanes on its own. Output has the requested RMS amplitude.
 */
final class Resonator {

    private final double a1;
    private final double a2;
    private final double drive;
    private double y1;
    private double y2;

    /**
     * @param centreHz     peak frequency
     * @param bandwidthHz  approximate −3 dB bandwidth
     * @param rms          RMS amplitude of the output, microvolts
     * @param sampleRateHz sample rate
     */
    Resonator(double centreHz, double bandwidthHz, double rms, double sampleRateHz) {
        double r = Math.exp(-Math.PI * bandwidthHz / sampleRateHz);
        double w = 2 * Math.PI * centreHz / sampleRateHz;
        a1 = 2 * r * Math.cos(w);
        a2 = -r * r;
        // stationary variance of y[n] = a1 y[n-1] + a2 y[n-2] + e[n] for unit-variance e
        double variance = (1 - a2) / ((1 + a2) * ((1 - a2) * (1 - a2) - a1 * a1));
        drive = rms / Math.sqrt(variance);
    }

    double next(SplittableRandom random) {
        double y = a1 * y1 + a2 * y2 + drive * gaussian(random);
        y2 = y1;
        y1 = y;
        return y;
    }

    static double gaussian(SplittableRandom random) {
        // Box-Muller; SplittableRandom has no nextGaussian in Java 17
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
