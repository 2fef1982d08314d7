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
