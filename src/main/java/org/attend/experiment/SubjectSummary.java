package org.attend.experiment;

import java.util.List;

/**
 * What the report shows about a subject's data, independent of decoders: its trials and their folds, and
 * class-average spectra over the sensorimotor channels.
 *
 * @param key     the evaluation key it was computed for
 * @param subject subject id
 * @param labels  class of each trial, in epoching order
 * @param runs    run of each trial
 * @param folds   within-session test fold of each trial, or null for other schemes
 * @param spectra class-average power spectral densities
 */
public record SubjectSummary(String key, String subject, int[] labels, String[] runs, int[] folds,
                             List<ClassSpectrum> spectra) {

    /**
     * The average PSD of one class over one channel.
     *
     * @param channel      channel label, e.g. {@code C3}
     * @param className    class name
     * @param frequenciesHz frequency of each bin
     * @param density      mean power spectral density, µV²/Hz
     */
    public record ClassSpectrum(String channel, String className, double[] frequenciesHz, double[] density) {
    }
}
