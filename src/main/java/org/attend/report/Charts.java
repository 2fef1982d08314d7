package org.attend.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The report's charts, drawn with JFreeChart and saved as PNG. */
final class Charts {

    /**
     * Series colours (Okabe–Ito's without its yellow and sky blue, then purple, brown, black and grey): each at
     * least 3:1 against the white background (WCAG's contrast for graphics), where JFreeChart's default palette
     * draws its fourth series in yellow.
     */
    static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0x7B3294), new Color(0xA6611A), Color.BLACK, new Color(0x767676));

    private static final int WIDTH = 900;
    private static final int HEIGHT = 500;

    private Charts() {
    }

    /**
     * One bar per subject and decoder of {@code metric}, with a dashed line at its chance level (none when
     * {@code chance} is NaN).
     */
    static void scoresBySubject(Path png, List<ReportData.ScoreRow> rows, String metric, double chance)
            throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ReportData.ScoreRow r : rows) {
            Double v = r.metrics().get(metric);
            data.addValue(v == null || v.isNaN() ? null : v, r.decoder(), "S" + r.subject());
        }
        JFreeChart chart = ChartFactory.createBarChart(metric + " per subject", "subject", metric, data,
                PlotOrientation.VERTICAL, true, false, false);
        if (!Double.isNaN(chance)) {
            chart.getCategoryPlot().addRangeMarker(chanceMarker(chance));
        }
        save(png, chart, WIDTH, HEIGHT);
    }

    /** A dashed grey line labelled {@code chance 0.50}. */
    static ValueMarker chanceMarker(double chance) {
        ValueMarker marker = new ValueMarker(chance, Color.DARK_GRAY, new java.awt.BasicStroke(1.5f,
                java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0));
        marker.setLabel(String.format(Locale.ROOT, "chance %.2f", chance));
        marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
        return marker;
    }

    /** ROC curves of each decoder, pooled over trials, with the chance diagonal. */
    static void roc(Path png, List<ReportData.RocInput> rocs) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        for (ReportData.RocInput r : rocs) {
            XYSeries s = new XYSeries(r.decoder(), false, true);
            for (double[] p : RocCurve.points(r.scores(), r.labels())) {
                s.add(p[0], p[1]);
            }
            data.addSeries(s);
        }
        XYSeries chance = new XYSeries("chance");
        chance.add(0, 0);
        chance.add(1, 1);
        data.addSeries(chance);
        JFreeChart chart = ChartFactory.createXYLineChart("ROC (all decoded trials pooled)", "false positive rate",
                "true positive rate", data, PlotOrientation.VERTICAL, true, false, false);
        chart.getXYPlot().getRenderer().setSeriesPaint(rocs.size(), Color.GRAY);
        chart.getXYPlot().getDomainAxis().setRange(0, 1);
        chart.getXYPlot().getRangeAxis().setRange(0, 1);
        save(png, chart, 600, 600);
    }

    /** A confusion matrix as a heat map with the counts written in. */
    static void confusion(Path png, ReportData.Confusion c) throws IOException {
        int k = c.classes().size();
        double[][] values = new double[k][k];
        double max = 1;
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                values[t][p] = c.counts()[t][p];
                max = Math.max(max, values[t][p]);
            }
        }
        String[] names = c.classes().toArray(String[]::new);
        JFreeChart chart = heatMap("confusion: " + c.decoder(), values, new SymbolAxis("predicted", names),
                new SymbolAxis("true", names), 1, 0, max);
        XYPlot plot = chart.getXYPlot();
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                XYTextAnnotation label = new XYTextAnnotation(Long.toString(c.counts()[t][p]), p, t);
                label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
                label.setPaint(values[t][p] > max / 2 ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(label);
            }
        }
        save(png, chart, 450, 400);
    }

    /** Class-average spectra, one line per channel and class, on a log power axis. */
    static void spectra(Path png, List<ReportData.Spectrum> spectra) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        for (ReportData.Spectrum s : spectra) {
            XYSeries series = new XYSeries(s.channel() + " " + s.className());
            for (int b = 0; b < s.frequenciesHz().length; b++) {
                if (s.density()[b] > 0) {
                    series.add(s.frequenciesHz()[b], s.density()[b]);
                }
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("class-average PSD of the band-passed trials",
                "frequency (Hz)", "PSD (µV²/Hz)", data, PlotOrientation.VERTICAL, true, false, false);
        LogAxis log = new LogAxis("PSD (µV²/Hz)");
        chart.getXYPlot().setRangeAxis(log);
        save(png, chart, WIDTH, HEIGHT);
    }

    /** An attention map, channels × time. */
    static void attention(Path png, ReportData.AttentionMap map) throws IOException {
        double[][] values = new double[map.values().length][];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < values.length; c++) {
            values[c] = new double[map.values()[c].length];
            for (int t = 0; t < values[c].length; t++) {
                values[c][t] = map.values()[c][t];
                min = Math.min(min, values[c][t]);
                max = Math.max(max, values[c][t]);
            }
        }
        NumberAxis time = new NumberAxis("time (s)");
        SymbolAxis channels = new SymbolAxis("channel", map.channels().toArray(String[]::new));
        JFreeChart chart = heatMap("attention: " + map.decoder(), values, time, channels, map.secondsPerStep(), min,
                max == min ? min + 1 : max);
        save(png, chart, WIDTH, Math.max(HEIGHT, 12 * values.length + 120));
    }

    /** A heat map of {@code values[row][column]}, columns on x (scaled by {@code xStep}), rows on y. */
    private static JFreeChart heatMap(String title, double[][] values, NumberAxis x, NumberAxis y, double xStep,
                                      double min, double max) {
        int rows = values.length;
        int cols = values[0].length;
        double[][] xyz = new double[3][rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                xyz[0][i] = c * xStep;
                xyz[1][i] = r;
                xyz[2][i] = values[r][c];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("values", xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(xStep);
        renderer.setBlockHeight(1);
        PaintScale scale = new BlueScale(min, max);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        y.setInverted(true);
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis());
        legend.setPosition(RectangleEdge.RIGHT);
        chart.addSubtitle(legend);
        return chart;
    }

    static void save(Path png, JFreeChart chart, int width, int height) throws IOException {
        styled(chart);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, width, height);
    }

    /** White background, light grid, the series in {@link #PALETTE}. */
    static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        DefaultDrawingSupplier colours = new DefaultDrawingSupplier(PALETTE.toArray(java.awt.Paint[]::new),
                DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE);
        if (chart.getPlot() instanceof XYPlot xy) {
            xy.setBackgroundPaint(Color.WHITE);
            xy.setDomainGridlinePaint(Color.LIGHT_GRAY);
            xy.setRangeGridlinePaint(Color.LIGHT_GRAY);
            xy.setDrawingSupplier(colours);
        } else if (chart.getPlot() instanceof CategoryPlot category) {
            category.setBackgroundPaint(Color.WHITE);
            category.setRangeGridlinePaint(Color.LIGHT_GRAY);
            category.setDrawingSupplier(colours);
        }
        return chart;
    }

    /** White to dark blue. */
    private record BlueScale(double getLowerBound, double getUpperBound) implements PaintScale {
        @Override
        public java.awt.Paint getPaint(double value) {
            double f = Math.max(0, Math.min(1, (value - getLowerBound) / (getUpperBound - getLowerBound)));
            return new Color((int) (255 * (1 - 0.9 * f)), (int) (255 * (1 - 0.75 * f)), (int) (255 - 100 * f));
        }
    }

    static String format(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }
}
