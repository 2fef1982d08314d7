package org.attend.experiment;

import java.util.ArrayList;
import java.util.List;
import org.attend.decode.LabeledEpochs;
import org.attend.dsp.Psd;
import org.attend.dsp.Welch;
import org.attend.stream.ChannelLayout;

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

    /** Sensorimotor channels whose class spectra the report shows (when the recording has them). */
    public static final List<String> SPECTRUM_CHANNELS = List.of("C3", "C4");

    /**
     * Summarises a subject's trials; spectra are Welch PSDs (1 s Hann segments, half overlap) averaged over
     * the trials of each class.
     */
    public static SubjectSummary of(String key, SubjectEpochs epochs, int[] folds) {
        LabeledEpochs e = epochs.epochs();
        ChannelLayout layout = new ChannelLayout(e.channels());
        int samples = e.data()[0][0].length;
        int segment = Math.min(samples, (int) Math.round(e.sampleRateHz()));
        List<ClassSpectrum> spectra = new ArrayList<>();
        for (String channel : SPECTRUM_CHANNELS) {
            int c = layout.indexOf(channel);
            if (c < 0) {
                continue;
            }
            for (int k = 0; k < e.classes().size(); k++) {
                double[] sum = null;
                double[] freqs = null;
                int n = 0;
                for (int i = 0; i < e.size(); i++) {
                    if (e.labels()[i] != k) {
                        continue;
                    }
                    Psd psd = Welch.psd(e.data()[i][c], e.sampleRateHz(), segment, segment / 2);
                    if (sum == null) {
                        sum = new double[psd.binCount()];
                        freqs = psd.frequenciesHz();
                    }
                    double[] d = psd.density();
                    for (int b = 0; b < d.length; b++) {
                        sum[b] += d[b];
                    }
                    n++;
                }
                if (n > 0) {
                    for (int b = 0; b < sum.length; b++) {
                        sum[b] /= n;
                    }
                    spectra.add(new ClassSpectrum(channel, e.classes().get(k), freqs, sum));
                }
            }
        }
        return new SubjectSummary(key, epochs.subject(), e.labels(), epochs.runs(), folds, spectra);
    }

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
