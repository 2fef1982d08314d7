package org.attend.report;

import java.util.List;
import java.util.Map;

/**
 * Everything an evaluation report shows, as plain values.
 *
 * @param title       report title
 * @param settings    what was evaluated (dataset, paradigm, scheme, seed, command), shown as a table
 * @param metricNames metric columns, in order; the first is the one charted per subject
 * @param scores      one row per subject × decoder
 * @param rocs        pooled out-of-fold scores per decoder (two classes), for ROC curves
 * @param confusions  pooled confusion matrix per decoder
 * @param spectra     class-average spectra per channel
 * @param attention   mean attention maps of decoders that report attention
 */
public record ReportData(String title, Map<String, String> settings, List<String> metricNames, List<ScoreRow> scores,
                         List<RocInput> rocs, List<Confusion> confusions, List<Spectrum> spectra,
                         List<AttentionMap> attention) {

    /**
     * Scores of one decoder on one subject.
     *
     * @param metrics values by metric name (NaN when undefined)
     */
    public record ScoreRow(String subject, String decoder, Map<String, Double> metrics) {
    }

    /**
     * Scores for the positive class and true labels (1 = positive) of every decoded trial of a decoder.
     */
    public record RocInput(String decoder, double[] scores, int[] labels) {
    }

    /** A confusion matrix {@code [true][predicted]}. */
    public record Confusion(String decoder, List<String> classes, long[][] counts) {
    }

    /** Mean PSD of one class at one channel, µV²/Hz. */
    public record Spectrum(String channel, String className, double[] frequenciesHz, double[] density) {
    }

    /**
     * Mean attention of a decoder, {@code [channel][time step]}.
     *
     * @param secondsPerStep duration of one time step
     */
    public record AttentionMap(String decoder, List<String> channels, float[][] values, double secondsPerStep) {
    }
}
