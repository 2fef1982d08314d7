package org.attend.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.attend.dsp.Psd;
import org.attend.stream.ChannelLayout;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Live Welch PSD of the last 2 s of every channel (grey), the highlighted channels in colour (C3 and C4 when
 * the stream has them, else the decoder's first channels), the mu and beta bands shaded; beside it the mu
 * and beta power of each of the decoder's channels.
 */
final class SpectrumPanel {

    private static final double MAX_HZ = 45;
    private static final Color MU = new Color(0x4C72B0);
    private static final Color BETA = new Color(0xDD8452);

    private SpectrumPanel() {
    }

    static void draw(Graphics2D g, Rectangle area, DashboardSnapshot s, FrameAnalysis a, Style style) {
        Rectangle inner = style.panel(g, area, "Spectrum — Welch PSD of the last 2 s; mu 8–12 Hz, beta 13–30 Hz");
        if (a.spectra().isEmpty()) {
            Text.centred(g, inner, "waiting for 1 s of signal…", style);
            return;
        }
        List<String> labels = s.plan().stream().channels().labels();
        List<Integer> highlighted = highlighted(s.plan());
        int split = inner.width * 58 / 100;
        style.chart(g, psdChart(labels, a.spectra(), highlighted, s.plan().stream().sampleRateHz(), style),
                new Rectangle(inner.x, inner.y, split, inner.height));
        style.chart(g, bandChart(s.plan(), a, style),
                new Rectangle(inner.x + split, inner.y, inner.width - split, inner.height));
    }

    /** C3 and C4 if present, else up to four of the decoder's channels. */
    static List<Integer> highlighted(DashboardPlan plan) {
        ChannelLayout layout = plan.stream().channels();
        List<Integer> out = new ArrayList<>();
        for (String l : List.of("C3", "C4")) {
            int i = layout.indexOf(l);
            if (i >= 0) {
                out.add(i);
            }
        }
        if (out.isEmpty()) {
            for (String l : plan.decoderChannels()) {
                int i = layout.indexOf(l);
                if (i >= 0 && out.size() < 4) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    private static JFreeChart psdChart(List<String> labels, List<Psd> spectra, List<Integer> highlighted,
                                       double rateHz, Style style) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        double top = Math.min(MAX_HZ, rateHz / 2);
        int series = 0;
        // grey first so that the highlighted channels are drawn over them
        for (int c = 0; c < spectra.size(); c++) {
            if (!highlighted.contains(c) && spectra.get(c) != null) {
                data.addSeries(series(labels.get(c) + "#" + c, spectra.get(c), top));
                renderer.setSeriesPaint(series, new Color(0xCBCED3)); // opaque: alpha blending 60 lines is slow
                renderer.setSeriesStroke(series, new BasicStroke(0.8f));
                renderer.setSeriesVisibleInLegend(series, false);
                series++;
            }
        }
        int k = 0;
        for (int c : highlighted) {
            if (spectra.get(c) != null) {
                data.addSeries(series(Style.label(labels.get(c)), spectra.get(c), top));
                renderer.setSeriesPaint(series, Style.CLASS_COLORS[k++ % Style.CLASS_COLORS.length]);
                renderer.setSeriesStroke(series, new BasicStroke(2.2f));
                series++;
            }
        }
        NumberAxis frequency = new NumberAxis("frequency (Hz)");
        frequency.setRange(1, top);
        LogAxis power = new LogAxis("PSD (µV²/Hz)");
        power.setSmallestValue(1e-3);
        power.setTickUnit(new NumberTickUnit(1)); // one tick per decade
        power.setNumberFormatOverride(new DecimalFormat("0.###",
                DecimalFormatSymbols.getInstance(Locale.ROOT)));
        XYPlot plot = new XYPlot(data, frequency, power, renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.addDomainMarker(band(FrameAnalysis.MU_LOW_HZ, FrameAnalysis.MU_HIGH_HZ, "mu", MU, style),
                org.jfree.chart.ui.Layer.BACKGROUND);
        plot.addDomainMarker(band(FrameAnalysis.BETA_LOW_HZ, FrameAnalysis.BETA_HIGH_HZ, "beta", BETA, style),
                org.jfree.chart.ui.Layer.BACKGROUND);
        JFreeChart chart = new JFreeChart(null, null, plot, true);
        chart.getLegend().setPosition(org.jfree.chart.ui.RectangleEdge.TOP);
        return chart;
    }

    private static XYSeries series(String key, Psd psd, double topHz) {
        XYSeries s = new XYSeries(key, false, false);
        double[] f = psd.frequenciesHz();
        double[] p = psd.density();
        for (int b = 0; b < f.length; b++) {
            if (f[b] >= 1 && f[b] <= topHz && p[b] > 0) {
                s.add(f[b], p[b]);
            }
        }
        return s;
    }

    private static IntervalMarker band(double low, double high, String name, Color color, Style style) {
        IntervalMarker m = new IntervalMarker(low, high);
        m.setPaint(new Color(color.getRed(), color.getGreen(), color.getBlue(), 38));
        m.setLabel(name);
        m.setLabelFont(style.bold);
        m.setLabelPaint(color.darker());
        m.setLabelAnchor(RectangleAnchor.TOP);
        m.setLabelTextAnchor(TextAnchor.TOP_CENTER);
        return m;
    }

    /** Mu and beta power of the decoder's channels (all channels if it names none the stream has). */
    private static JFreeChart bandChart(DashboardPlan plan, FrameAnalysis a, Style style) {
        ChannelLayout layout = plan.stream().channels();
        List<Integer> rows = new ArrayList<>();
        for (String l : plan.decoderChannels()) {
            int i = layout.indexOf(l);
            if (i >= 0) {
                rows.add(i);
            }
        }
        if (rows.isEmpty()) {
            for (int i = 0; i < layout.size(); i++) {
                rows.add(i);
            }
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int c : rows) {
            String label = Style.label(layout.label(c));
            data.addValue(positive(a.muPower()[c]), "mu", label);
            data.addValue(positive(a.betaPower()[c]), "beta", label);
        }
        CategoryAxis channels = new CategoryAxis(null);
        channels.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        channels.setCategoryMargin(0.1);
        NumberAxis power = new NumberAxis("band power (µV²)");
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0);
        renderer.setSeriesPaint(0, MU);
        renderer.setSeriesPaint(1, BETA);
        CategoryPlot plot = new CategoryPlot(data, channels, power, renderer);
        JFreeChart chart = new JFreeChart(null, null, plot, true);
        chart.getLegend().setPosition(org.jfree.chart.ui.RectangleEdge.TOP);
        return chart;
    }

    private static Double positive(double v) {
        return v > 0 && Double.isFinite(v) ? v : null;
    }
}
