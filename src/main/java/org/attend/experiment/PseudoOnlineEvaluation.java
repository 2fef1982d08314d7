package org.attend.experiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attend.control.SelfPacedScore;
import org.attend.progress.Progress;
import org.attend.realtime.SessionSummary;
import org.attend.report.HtmlReport;
import org.attend.report.ReportData;
import org.attend.stream.Marker;
import org.attend.stream.Prediction;

/**
 * Runs the {@value PseudoOnline#NAME} scheme for every subject × decoder and writes {@code results.csv} (one row
 * each), {@code summary.csv} (mean and sd per decoder) and {@code report.html} with a timeline per session. Each
 * finished cell is stored ({@code cells/pseudo-online/…}), so a resumed evaluation recomputes nothing. Runs on
 * this machine: a session replays files through the real-time path, which Spark's workers do not do.
 */
public final class PseudoOnlineEvaluation {

    /** The figures of a session, in the order of the tables. */
    public static final List<String> METRICS = List.of("false_per_min", "answered_share", "correct_share", "nmcc",
            "median_s_to_command", "itr_bits_per_min", "false_per_rest_min", "expected_false_per_min");

    /**
     * What to evaluate.
     *
     * @param dataset  the recordings
     * @param paradigm runs, classes, epoch window (its start is the epoch offset, its length the window) and band
     * @param subjects subject ids
     * @param decoders decoder names (grids expanded)
     * @param settings how each session runs
     * @param out      output folder
     * @param command  the command line, for the report
     */
    public record Plan(Dataset dataset, Paradigm paradigm, List<String> subjects, List<String> decoders,
                       PseudoOnline.Settings settings, Path out, String command) {
    }

    /**
     * One finished session, as stored.
     *
     * @param key       what it was computed with
     * @param subject   subject id
     * @param decoder   decoder label
     * @param metrics   {@link #METRICS} and counts
     * @param policy    threshold, dwell, refractory it decoded with
     * @param timeline  its timeline, for the report
     */
    public record Cell(String key, String subject, String decoder, Map<String, Double> metrics,
                       Map<String, Object> policy, ReportData.Timeline timeline) {
    }

    private final ClassLoader loader;

    public PseudoOnlineEvaluation(ClassLoader loader) {
        this.loader = loader;
    }

    /** Runs the plan, writes its tables and report, and prints a summary table on {@code out}. */
    public List<Cell> run(Plan plan, PrintWriter out) throws IOException {
        List<String> decoders = plan.decoders().stream().flatMap(d -> DecoderSpec.expand(d).stream()).distinct()
                .toList();
        Files.createDirectories(plan.out());
        ResumeStore store = new ResumeStore(plan.out());
        String key = plan.dataset().name() + " " + plan.paradigm() + " " + plan.settings();
        List<Cell> cells = new ArrayList<>();
        try (Progress bar = Progress.start("evaluate " + PseudoOnline.NAME,
                (long) plan.subjects().size() * decoders.size(), "sessions")) {
            for (String subject : plan.subjects()) {
                for (String decoder : decoders) {
                    DecoderSpec spec = DecoderSpec.parse(decoder, loader);
                    String path = ResumeStore.cellPath(PseudoOnline.NAME, spec, subject);
                    Cell cell = store.find(path, Cell.class, Cell::key, key).orElse(null);
                    if (cell == null) {
                        PseudoOnline.Session s = PseudoOnline.run(plan.dataset(), plan.paradigm(), subject, spec,
                                plan.settings(), loader);
                        cell = cell(key, subject, decoder, s, plan);
                        store.put(path, cell);
                    }
                    cells.add(cell);
                    bar.step();
                }
            }
        }
        writeResults(plan.out().resolve("results.csv"), cells);
        writeSummary(plan.out().resolve("summary.csv"), cells, decoders);
        printSummary(out, cells, decoders);
        report(plan, cells);
        return cells;
    }

    private static Cell cell(String key, String subject, String decoder, PseudoOnline.Session s, Plan plan) {
        SessionSummary summary = s.summary();
        SelfPacedScore.Result r = summary.score();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("false_per_min", r.falsePerMinute());
        m.put("answered_share", r.answeredShare());
        m.put("correct_share", r.correctShare());
        m.put("nmcc", r.normalisedMcc());
        m.put("median_s_to_command", r.medianSecondsToCommand());
        m.put("itr_bits_per_min", summary.itrBitsPerMin());
        m.put("false_per_rest_min", r.falsePerRestMinute());
        Object expected = s.calibration() == null ? null : s.calibration().get("expected_false_per_min");
        m.put("expected_false_per_min", expected instanceof Number n ? n.doubleValue() : Double.NaN);
        m.put("trials", (double) r.trials());
        m.put("trials_answered", (double) r.trialsAnswered());
        m.put("commands", (double) summary.commands());
        m.put("false_activations", (double) r.falseActivations());
        m.put("correct", (double) r.correct());
        m.put("wrong", (double) r.wrong());
        m.put("online_s", r.onlineSeconds());
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("threshold", s.policy().threshold());
        policy.put("dwell", s.policy().dwell());
        policy.put("refractory_s", s.policy().refractorySeconds());
        if (s.calibration() != null) {
            policy.putAll(s.calibration());
        }
        return new Cell(key, subject, decoder, m, policy, timeline(subject, decoder, s, plan));
    }

