package org.attend.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Writes {@code results.csv} (one row per cell) and {@code summary.csv} (mean and sd per decoder and scheme). */
public final class ResultTables {

    private static final Map<String, ToDoubleFunction<CellResult>> METRICS = new LinkedHashMap<>();

    static {
        METRICS.put("roc_auc", CellResult::rocAuc);
        METRICS.put("accuracy", CellResult::accuracy);
        METRICS.put("balanced_accuracy", CellResult::balancedAccuracy);
        METRICS.put("kappa", CellResult::kappa);
        METRICS.put("itr_bits_per_min", CellResult::itrBitsPerMinute);
    }

    private ResultTables() {
    }

    /** Metric names in column order. */
    public static List<String> metricNames() {
        return List.copyOf(METRICS.keySet());
    }

    /** The value of a metric by its column name. */
    public static double metric(CellResult cell, String name) {
        return METRICS.get(name).applyAsDouble(cell);
    }

    /** One row per cell: subject, decoder, scheme, metrics, n_trials, fit_seconds. */
    public static void writeResults(Path file, List<CellResult> cells) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("subject,decoder,scheme," + String.join(",", METRICS.keySet()) + ",n_trials,fit_seconds\n");
            for (CellResult c : cells) {
                StringBuilder row = new StringBuilder(c.subject() + "," + c.decoder() + "," + c.scheme());
                for (ToDoubleFunction<CellResult> m : METRICS.values()) {
                    row.append(',').append(format(m.applyAsDouble(c)));
                }
                row.append(',').append(c.trials()).append(',').append(String.format(Locale.ROOT, "%.3f",
                        c.fitSeconds()));
                w.write(row + "\n");
            }
        }
    }

    /** Mean and sample sd over subjects of every metric, per decoder and scheme. */
    public static void writeSummary(Path file, List<CellResult> cells) throws IOException {
        Map<String, List<CellResult>> groups = new LinkedHashMap<>();
        for (CellResult c : cells) {
            groups.computeIfAbsent(c.decoder() + "," + c.scheme(), k -> new ArrayList<>()).add(c);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("decoder,scheme,n_subjects");
            for (String m : METRICS.keySet()) {
                header.append(',').append(m).append("_mean,").append(m).append("_sd");
            }
            w.write(header + "\n");
            for (Map.Entry<String, List<CellResult>> g : groups.entrySet()) {
                StringBuilder row = new StringBuilder(g.getKey() + "," + g.getValue().size());
                for (ToDoubleFunction<CellResult> m : METRICS.values()) {
                    double[] v = g.getValue().stream().mapToDouble(m).toArray();
                    row.append(',').append(format(mean(v))).append(',').append(format(sd(v)));
                }
                w.write(row + "\n");
            }
        }
    }

    /**
     * The summary for a terminal, as MOABB prints it: one row per decoder (and scheme) with its subjects and the
     * mean ± sd over subjects of ROC-AUC and accuracy; {@code n/a} where a figure does not exist (ROC-AUC of more
     * than two classes, the sd of one subject).
     */
    public static List<String> summaryTable(List<CellResult> cells) {
        Map<String, List<CellResult>> groups = new LinkedHashMap<>();
        for (CellResult c : cells) {
            groups.computeIfAbsent(c.decoder() + "\u0000" + c.scheme(), k -> new ArrayList<>()).add(c);
        }
        int width = Math.max("decoder".length(), cells.stream().mapToInt(c -> c.decoder().length()).max().orElse(0));
        String format = "%-" + width + "s  %-22s %8s  %-15s  %-15s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, format, "decoder", "scheme", "subjects", "roc_auc", "accuracy").strip());
        for (List<CellResult> g : groups.values()) {
            lines.add(String.format(Locale.ROOT, format, g.get(0).decoder(), g.get(0).scheme(), g.size(),
                    meanSd(g, CellResult::rocAuc), meanSd(g, CellResult::accuracy)).strip());
        }
        return lines;
    }

    private static String meanSd(List<CellResult> cells, ToDoubleFunction<CellResult> metric) {
        double[] v = cells.stream().mapToDouble(metric).filter(x -> !Double.isNaN(x)).toArray();
        if (v.length == 0) {
            return "n/a";
        }
        double sd = sd(v);
        return String.format(Locale.ROOT, "%.3f ± %s", mean(v), Double.isNaN(sd) ? "n/a"
                : String.format(Locale.ROOT, "%.3f", sd));
    }

    /** Arithmetic mean. */
    public static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample standard deviation (n - 1); NaN for one value. */
    public static double sd(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    private static String format(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
    }
}
