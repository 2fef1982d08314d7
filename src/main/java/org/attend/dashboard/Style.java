package org.attend.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/** Fonts, colours and the panel frame shared by every panel, sized from the picture's height. */
final class Style {

    static final Color BACKGROUND = new Color(0xF4F5F7);
    static final Color PANEL = Color.WHITE;
    static final Color BORDER = new Color(0xC9CDD3);
    static final Color TEXT = new Color(0x1F2328);
    static final Color MUTED = new Color(0x6A737D);
    static final Color TRACE = new Color(0x1F4E8C);
    static final Color TRACE_OTHER = new Color(0x8C9BB0);
    static final Color CUE = new Color(0xD9822B);
    static final Color COMMAND = new Color(0x1A7F37);
    static final Color STOP = new Color(0xCF222E);
    static final Color[] CLASS_COLORS = {new Color(0x1F77B4), new Color(0xD62728), new Color(0x2CA02C),
        new Color(0x9467BD), new Color(0xFF7F0E), new Color(0x8C564B)};

    final float base;
    final Font title;
    final Font text;
    final Font bold;
    final Font small;

    /** A style for a picture {@code heightPixels} tall (fonts scale with it, 13 px text at 900 px). */
    Style(int heightPixels) {
        base = Math.max(11f, heightPixels / 900f * 13f);
        title = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(base * 1.15f));
        text = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(base));
        bold = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(base));
        small = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(base * 0.85f));
    }

    /** Draws a panel's frame and title; returns the area inside it. */
    Rectangle panel(Graphics2D g, Rectangle r, String name) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(PANEL);
        g.fillRect(r.x, r.y, r.width, r.height);
        g.setColor(BORDER);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(r.x, r.y, r.width - 1, r.height - 1);
        g.setFont(title);
        g.setColor(TEXT);
        int titleHeight = g.getFontMetrics().getHeight();
        g.drawString(name, r.x + 8, r.y + 4 + g.getFontMetrics().getAscent());
        return new Rectangle(r.x + 4, r.y + titleHeight + 6, r.width - 8, r.height - titleHeight - 10);
    }

    /** Draws a chart into {@code r} with the dashboard's fonts and a white plot. */
    void chart(Graphics2D g, JFreeChart chart, Rectangle r) {
        chart(g, chart, r, true);
    }

    /** The same, with antialiased lines or not (text is always antialiased). */
    void chart(Graphics2D g, JFreeChart chart, Rectangle r, boolean antialiasLines) {
        chart.setBackgroundPaint(PANEL);
        chart.setAntiAlias(antialiasLines);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(0, 0, 0, 4));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(small);
            chart.getLegend().setBackgroundPaint(PANEL);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        if (chart.getPlot() instanceof XYPlot xy) {
            xy.setBackgroundPaint(PANEL);
            xy.setDomainGridlinePaint(new Color(0xE1E4E8));
            xy.setRangeGridlinePaint(new Color(0xE1E4E8));
            xy.setOutlinePaint(BORDER);
            axis(xy.getDomainAxis());
            axis(xy.getRangeAxis());
        } else if (chart.getPlot() instanceof CategoryPlot category) {
            category.setBackgroundPaint(PANEL);
            category.setRangeGridlinePaint(new Color(0xE1E4E8));
            category.setOutlinePaint(BORDER);
            axis(category.getDomainAxis());
            axis(category.getRangeAxis());
        }
        chart.draw(g, r);
    }

    private void axis(Axis axis) {
        if (axis != null) {
            axis.setLabelFont(small);
            axis.setTickLabelFont(small);
            axis.setLabelPaint(MUTED);
            axis.setTickLabelPaint(TEXT);
        }
    }

    /** A channel label as shown: without the trailing dots BCI2000/EDF files pad labels with. */
    static String label(String raw) {
        String t = raw.trim();
        int end = t.length();
        while (end > 1 && t.charAt(end - 1) == '.') {
            end--;
        }
        return t.substring(0, end);
    }

    /** A number with {@code decimals} decimals, "–" for NaN. */
    static String number(double v, int decimals) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