    private static ReportData.Timeline timeline(String subject, String decoder, PseudoOnline.Session s, Plan plan) {
        List<Prediction> p = s.predictions();
        List<String> classes = p.isEmpty() ? plan.paradigm().classes() : List.of(p.get(0).classes());
        double[] times = new double[p.size()];
        float[][] probabilities = new float[classes.size()][p.size()];
        for (int i = 0; i < p.size(); i++) {
            times[i] = p.get(i).sourceTime();
            for (int k = 0; k < classes.size(); k++) {
                probabilities[k][i] = p.get(i).probabilities()[k];
            }
        }
        double start = times.length == 0 ? 0 : times[0];
        List<ReportData.Event> cues = new ArrayList<>();
        for (Marker m : s.cues()) {
            if (classes.contains(m.label()) && m.time() >= start) {
                cues.add(new ReportData.Event(m.label(), m.time()));
            }
        }
        List<ReportData.Event> commands = s.commands().stream()
                .map(c -> new ReportData.Event(c.name(), c.sourceTime())).toList();
        return new ReportData.Timeline(subject, decoder, classes, times, probabilities, cues,
                plan.settings().trialSeconds(), commands);
    }

    private static void writeResults(Path file, List<Cell> cells) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> counts = List.of("trials", "trials_answered", "commands", "false_activations", "correct",
                    "wrong", "online_s");
            w.write("subject,decoder," + String.join(",", METRICS) + "," + String.join(",", counts)
                    + ",threshold,dwell,refractory_s,budget_met\n");
            for (Cell c : cells) {
                List<String> row = new ArrayList<>(List.of(c.subject(), quote(c.decoder())));
                METRICS.forEach(m -> row.add(format(c.metrics().get(m))));
                counts.forEach(m -> row.add(format(c.metrics().get(m))));
                row.add(String.valueOf(c.policy().get("threshold")));
                row.add(String.valueOf(c.policy().get("dwell")));
                row.add(String.valueOf(c.policy().get("refractory_s")));
                row.add(String.valueOf(c.policy().getOrDefault("budget_met", "")));
                w.write(String.join(",", row) + "\n");
            }
        }
    }

    private static void writeSummary(Path file, List<Cell> cells, List<String> decoders) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("decoder,n_subjects");
            for (String m : METRICS) {
                w.write("," + m + "_mean," + m + "_sd");
            }
            w.write("\n");
            for (String d : decoders) {
                List<Cell> rows = cells.stream().filter(c -> c.decoder().equals(d)).toList();
                w.write(quote(d) + "," + rows.size());
                for (String m : METRICS) {
                    double[] v = values(rows, m);
                    w.write("," + format(ResultTables.mean(v)) + "," + format(ResultTables.sd(v)));
                }
                w.write("\n");
            }
        }
    }

    /**
     * A table per decoder, as MOABB prints one: the subjects pooled (false activations over all online minutes,
     * answered over all trials, correct over all in-trial commands), nMCC and ITR as means over subjects.
     */
    private static void printSummary(PrintWriter out, List<Cell> cells, List<String> decoders) {
        out.printf(Locale.ROOT, "%-40s %4s %10s %10s %10s %8s %8s%n", "decoder (subjects pooled)", "n", "false/min",
                "answered", "correct", "nMCC", "ITR");
        for (String d : decoders) {
            List<Cell> rows = cells.stream().filter(c -> c.decoder().equals(d)).toList();
            double falses = sum(rows, "false_activations");
            double minutes = sum(rows, "online_s") / 60;
            double inTrial = sum(rows, "correct") + sum(rows, "wrong");
            out.printf(Locale.ROOT, "%-40s %4d %10s %10s %10s %8s %8s%n",
                    d.length() > 40 ? d.substring(0, 37) + "..." : d, rows.size(), text(falses / minutes),
                    text(sum(rows, "trials_answered") / sum(rows, "trials")), text(sum(rows, "correct") / inTrial),
                    text(ResultTables.mean(values(rows, "nmcc"))), text(ResultTables.mean(values(rows,
                            "itr_bits_per_min"))));
        }
        out.flush();
    }

    private static double sum(List<Cell> rows, String metric) {
        return rows.stream().mapToDouble(c -> c.metrics().getOrDefault(metric, 0.0)).sum();
    }

    private static String text(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "n/a";
    }

    private static void report(Plan plan, List<Cell> cells) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("dataset", plan.dataset().name());
        settings.putAll(EvaluationReport.describe(plan.paradigm()));
        settings.put("window", String.format(Locale.ROOT, "%.2f–%.2f s after the cue (offset, length of every "
                + "window)", plan.paradigm().tminSeconds(), plan.paradigm().tmaxSeconds()));
        PseudoOnline.Settings s = plan.settings();
        settings.put("session", String.format(Locale.ROOT, "%d cued trials per class calibrate, then windows every "
                        + "%.3f s; trials of %.1f s; detector %s; budget %.2f false activations per minute",
                s.calibrationTrials(), s.hopSeconds(), s.trialSeconds(), s.detector() == null ? "none" : s.detector(),
                s.maxFalsePerMinute()));
        settings.put("command", plan.command());
        List<ReportData.ScoreRow> scores = cells.stream()
                .map(c -> new ReportData.ScoreRow(c.subject(), c.decoder(), c.metrics())).toList();
        HtmlReport.write(plan.out(), new ReportData("Pseudo-online evaluation", settings, METRICS, scores, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(),
                cells.stream().map(Cell::timeline).toList()));
    }

    private static double[] values(List<Cell> rows, String metric) {
        return rows.stream().mapToDouble(c -> c.metrics().getOrDefault(metric, Double.NaN)).toArray();
    }

    private static String format(Double v) {
        return v == null || !Double.isFinite(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String quote(String s) {
        return s.contains(",") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
