package org.attend.dashboard;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.attend.dsp.ChannelQuality;
import org.attend.report.ScalpPosition;
import org.attend.report.Topomap;

/**
 * Each channel's verdict on the last 2 s of raw signal (flat, railed, artefact, line noise, good): a head map
 * of the electrodes coloured by verdict, and every channel listed by name with its RMS.
 */
final class QualityPanel {

    private QualityPanel() {
    }

    static Color color(ChannelQuality.Verdict v) {
        return switch (v) {
            case GOOD -> new Color(0x2DA44E);
            case FLAT -> new Color(0x8C959F);
            case RAILED -> new Color(0x82071E);
            case ARTEFACT -> new Color(0xFB8500);
            case LINE_NOISE -> new Color(0x8250DF);
        };
    }

    static String name(ChannelQuality.Verdict v) {
        return switch (v) {
            case GOOD -> "good";
            case FLAT -> "flat";
            case RAILED -> "railed";
            case ARTEFACT -> "artefact";
            case LINE_NOISE -> "line noise";
        };
    }

    static void draw(Graphics2D g, Rectangle area, DashboardSnapshot s, FrameAnalysis a, Style style) {
        DashboardPlan plan = s.plan();
        Rectangle inner = style.panel(g, area, "Signal quality — last 2 s, raw"
                + (plan.montageName() != null ? " (positions: " + plan.montageName() + ")" : ""));
        List<ChannelQuality> quality = a.quality();
        if (quality.isEmpty()) {
            Text.centred(g, inner, "waiting for samples…", style);
            return;
        }
        int headSide = plan.hasPositions() ? Math.min(inner.height, inner.width * 45 / 100) : 0;
        if (headSide > 0) {
            List<ScalpPosition> placed = new ArrayList<>();
            List<Color> fill = new ArrayList<>();
            for (int c = 0; c < quality.size(); c++) {
                ScalpPosition p = plan.positions().get(c);
                if (p != null) {
                    placed.add(new ScalpPosition(Style.label(p.label()), p.x(), p.y()));
                    fill.add(color(quality.get(c).verdict()));
                }
            }
            Topomap map = new Topomap(placed);
            Rectangle head = new Rectangle(inner.x, inner.y, headSide, headSide);
            map.drawHead(g, head);
            map.drawSensors(g, head, fill.toArray(Color[]::new), placed.size() <= 32, style.small.getSize2D());
        }
        list(g, new Rectangle(inner.x + headSide + 8, inner.y, inner.width - headSide - 8, inner.height), quality,
                style);
    }

    /** A legend with counts, then one cell per channel: label and RMS on the verdict's colour. */
    private static void list(Graphics2D g, Rectangle r, List<ChannelQuality> quality, Style style) {
        Map<ChannelQuality.Verdict, Integer> counts = new EnumMap<>(ChannelQuality.Verdict.class);
        quality.forEach(q -> counts.merge(q.verdict(), 1, Integer::sum));
        g.setFont(style.small);
        FontMetrics m = g.getFontMetrics();
        int x = r.x;
        int y = r.y + m.getAscent();
        for (ChannelQuality.Verdict v : ChannelQuality.Verdict.values()) {
            String text = name(v) + " " + counts.getOrDefault(v, 0);
            int w = m.stringWidth(text) + m.getHeight() + 10;
            if (x + w > r.x + r.width) {
                x = r.x;
                y += m.getHeight() + 2;
            }
            g.setColor(color(v));
            g.fillRect(x, y - m.getAscent() + 1, m.getHeight() - 3, m.getHeight() - 3);
            Text.at(g, text, x + m.getHeight(), y, style.small, Style.TEXT);
            x += w;
        }
        int top = y + m.getDescent() + 6;
        int cellHeight = m.getHeight() + 3;
        int cellWidth = m.stringWidth("CPz 000.0") + 10;
        int columns = Math.max(1, r.width / cellWidth);
        int rows = (int) Math.ceil(quality.size() / (double) columns);
        if (top + rows * cellHeight > r.y + r.height) {
            cellHeight = Math.max(m.getAscent() + 1, (r.y + r.height - top) / Math.max(1, rows));
        }
        for (int i = 0; i < quality.size(); i++) {
            ChannelQuality q = quality.get(i);
            int cx = r.x + (i / rows) * cellWidth;
            int cy = top + (i % rows) * cellHeight;
            Color c = color(q.verdict());
            g.setColor(q.verdict() == ChannelQuality.Verdict.GOOD ? new Color(0xDAFBE1) : c);
            g.fillRect(cx, cy, cellWidth - 4, cellHeight - 2);
            Color ink = q.verdict() == ChannelQuality.Verdict.GOOD ? Style.TEXT : Color.WHITE;
            Text.at(g, Style.label(q.label()), cx + 3, cy + m.getAscent(), style.small, ink);
            String rms = Style.number(q.rmsMicrovolts(), q.rmsMicrovolts() < 100 ? 1 : 0);
            Text.at(g, rms, cx + cellWidth - 7 - m.stringWidth(rms), cy + m.getAscent(), style.small, ink);
        }
        String foot = "cells: label, RMS µV";
        if (top + rows * cellHeight + m.getHeight() <= r.y + r.height) {
            Text.at(g, foot, r.x, top + rows * cellHeight + m.getAscent(), style.small, Style.MUTED);
        }
    }
}
