package org.attend.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.attend.report.HtmlReport;
import org.attend.report.ReportData;
import org.attend.report.ScalpPosition;
import org.attend.source.DeviceProfiles;
import org.attend.source.Electrode;
import org.attend.source.Montage;

/**
 * Turns an evaluation's outcome into the plain values of a {@link ReportData} (pooled confusion matrices, ROC
 * inputs, mean attention and class scalp maps, class spectra, ERD/ERS maps, grid rankings) and writes the HTML
 * report.
 */
public final class EvaluationReport {

    private EvaluationReport() {
    }

    /**
     * Writes {@code report.html} and charts into the plan's output folder.
     *
     * @param command  the command line, shown in the report's settings
     * @param profiles the device profiles that place the electrodes of the scalp maps
     * @return the report file
     */
    public static Path write(Evaluation.Plan plan, Evaluation.Outcome outcome, String command,
                             DeviceProfiles profiles) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("dataset", plan.dataset().name());
        settings.put("subjects", String.join(", ", plan.subjects()));
        settings.putAll(describe(plan.paradigm()));
        settings.put("scheme", describe(plan.scheme()));
        settings.put("seed", Long.toString(plan.seed()));
        settings.put("command", command);
        settings.put("roc_auc", "mean over splits of each split's ROC-AUC; other metrics from the pooled "
                + "confusion matrix of all decoded trials");
        settings.putAll(gridRankings(outcome.cells()));
        List<ReportData.ScoreRow> rows = new ArrayList<>();
        Map<String, List<CellResult>> byDecoder = new LinkedHashMap<>();
        for (CellResult c : outcome.cells()) {
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (String m : ResultTables.metricNames()) {
                metrics.put(m, ResultTables.metric(c, m));
            }
            rows.add(new ReportData.ScoreRow(c.subject(), c.decoder(), metrics));
            byDecoder.computeIfAbsent(c.decoder(), d -> new ArrayList<>()).add(c);
        }
        List<ReportData.RocInput> rocs = new ArrayList<>();
        List<ReportData.Confusion> confusions = new ArrayList<>();
        List<ReportData.AttentionMap> attention = new ArrayList<>();
        List<ReportData.ClassTopomap> topomaps = new ArrayList<>();
        byDecoder.forEach((decoder, cells) -> {
            int k = cells.get(0).classes().size();
            long[][] counts = new long[k][k];
            List<Double> scores = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            for (CellResult c : cells) {
                for (int t = 0; t < k; t++) {
                    for (int p = 0; p < k; p++) {
                        counts[t][p] += c.confusion()[t][p];
                    }
                }
                for (int i = 0; i < c.labels().length && k == 2; i++) {
                    scores.add(c.probabilities()[i][1]);
                    labels.add(c.labels()[i]);
                }
            }
            confusions.add(new ReportData.Confusion(decoder, cells.get(0).classes(), counts));
            if (k == 2) {
                rocs.add(new ReportData.RocInput(decoder, scores.stream().mapToDouble(Double::doubleValue).toArray(),
                        labels.stream().mapToInt(Integer::intValue).toArray()));
            }
            meanAttention(decoder, cells, plan).ifPresent(attention::add);
            classTopomap(decoder, cells, profiles).ifPresent(topomaps::add);
        });
        return HtmlReport.write(plan.out(), new ReportData("Attend evaluation: " + plan.paradigm().name() + ", "
                + plan.scheme().name(), settings, ResultTables.metricNames(), rows, rocs, confusions,
                spectra(outcome.subjects(), plan.paradigm().bandLowHz() - 4, plan.paradigm().bandHighHz() + 4),
                attention, topomaps, erds(plan)));
    }

    /** A paradigm as a person reads it: classes and their markers, runs, window, band, channels. */
    static Map<String, String> describe(Paradigm p) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("paradigm", p.name() + ": classes " + String.join(", ", p.classes()) + " (markers "
                + p.events().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                        .collect(java.util.stream.Collectors.joining(", ")) + ")"
                + (p.runs().isEmpty() ? "" : ", runs " + String.join(", ", p.runs())));
        rows.put("window", String.format(Locale.ROOT, "%.2f–%.2f s after the cue", p.tminSeconds(),
                p.tmaxSeconds()));
        rows.put("band", String.format(Locale.ROOT, "%s–%s Hz band-pass", number(p.bandLowHz()),
                number(p.bandHighHz())));
        rows.put("channels", p.channels().isEmpty() ? "all EEG channels" : String.join(", ", p.channels()));
        return rows;
    }

    /** A scheme as a person reads it: its name and its parameters. */
    static String describe(Scheme scheme) {
        if (scheme instanceof WithinSession w) {
            return scheme.name() + ", stratified " + w.folds() + "-fold cross-validation in each subject";
        }
        if (scheme instanceof Transfer t) {
            return scheme.name() + ", " + t.calibrationTrials() + " trials of the target subject calibrate";
        }
        if (scheme instanceof SubjectHoldout h) {
            return scheme.name() + ", trained on subjects " + String.join(", ", h.trainSubjects());
        }
        return scheme.name();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * Class-average attention per electrode, averaged over the subjects whose cells have it, on the electrodes
     * the device profiles place.
     */
    private static Optional<ReportData.ClassTopomap> classTopomap(String decoder, List<CellResult> cells,
                                                                  DeviceProfiles profiles) {
        List<String> channels = cells.get(0).channels();
        int classes = cells.get(0).classes().size();
        double[][] sum = new double[classes][channels.size()];
        int n = 0;
        for (CellResult c : cells) {
            float[][] a = c.classAttention();
            if (a == null || !c.channels().equals(channels) || a[0].length != channels.size()) {
                continue;
            }
            for (int k = 0; k < classes; k++) {
                for (int ch = 0; ch < channels.size(); ch++) {
                    sum[k][ch] += a[k][ch];
                }
            }
            n++;
        }
        List<Electrode> electrodes = Montage.of(channels, profiles).electrodes();
        List<Integer> placed = IntStream.range(0, channels.size()).filter(i -> electrodes.get(i) != null)
                .boxed().toList();
        if (n == 0 || placed.isEmpty()) {
            return Optional.empty();
        }
        double[][] values = new double[classes][placed.size()];
        for (int k = 0; k < classes; k++) {
            for (int i = 0; i < placed.size(); i++) {
                values[k][i] = sum[k][placed.get(i)] / n;
            }
        }
        return Optional.of(new ReportData.ClassTopomap(decoder + " (" + n + " subjects)", cells.get(0).classes(),
                placed.stream().map(electrodes::get)
                        .map(e -> ScalpPosition.fromHeadFrame(e.label(), e.x(), e.y(), e.z())).toList(), values));
    }

    /** ERD/ERS maps at C3 and C4 over the evaluated subjects, from the raw runs. */
    private static List<ReportData.TimeFrequency> erds(Evaluation.Plan plan) throws IOException {
        return EventRelatedSpectra.of(plan.dataset(), plan.paradigm(), plan.subjects(), new RecordingRunLoader(),
                        SubjectSummary.SPECTRUM_CHANNELS).stream()
                .map(m -> new ReportData.TimeFrequency(m.channel(), m.className(), m.timesSeconds(),
                        m.frequenciesHz(), m.percent(), m.subjects() + " subjects, " + m.trials() + " trials"))
                .toList();
    }

    /**
     * For each decoder evaluated with several settings (a parameter grid), its settings ranked by their mean
     * ROC-AUC over subjects (accuracy when there are more than two classes), best first.
     */
    private static Map<String, String> gridRankings(List<CellResult> cells) {
        Map<String, Map<String, List<CellResult>>> byKind = new LinkedHashMap<>();
        for (CellResult c : cells) {
            byKind.computeIfAbsent(DecoderSpec.kindOf(c.decoder()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.decoder(), d -> new ArrayList<>()).add(c);
        }
        Map<String, String> rankings = new LinkedHashMap<>();
        byKind.forEach((kind, settings) -> {
            if (settings.size() < 2) {
                return;
            }
            String metric = settings.values().iterator().next().get(0).classes().size() == 2 ? "roc_auc" : "accuracy";
            Map<String, Double> means = new LinkedHashMap<>();
            settings.forEach((d, list) -> means.put(d, ResultTables.mean(list.stream()
                    .mapToDouble(c -> ResultTables.metric(c, metric)).toArray())));
            List<String> ranked = new ArrayList<>(means.keySet());
            ranked.sort(Comparator.comparingDouble((String d) -> means.get(d)).reversed());
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < ranked.size(); i++) {
                text.append(i == 0 ? "" : "; ").append(i + 1).append(". ").append(ranked.get(i)).append(' ')
                        .append(String.format(Locale.ROOT, "%.3f", means.get(ranked.get(i))));
            }
            rankings.put(kind + " settings by mean " + metric, text.toString());
        });
        return rankings;
    }

    /** Class spectra averaged over subjects, between {@code fromHz} and {@code toHz} (around the pass band). */
    private static List<ReportData.Spectrum> spectra(List<SubjectSummary> subjects, double fromHz, double toHz) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, SubjectSummary.ClassSpectrum> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SubjectSummary s : subjects) {
            for (SubjectSummary.ClassSpectrum c : s.spectra()) {
                String key = c.channel() + "\u0000" + c.className();
                double[] sum = sums.computeIfAbsent(key, x -> new double[c.density().length]);
                if (sum.length != c.density().length) {
                    continue;
                }
                for (int b = 0; b < sum.length; b++) {
                    sum[b] += c.density()[b];
                }
                first.putIfAbsent(key, c);
                counts.merge(key, 1, Integer::sum);
            }
        }
        List<ReportData.Spectrum> spectra = new ArrayList<>();
        sums.forEach((key, sum) -> {
            SubjectSummary.ClassSpectrum c = first.get(key);
            int[] bins = IntStream.range(0, sum.length)
                    .filter(b -> c.frequenciesHz()[b] >= fromHz && c.frequenciesHz()[b] <= toHz).toArray();
            double[] freqs = new double[bins.length];
            double[] mean = new double[bins.length];
            for (int i = 0; i < bins.length; i++) {
                freqs[i] = c.frequenciesHz()[bins[i]];
                mean[i] = sum[bins[i]] / counts.get(key);
            }
            spectra.add(new ReportData.Spectrum(c.channel(), c.className(), freqs, mean));
        });
        return spectra;
    }

    /** Attention averaged over the subjects whose cells have a map of the same shape. */
    private static Optional<ReportData.AttentionMap> meanAttention(String decoder, List<CellResult> cells,
                                                                           Evaluation.Plan plan) {
        float[][] sum = null;
        int n = 0;
        for (CellResult c : cells) {
            float[][] a = c.attention();
            if (a == null || (sum != null && (a.length != sum.length || a[0].length != sum[0].length))) {
                continue;
            }
            if (sum == null) {
                sum = new float[a.length][a[0].length];
            }
            for (int ch = 0; ch < a.length; ch++) {
                for (int t = 0; t < a[ch].length; t++) {
                    sum[ch][t] += a[ch][t];
                }
            }
            n++;
        }
        if (sum == null) {
            return Optional.empty();
        }
        for (float[] row : sum) {
            for (int t = 0; t < row.length; t++) {
                row[t] /= n;
            }
        }
        List<String> channels = new ArrayList<>(cells.get(0).channels());
        for (int ch = channels.size(); ch < sum.length; ch++) {
            channels.add("#" + (ch + 1));
        }
        return Optional.of(new ReportData.AttentionMap(decoder + " (" + n + " subjects)", channels, sum,
                plan.paradigm().windowSeconds() / sum[0].length));
    }
}
