package org.attend.dsp;

import java.util.Arrays;

/**
 * A one-sided power spectral density.
 *
 * @param frequenciesHz bin frequencies, ascending from 0 Hz
 * @param density       power per bin, µV²/Hz for µV input
 */
public record Psd(double[] frequenciesHz, double[] density) {

    public Psd {
        if (frequenciesHz.length != density.length) {
            throw new IllegalArgumentException(frequenciesHz.length + " frequencies but " + density.length
                    + " density values");
        }
        frequenciesHz = frequenciesHz.clone();
        density = density.clone();
    }

    /** A copy of the bin frequencies, Hz. */
    @Override
    public double[] frequenciesHz() {
        return frequenciesHz.clone();
    }

    /** A copy of the density values. */
    @Override
    public double[] density() {
        return density.clone();
    }

    public int binCount() {
        return density.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Psd that && Arrays.equals(frequenciesHz, that.frequenciesHz)
                && Arrays.equals(density, that.density);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(frequenciesHz) + Arrays.hashCode(density);
    }

    @Override
    public String toString() {
        return "Psd[" + density.length + " bins, 0.." + (density.length == 0 ? 0 : frequenciesHz[density.length - 1])
                + " Hz]";
    }
}
