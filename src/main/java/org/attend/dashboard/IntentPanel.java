package org.attend.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.List;
import java.util.Locale;
import org.attend.control.PolicyState;
import org.attend.stream.Command;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * What the decoder wants: class probabilities over the last 30 s with the policy's threshold and the
 * commands, beside the dwell progress towards the next command and the last command.
 */
final class IntentPanel {

    private IntentPanel() {
    }

    static void draw(Graphics2D g, Rectangle area, DashboardSnapshot s, Style style) {
        Rectangle inner = style.panel(g, area, "Intent — class probabilities, last 30 s");
        List<String> classes = s.plan().classes();
        g.setFont(style.text);
        int statusHeight = 2 * (g.getFontMetrics().getHeight() + 4) + 4;
        Rectangle chartArea = new Rectangle(inner.x, inner.y, inner.width, inner.height - statusHeight);
        if (s.probabilities().isEmpty()) {
            Text.centred(g, chartArea, "waiting for the first prediction…", style);
        } else {
            style.chart(g, chart(s, classes, style), chartArea);
        }
        status(g, new Rectangle(inner.x + 4, inner.y + inner.height - statusHeight, inner.width - 8, statusHeight),
                s, style);
    }

    private static JFreeChart chart(DashboardSnapshot s, List<String> classes, Style style) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int k = 0; k < classes.size(); k++) {
            XYSeries series = new XYSeries(classes.get(k), false, true);
            for (DashboardSnapshot.ProbabilityRow row : s.probabilities()) {
                if (k < row.probabilities().length) {
                    series.add(row.time(), row.probabilities()[k]);
                }
            }
            data.addSeries(series);
            renderer.setSeriesPaint(k, Style.CLASS_COLORS[k % Style.CLASS_COLORS.length]);
            renderer.setSeriesStroke(k, new BasicStroke(1.8f));
        }
        double now = Double.isNaN(s.now()) ? s.probabilities().get(s.probabilities().size() - 1).time() : s.now();
        NumberAxis time = new NumberAxis("source time (s)");
        time.setAutoRangeIncludesZero(false);
        time.setRange(now - DashboardPlan.HISTORY_SECONDS, now);
        NumberAxis p = new NumberAxis("probability");
        p.setRange(0, 1.02);
        XYPlot plot = new XYPlot(data, time, p, renderer);
        if (s.policy() != null) {
            ValueMarker threshold = new ValueMarker(s.policy().threshold(), Style.MUTED, new BasicStroke(1.4f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
            threshold.setLabel(String.format(Locale.ROOT, "threshold %.2f", s.policy().threshold()));
            threshold.setLabelFont(style.small);
            threshold.setLabelPaint(Style.MUTED);
            threshold.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT); // below the line, clear of the newest data
            threshold.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addRangeMarker(threshold);
        }
        for (Command c : s.commands()) {
            int k = classes.indexOf(c.name());
            Color color = k >= 0 ? Style.CLASS_COLORS[k % Style.CLASS_COLORS.length] : Style.STOP;
            // a command is drawn in its class's colour: which command each line is shows without a label
            ValueMarker m = new ValueMarker(c.sourceTime(), color, new BasicStroke(1.6f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10, new float[] {3, 3}, 0));
            plot.addDomainMarker(m);
        }
        JFreeChart chart = new JFreeChart(null, null, plot, true);
        chart.getLegend().setPosition(RectangleEdge.TOP);
        return chart;
    }

    /** Dwell progress towards the next command (with refractory and held state), then the last command. */
    private static void status(Graphics2D g, Rectangle r, DashboardSnapshot s, Style style) {
        g.setFont(style.text);
        FontMetrics m = g.getFontMetrics();
        int line = m.getHeight() + 4;
        int y = r.y + 2;
        PolicyState p = s.policy();
        if (p == null) {
            Text.at(g, "no policy state yet", r.x, y + m.getAscent(), style.text, Style.MUTED);
            return;
        }
        int x = Text.at(g, "dwell ", r.x, y + m.getAscent(), style.bold, Style.TEXT);
        int barWidth = Math.min(r.width / 3, 220);
        double progress = p.dwellRequired() > 0 ? Math.min(1, p.dwellCount() / (double) p.dwellRequired()) : 0;
        g.setColor(new Color(0xE1E4E8));
        g.fillRect(x, y, barWidth, m.getHeight());
        int k = p.leadingClass() == null ? -1 : s.plan().classes().indexOf(p.leadingClass());
        g.setColor(k >= 0 ? Style.CLASS_COLORS[k % Style.CLASS_COLORS.length] : Style.MUTED);
        g.fillRect(x, y, (int) Math.round(barWidth * progress), m.getHeight());
        g.setColor(Style.BORDER);
        g.drawRect(x, y, barWidth, m.getHeight());
        String count = p.dwellCount() + " / " + p.dwellRequired();
        Text.at(g, count, x + (barWidth - m.stringWidth(count)) / 2, y + m.getAscent(), style.text,
                progress > 0.5 ? Color.WHITE : Style.TEXT);
        x += barWidth + 8;
        String leading = p.leadingClass() == null ? "no class above threshold" : "towards " + p.leadingClass();
        x = Text.at(g, leading, x, y + m.getAscent(), style.text, Style.TEXT);
        if (p.inRefractory()) {
            x = Text.at(g, " · refractory", x, y + m.getAscent(), style.text, Style.CUE);
        }
        if (p.heldReason() != null) {
            Text.at(g, " · held: " + p.heldReason(), x, y + m.getAscent(), style.bold, Style.STOP);
        }
        y += line;
        Command last = s.commands().isEmpty() ? null : s.commands().get(s.commands().size() - 1);
        if (last == null) {
            Text.at(g, "last command: none in 30 s", r.x, y + m.getAscent(), style.text, Style.MUTED);
        } else {
            x = Text.at(g, "last command ", r.x, y + m.getAscent(), style.bold, Style.TEXT);
            x = Text.at(g, last.name(), x, y + m.getAscent(), style.title,
                    "stop".equals(last.name()) ? Style.STOP : Style.COMMAND);
            Text.at(g, String.format(Locale.ROOT, "  p = %.2f, %.1f s ago", last.confidence(),
                    s.now() - last.sourceTime()), x, y + m.getAscent(), style.text, Style.MUTED);
        }
    }
}
