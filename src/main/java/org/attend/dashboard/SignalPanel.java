package org.attend.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attend.stream.ChannelLayout;
import org.attend.stream.Command;
import org.attend.stream.Marker;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.SamplingXYLineRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Scrolling raw traces of every channel over the last 10 s, one lane each, on a common µV scale or one per
 * channel; cue markers and commands as labelled vertical lines. The decoder's channels are drawn darker.
 */
final class SignalPanel {

    private SignalPanel() {
    }

    static void draw(Graphics2D g, Rectangle area, DashboardSnapshot s, Style style) {
        DashboardPlan plan = s.plan();
        List<String> labels = plan.stream().channels().labels().stream().map(Style::label).toList();
        int channels = labels.size();
        double[] gain = new double[channels];
        double laneMicrovolts = scale(s.samples(), gain, plan.commonScale());
        String scale = plan.commonScale()
                ? String.format(Locale.ROOT, "common scale: %s µV per lane", Style.number(laneMicrovolts, 0))
                : "each trace scaled to its own range";
        Rectangle inner = style.panel(g, area, "Signal — raw, last " + (int) DashboardPlan.TRACE_SECONDS + " s, "
                + scale);
        if (s.sampleTimes().length < 2) {
            Text.centred(g, inner, "waiting for samples…", style);
            return;
        }
        TraceDataset data = new TraceDataset(labels.toArray(String[]::new), s.sampleTimes(), s.samples(), gain);
        SamplingXYLineRenderer renderer = new SamplingXYLineRenderer();
        Set<String> decoder = new HashSet<>();
        plan.decoderChannels().forEach(l -> decoder.add(ChannelLayout.normalise(l)));
        boolean highlight = decoder.size() < channels;
        for (int c = 0; c < channels; c++) {
            boolean used = decoder.contains(ChannelLayout.normalise(labels.get(c)));
            renderer.setSeriesPaint(c, !highlight || used ? Style.TRACE : Style.TRACE_OTHER);
            renderer.setSeriesStroke(c, new BasicStroke(0.9f));
        }
        NumberAxis time = new NumberAxis("source time (s)");
        double now = s.now();
        time.setRange(now - DashboardPlan.TRACE_SECONDS, now);
        time.setAutoRangeIncludesZero(false);
        NumberAxis lanes = new NumberAxis(null);
        lanes.setInverted(true);
        lanes.setRange(-0.8, channels - 0.2);
        double laneHeight = inner.height * 0.9 / channels;
        int every = (int) Math.max(1, Math.ceil(style.small.getSize() * 1.1 / laneHeight));
        lanes.setTickUnit(new NumberTickUnit(every, new LabelFormat(labels)));
        XYPlot plot = new XYPlot(data, time, lanes, renderer);
        plot.setRangeGridlinesVisible(false);
        for (Marker m : s.markers()) {
            plot.addDomainMarker(line(m.time(), m.label(), Style.CUE, style, RectangleAnchor.TOP_LEFT));
        }
        for (Command c : s.commands()) {
            Color color = "stop".equals(c.name()) ? Style.STOP : Style.COMMAND;
            plot.addDomainMarker(line(c.sourceTime(), "→ " + c.name(), color, style, RectangleAnchor.BOTTOM_LEFT));
        }
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        // dozens of one-pixel traces: antialiasing them costs most of a frame and adds little
        style.chart(g, chart, inner, false);
    }

    private static ValueMarker line(double time, String label, Color color, Style style, RectangleAnchor anchor) {
        ValueMarker m = new ValueMarker(time, color, new BasicStroke(1.6f));
        m.setLabel(label);
        m.setLabelFont(style.bold);
        m.setLabelPaint(color);
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(anchor == RectangleAnchor.TOP_LEFT ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 210));
        return m;
    }

    /**
     * Sets each trace's gain (lanes per µV) and returns the µV one lane spans on the common scale: three times
     * the median channel's standard deviation, so typical EEG fills its lane and artefacts stand out.
     */
    private static double scale(float[][] samples, double[] gain, boolean common) {
        double[] sd = new double[samples.length];
        for (int c = 0; c < samples.length; c++) {
            sd[c] = deviation(samples[c]);
        }
        List<Double> positive = new ArrayList<>();
        for (double v : sd) {
            if (v > 0 && Double.isFinite(v)) {
                positive.add(v);
            }
        }
        double median = positive.isEmpty() ? 1 : positive.stream().sorted().toList().get(positive.size() / 2);
        double lane = niceStep(3 * median);
        for (int c = 0; c < gain.length; c++) {
            double own = sd[c] > 0 && Double.isFinite(sd[c]) ? 3 * sd[c] : lane;
            gain[c] = 1 / (common ? lane : own);
        }
        return lane;
    }

    private static double deviation(float[] x) {
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (float v : x) {
            if (Float.isFinite(v)) {
                sum += v;
                sq += (double) v * v;
                n++;
            }
        }
        if (n < 2) {
            return 0;
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, sq / n - mean * mean));
    }

    /** The next of 1, 2, 5 × 10^k at or above {@code v}. */
    static double niceStep(double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v * 0.999) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
