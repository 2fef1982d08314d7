package org.attend.report;

import static org.attend.stream.XmlText.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Arrays;

/**
 * Writes {@code report.html} and its PNG charts into a folder: settings, mean ± sd per decoder, per-subject
 * scores, ROC curves, confusion matrices, class-average spectra, attention maps, class-average attention
 * scalp maps, ERD/ERS time–frequency maps, and Wilcoxon signed-rank
 * tests between every pair of decoders.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** Writes the report; returns the path of {@code report.html}. */
    public static Path write(Path dir, ReportData data) throws IOException {
        Files.createDirectories(dir);
        List<String> decoders = decoders(data.scores());
        String main = data.metricNames().get(0);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(escape(data.title()))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:1000px;margin:auto}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;"
                        + "text-align:right}th{background:#eee}</style></head><body>\n")
                .append("<h1>").append(escape(data.title())).append("</h1>\n");
        html.append("<h2>Settings</h2>\n<table>\n");
        data.settings().forEach((k, v) -> html.append("<tr><th>").append(escape(k)).append("</th><td style=\"text-align:left\">")
                .append(escape(v)).append("</td></tr>\n"));
        html.append("</table>\n");

        html.append("<h2>Summary (mean ± sd over subjects)</h2>\n<table>\n<tr><th>decoder</th><th>subjects</th>");
        data.metricNames().forEach(m -> html.append("<th>").append(escape(m)).append("</th>"));
        html.append("</tr>\n");
        for (String d : decoders) {
            List<ReportData.ScoreRow> rows = rowsOf(data.scores(), d);
            html.append("<tr><th>").append(escape(d)).append("</th><td>").append(rows.size()).append("</td>");
            for (String m : data.metricNames()) {
                double[] v = values(rows, m);
                html.append("<td>").append(Charts.format(mean(v))).append(" ± ").append(Charts.format(sd(v)))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");

        Charts.scoresBySubject(dir.resolve("scores.png"), data.scores(), main, chance(main, data));
        html.append("<h2>Per subject</h2>\n<img src=\"scores.png\" alt=\"").append(escape(main))
                .append(" per subject\">\n").append(subjectTable(data, decoders));

        html.append("<h2>Paired statistics (Wilcoxon signed-rank, two-sided)</h2>\n<p>One pair per subject. With "
                + "n pairs the exact test cannot give a p below 2/2<sup>n</sup> (0.25 with 3 subjects, 0.0625 with 5): "
                + "with few subjects a p above 0.05 says little about the difference.</p>\n");
        html.append(statistics(data, decoders));

        if (!data.rocs().isEmpty()) {
            Charts.roc(dir.resolve("roc.png"), data.rocs());
            html.append("<h2>ROC curves</h2>\n<img src=\"roc.png\" alt=\"ROC curves\">\n");
        }
        if (!data.confusions().isEmpty()) {
            html.append("<h2>Confusion matrices (all decoded trials)</h2>\n");
            for (ReportData.Confusion c : data.confusions()) {
                String png = "confusion-" + fileName(c.decoder()) + ".png";
                Charts.confusion(dir.resolve(png), c);
                html.append("<img src=\"").append(png).append("\" alt=\"confusion ").append(escape(c.decoder()))
                        .append("\">\n");
            }
        }
        if (!data.spectra().isEmpty()) {
            Charts.spectra(dir.resolve("psd.png"), data.spectra());
            html.append("<h2>Class-average PSD over the sensorimotor cortex</h2>\n<p>Event-related "
                    + "desynchronisation shows as lower mu/beta power over the hemisphere opposite the imagined "
                    + "hand.</p>\n<img src=\"psd.png\" alt=\"class-average PSD\">\n");
        }
        if (!data.attention().isEmpty()) {
            html.append("<h2>Attention maps (mean over decoded trials)</h2>\n");
            for (ReportData.AttentionMap a : data.attention()) {
                String png = "attention-" + fileName(a.decoder()) + ".png";
                Charts.attention(dir.resolve(png), a);
                html.append("<img src=\"").append(png).append("\" alt=\"attention ").append(escape(a.decoder()))
                        .append("\">\n");
            }
        }
        if (!data.topomaps().isEmpty()) {
            html.append("<h2>Class-average attention over the scalp</h2>\n<p>Each channel's attention summed over "
                    + "the window, averaged over the decoded trials of each class and over subjects, interpolated "
                    + "between the electrodes.</p>\n");
            for (ReportData.ClassTopomap t : data.topomaps()) {
                String png = "topomap-" + fileName(t.decoder()) + ".png";
                MapCharts.classTopomaps(dir.resolve(png), t);
                html.append("<img src=\"").append(png).append("\" alt=\"class-average attention ")
                        .append(escape(t.decoder())).append("\">\n");
            }
        }
        if (!data.erds().isEmpty()) {
            MapCharts.timeFrequency(dir.resolve("erds.png"), data.erds());
            html.append("<h2>ERD/ERS at the sensorimotor cortex</h2>\n<p>Power change after the cue in percent of "
                    + "the second before it (1 s Hann windows stepped by 1/8 s, raw signal). Motor imagery "
                    + "desynchronises mu and beta (blue) over the hemisphere opposite the imagined hand."
                    + "</p>\n<img src=\"erds.png\" alt=\"ERD/ERS time-frequency maps\">\n");
        }
        if (!data.timelines().isEmpty()) {
            html.append(TimelineChart.section(dir, data.timelines()));
        }
        html.append("</body></html>\n");
        Path file = dir.resolve("report.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private static String subjectTable(ReportData data, List<String> decoders) {
        String main = data.metricNames().get(0);
        Map<String, Map<String, Double>> bySubject = new LinkedHashMap<>();
        for (ReportData.ScoreRow r : data.scores()) {
            bySubject.computeIfAbsent(r.subject(), s -> new LinkedHashMap<>()).put(r.decoder(), r.metrics().get(main));
        }
        StringBuilder t = new StringBuilder("<table>\n<tr><th>subject</th>");
        decoders.forEach(d -> t.append("<th>").append(escape(d)).append(" ").append(escape(main)).append("</th>"));
        t.append("</tr>\n");
        bySubject.forEach((s, row) -> {
            t.append("<tr><th>").append(escape(s)).append("</th>");
            decoders.forEach(d -> t.append("<td>").append(Charts.format(row.getOrDefault(d, Double.NaN)))
                    .append("</td>"));
            t.append("</tr>\n");
        });
        return t.append("</table>\n").toString();
    }

    private static String statistics(ReportData data, List<String> decoders) {
        if (decoders.size() < 2) {
            return "<p>One decoder: nothing to compare.</p>\n";
        }
        StringBuilder t = new StringBuilder("<table>\n<tr><th>metric</th><th>A</th><th>B</th><th>pairs</th>"
                + "<th>mean A − B</th><th>W</th><th>p</th><th>method</th></tr>\n");
        for (String m : data.metricNames()) {
            for (int i = 0; i < decoders.size(); i++) {
                for (int j = i + 1; j < decoders.size(); j++) {
                    double[][] paired = paired(data.scores(), decoders.get(i), decoders.get(j), m);
                    if (paired[0].length == 0) {
                        continue;
                    }
                    WilcoxonSignedRank w = WilcoxonSignedRank.test(paired[0], paired[1]);
                    t.append(String.format(Locale.ROOT, "<tr><th>%s</th><td>%s</td><td>%s</td><td>%d</td><td>%+.4f"
                                    + "</td><td>%.1f</td><td>%.4g</td><td>%s</td></tr>%n", escape(m),
                            escape(decoders.get(i)), escape(decoders.get(j)), paired[0].length,
                            mean(paired[0]) - mean(paired[1]), w.statistic(), w.p(), method(w)));
                }
            }
        }
        return t.append("</table>\n").toString();
    }

    /** How a p was found and, for the exact test, the smallest p its pairs allow. */
    static String method(WilcoxonSignedRank w) {
        return w.exact() ? "exact; p ≥ " + new java.math.BigDecimal(w.floor()).round(new java.math.MathContext(4))
                .stripTrailingZeros().toPlainString() + " with " + w.n() + " pairs" : "normal";
    }

    /**
     * A metric's chance level: 0.5 for ROC-AUC, one in the classes for the accuracies (the classes of the first
     * confusion matrix), 0 for kappa; NaN where there is none (ITR's is 0 too, but drawn at the axis).
     */
    static double chance(String metric, ReportData data) {
        int classes = data.confusions().isEmpty() ? 0 : data.confusions().get(0).classes().size();
        return switch (metric) {
            case "roc_auc" -> 0.5;
            case "accuracy", "balanced_accuracy" -> classes > 0 ? 1.0 / classes : Double.NaN;
            case "kappa" -> 0;
            default -> Double.NaN;
        };
    }

    /** Values of two decoders on the subjects where both are defined. */
    private static double[][] paired(List<ReportData.ScoreRow> rows, String a, String b, String metric) {
        Map<String, Double> va = new LinkedHashMap<>();
        rowsOf(rows, a).forEach(r -> va.put(r.subject(), r.metrics().get(metric)));
        List<double[]> pairs = new ArrayList<>();
        for (ReportData.ScoreRow r : rowsOf(rows, b)) {
            Double x = va.get(r.subject());
            Double y = r.metrics().get(metric);
            if (x != null && y != null && !x.isNaN() && !y.isNaN()) {
                pairs.add(new double[] {x, y});
            }
        }
        return new double[][] {pairs.stream().mapToDouble(p -> p[0]).toArray(),
            pairs.stream().mapToDouble(p -> p[1]).toArray()};
    }

    private static List<String> decoders(List<ReportData.ScoreRow> rows) {
        return rows.stream().map(ReportData.ScoreRow::decoder).distinct().toList();
    }

    private static List<ReportData.ScoreRow> rowsOf(List<ReportData.ScoreRow> rows, String decoder) {
        return rows.stream().filter(r -> r.decoder().equals(decoder)).toList();
    }

    private static double[] values(List<ReportData.ScoreRow> rows, String metric) {
        return rows.stream().mapToDouble(r -> r.metrics().getOrDefault(metric, Double.NaN))
                .filter(v -> !Double.isNaN(v)).toArray();
    }

    private static double mean(double[] v) {
        return v.length == 0 ? Double.NaN : Arrays.stream(v).average().orElse(Double.NaN);
    }

    private static double sd(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        return Math.sqrt(Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / (v.length - 1));
    }

    static String fileName(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
