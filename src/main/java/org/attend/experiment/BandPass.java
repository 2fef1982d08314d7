package org.attend.experiment;

/** A zero-phase band-pass applied to a whole run before it is cut into epochs (as MOABB filters raw data). */
@FunctionalInterface
public interface BandPass {

    /**
     * The band-passed copy of {@code data}.
     *
     * @param data {@code [channel][sample]}
     */
    float[][] apply(float[][] data, double sampleRateHz, double lowHz, double highHz);
}
