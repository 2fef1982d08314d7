package org.attend.dashboard;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.attend.report.ColorMap;
import org.attend.report.ScalpPosition;
import org.attend.report.Topomap;
import org.attend.stream.ChannelLayout;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The decoder's attention on the newest window ({@code [channel][sample]}): its channel weights (summed over
 * the window) as a scalp map interpolated over the decoder's electrodes, and its time profile (summed over
 * channels) across the window.
 */
final class AttentionPanel {

    private AttentionPanel() {
    }

    static void draw(Graphics2D g, Rectangle area, DashboardSnapshot s, Style style) {
        DashboardPlan plan = s.plan();
        Rectangle inner = style.panel(g, area, "Attention — decoder '" + plan.decoderName() + "', newest window");
        float[][] attention = s.attention();
        if (attention == null) {
            Text.centred(g, inner, s.derived().predictions() == 0 ? "waiting for the first prediction…"
                    : "decoder '" + plan.decoderName() + "' reports no attention\n(only attention decoders, "
                            + "e.g. 'attend', do)", style);
            return;
        }
        int rows = Math.min(attention.length, plan.decoderChannels().size());
        double[] channelWeight = new double[rows];
        int samples = attention[0].length;
        double[] timeWeight = new double[samples];
        for (int c = 0; c < rows; c++) {
            for (int t = 0; t < samples; t++) {
                channelWeight[c] += attention[c][t];
                timeWeight[t] += attention[c][t];
            }
        }
        ChannelLayout layout = plan.stream().channels();
        List<ScalpPosition> placed = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < rows; c++) {
            int i = layout.indexOf(plan.decoderChannels().get(c));
            ScalpPosition p = i < 0 ? null : plan.positions().get(i);
            if (p != null) {
                placed.add(new ScalpPosition(Style.label(p.label()), p.x(), p.y()));
                values.add(channelWeight[c]);
                min = Math.min(min, channelWeight[c]);
                max = Math.max(max, channelWeight[c]);
            }
        }
        int mapSide = Math.min(inner.height, inner.width * 46 / 100);
        if (placed.isEmpty()) {
            Text.centred(g, new Rectangle(inner.x, inner.y, mapSide, inner.height),
                    "no electrode positions\nfor the decoder's channels", style);
        } else {
            Topomap map = new Topomap(placed);
            Rectangle head = new Rectangle(inner.x, inner.y, mapSide - 40, mapSide);
            double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
            map.drawInterpolated(g, head, v, min, max, ColorMap.VIRIDIS);
            map.drawHead(g, head);
            Color[] fill = new Color[placed.size()];
            for (int i = 0; i < fill.length; i++) {
                fill[i] = ColorMap.VIRIDIS.at(v[i], min, max);
            }
            map.drawSensors(g, head, fill, placed.size() <= 32, style.small.getSize2D() * 0.9f);
            int barTop = inner.y + mapSide / 6;
            Topomap.drawColorBar(g, new Rectangle(inner.x + mapSide - 36, barTop, 12, mapSide * 2 / 3), ColorMap.VIRIDIS,
                    min, max, "weight", style.small.getSize2D());
        }
        double seconds = samples / plan.stream().sampleRateHz();
        XYSeries profile = new XYSeries("attention over the window", false, false);
        for (int t = 0; t < samples; t++) {
            profile.add((t + 1) / plan.stream().sampleRateHz() - seconds, timeWeight[t]);
        }
        XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        renderer.setSeriesPaint(0, new Color(0x31688E));
        NumberAxis time = new NumberAxis("time in window, s before its end");
        time.setRange(-seconds, 0);
        NumberAxis weight = new NumberAxis("weight (sum over channels)");
        weight.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(new XYSeriesCollection(profile), time, weight, renderer);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        style.chart(g, chart, new Rectangle(inner.x + mapSide + 4, inner.y, inner.width - mapSide - 4,
                inner.height));
    }
}
