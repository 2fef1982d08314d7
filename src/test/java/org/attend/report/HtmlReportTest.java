package org.attend.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static ReportData data() {
        List<ReportData.ScoreRow> rows = new ArrayList<>();
        for (int s = 1; s <= 6; s++) {
            rows.add(new ReportData.ScoreRow(Integer.toString(s), "a", Map.of("roc_auc", 0.6 + 0.05 * s)));
            rows.add(new ReportData.ScoreRow(Integer.toString(s), "b<x>", Map.of("roc_auc", 0.5 + 0.01 * s)));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("scheme", "within-session");
        float[][] attention = new float[3][10];
        attention[1][4] = 1;
        return new ReportData("test report", settings, List.of("roc_auc"), rows,
                List.of(new ReportData.RocInput("a", new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1})),
                List.of(new ReportData.Confusion("a", List.of("left", "right"), new long[][] {{20, 5}, {7, 18}})),
                List.of(new ReportData.Spectrum("C3", "left", new double[] {8, 9, 10}, new double[] {1, 2, 0.5})),
                List.of(new ReportData.AttentionMap("attend", List.of("C3", "Cz", "C4"), attention, 0.1)));
    }

    @Test
    void writesEveryChartAndTheStatistics(@TempDir Path dir) throws IOException {
        Path html = HtmlReport.write(dir, data());
        String text = Files.readString(html);
        for (String png : List.of("scores.png", "roc.png", "confusion-a.png", "psd.png", "attention-attend.png")) {
            assertTrue(text.contains("src=\"" + png + "\""), png);
            BufferedImage image = ImageIO.read(dir.resolve(png).toFile());
            assertTrue(image.getWidth() >= 400 && image.getHeight() >= 400, png);
        }
        // a beats b on all 6 subjects: exact two-sided p = 2 / 2^6
        assertTrue(text.contains("<td>0.03125</td><td>exact; p ≥ 0.03125 with 6 pairs</td>"), text);
        assertTrue(text.contains("b&lt;x&gt;"), "names are escaped");
        assertTrue(text.contains("0.775 ± 0.094"), "mean ± sd of a");
    }

    @Test
    void rocPointsFollowThresholdsWithTies() {
        List<double[]> p = RocCurve.points(new double[] {0.9, 0.5, 0.5, 0.1}, new int[] {1, 1, 0, 0});
        assertEquals(4, p.size());
        assertArrayEquals(new double[] {0, 0}, p.get(0));
        assertArrayEquals(new double[] {0, 0.5}, p.get(1));
        assertArrayEquals(new double[] {0.5, 1}, p.get(2));
        assertArrayEquals(new double[] {1, 1}, p.get(3));
    }

    /** Issue 23: a Wilcoxon p of 0.25 on 3 pairs without saying it is the least 3 pairs can give. */
    @Test
    void theExactTestStatesTheSmallestPItsPairsAllow() {
        WilcoxonSignedRank three = WilcoxonSignedRank.test(new double[] {0.9, 0.8, 0.7}, new double[] {0.5, 0.5, 0.5});
        assertEquals(0.25, three.p(), 1e-12);
        assertEquals(0.25, three.floor(), 1e-12);
        assertEquals("exact; p ≥ 0.25 with 3 pairs", HtmlReport.method(three));
    }

    /** Issue 23: no chance line on the per-subject chart; C4 drawn in yellow on white. */
    @Test
    void chanceLevelsAndSeriesColoursThatShowOnWhite() {
        ReportData d = data();
        assertEquals(0.5, HtmlReport.chance("roc_auc", d));
        assertEquals(0.5, HtmlReport.chance("accuracy", d), "two classes in the confusion matrix");
        assertEquals(0, HtmlReport.chance("kappa", d));
        assertTrue(Double.isNaN(HtmlReport.chance("itr_bits_per_min", d)));
        org.jfree.chart.JFreeChart chart = Charts.styled(org.jfree.chart.ChartFactory.createXYLineChart("t", "x",
                "y", new org.jfree.data.xy.XYSeriesCollection()));
        for (int i = 0; i < 12; i++) {
            java.awt.Color c = (java.awt.Color) chart.getXYPlot().getDrawingSupplier().getNextPaint();
            assertTrue(contrastOnWhite(c) >= 3, "series " + i + " " + c + ": contrast " + contrastOnWhite(c));
        }
    }

    /** WCAG 2 contrast ratio of a colour against white. */
    private static double contrastOnWhite(java.awt.Color c) {
        double[] rgb = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        double luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        return 1.05 / (luminance + 0.05);
    }
}
