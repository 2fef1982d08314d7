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
 * @param topomaps    class-average attention over the scalp, per decoder that reports attention
 * @param erds        ERD/ERS time–frequency maps per channel and class
 * @param timelines   pseudo-online sessions: probabilities, cues and commands over time
 */
public record ReportData(String title, Map<String, String> settings, List<String> metricNames, List<ScoreRow> scores,
                         List<RocInput> rocs, List<Confusion> confusions, List<Spectrum> spectra,
                         List<AttentionMap> attention, List<ClassTopomap> topomaps, List<TimeFrequency> erds,
                         List<Timeline> timelines) {

    /** A report without pseudo-online timelines. */
    public ReportData(String title, Map<String, String> settings, List<String> metricNames, List<ScoreRow> scores,
                      List<RocInput> rocs, List<Confusion> confusions, List<Spectrum> spectra,
                      List<AttentionMap> attention, List<ClassTopomap> topomaps, List<TimeFrequency> erds) {
        this(title, settings, metricNames, scores, rocs, confusions, spectra, attention, topomaps, erds, List.of());
    }

    /** A report without scalp maps or ERD/ERS maps. */
    public ReportData(String title, Map<String, String> settings, List<String> metricNames, List<ScoreRow> scores,
                      List<RocInput> rocs, List<Confusion> confusions, List<Spectrum> spectra,
                      List<AttentionMap> attention) {
        this(title, settings, metricNames, scores, rocs, confusions, spectra, attention, List.of(), List.of(),
                List.of());
    }

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

    /**
     * A decoder's attention per class, one value per electrode: the channel's attention summed over the window,
     * averaged over the decoded trials of the class.
     *
     * @param positions electrodes with a scalp position (channels without one are left out)
     * @param values    {@code [class][electrode]}, in the order of {@code classes} and {@code positions}
     */
    public record ClassTopomap(String decoder, List<String> classes, List<ScalpPosition> positions,
                               double[][] values) {
    }

    /**
     * Power change around the cue at one channel for one class (ERD negative, ERS positive).
     *
     * @param timesSeconds  window centres relative to the cue
     * @param frequenciesHz frequency bins
     * @param percent       {@code [time][frequency]}, percent of the pre-cue power
     * @param note          how it was averaged (subjects, trials)
     */
    public record TimeFrequency(String channel, String className, double[] timesSeconds, double[] frequenciesHz,
                                double[][] percent, String note) {
    }

    /**
     * One pseudo-online session of a decoder: class probabilities window by window, the cued trials and the
     * commands, on the session's clock.
     *
     * @param subject       subject id
     * @param decoder       decoder label
     * @param classes       class names of the probability rows
     * @param timesSeconds  each window's time
     * @param probabilities {@code [class][window]}
     * @param cues          each trial's class and onset, seconds
     * @param trialSeconds  length of a trial
     * @param commands      each command's class and time, seconds
     */
    public record Timeline(String subject, String decoder, List<String> classes, double[] timesSeconds,
                           float[][] probabilities, List<Event> cues, double trialSeconds, List<Event> commands) {
    }

    /** Something that happened at a time: a cue or a command. */
    public record Event(String label, double timeSeconds) {
    }
}
