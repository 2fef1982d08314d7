package org.attend.dashboard;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attend.stream.StreamHealth;
import org.attend.stream.StreamState;

/**
 * The stream's health: the engine's report (state, dropped and late samples, decision latency, LSL clock
 * offset) when it sends one, else what the dashboard sees itself (time since the last chunk, decoder compute
 * time); and the dashboard's own frame counts.
 */
final class HealthPanel {

    /** Wall-clock seconds without a chunk after which the derived state is stale. */
    static final double STALE_SECONDS = 1;
    /** ... and lost. */
    static final double LOST_SECONDS = 5;

    private HealthPanel() {
    }

    static Color color(StreamState state) {
        return switch (state) {
            case CONNECTED -> new Color(0x2DA44E);
            case RECOVERED -> new Color(0x0969DA);
            case STALE -> new Color(0xFB8500);
            case LOST -> new Color(0xCF222E);
        };
    }

    static void draw(Graphics2D g, Rectangle area, DashboardSnapshot s, Style style) {
        Rectangle inner = style.panel(g, area, "Health");
        StreamHealth h = s.health();
        DashboardSnapshot.DerivedHealth d = s.derived();
        StreamState state = h != null ? h.state() : derivedState(d);
        g.setFont(style.title);
        FontMetrics m = g.getFontMetrics();
        String badge = state == null ? "NO DATA" : state.name();
        int badgeWidth = m.stringWidth(badge) + 16;
        g.setColor(state == null ? Style.MUTED : color(state));
        g.fillRoundRect(inner.x, inner.y, badgeWidth, m.getHeight() + 4, 8, 8);
        Text.at(g, badge, inner.x + 8, inner.y + m.getAscent() + 2, style.title, Color.WHITE);
        Text.at(g, h != null ? "engine report" : "dashboard's view", inner.x + badgeWidth + 6,
                inner.y + m.getAscent() + 2, style.small, Style.MUTED);
        List<String[]> rows = new ArrayList<>();
        if (h != null) {
            rows.add(new String[] {"stream", h.streamName()});
            rows.add(new String[] {"dropped / late", h.droppedSamples() + " / " + h.lateSamples() + " samples"});
            rows.add(new String[] {"latency p50/p99", Style.number(h.latencyMsP50(), 1) + " / "
                    + Style.number(h.latencyMsP99(), 1) + " ms"});
            rows.add(new String[] {"clock offset", Double.isNaN(h.clockOffsetSeconds()) ? "– (not LSL)"
                    : String.format(Locale.ROOT, "%.2f ms", h.clockOffsetSeconds() * 1000)});
            rows.add(new String[] {"last sample", Style.number(h.lastSampleTime(), 2) + " s"});
        } else {
            rows.add(new String[] {"stream", s.plan().stream().name()});
            rows.add(new String[] {"samples", Long.toString(d.samplesReceived())});
            rows.add(new String[] {"last chunk", Style.number(d.secondsSinceChunk(), 1) + " s ago"});
            rows.add(new String[] {"compute p50/p99", Style.number(d.computeMsP50(), 1) + " / "
                    + Style.number(d.computeMsP99(), 1) + " ms"});
            rows.add(new String[] {"dropped / late", "in the summary"});
        }
        FrameCounts f = s.frames();
        rows.add(new String[] {"frames", f.rendered() + " drawn, " + f.skipped() + " skipped"
                + (d.listenerErrors() > 0 ? ", " + d.listenerErrors() + " errors" : "")});
        g.setFont(style.text);
        FontMetrics t = g.getFontMetrics();
        int keyWidth = 0;
        for (String[] row : rows) {
            keyWidth = Math.max(keyWidth, t.stringWidth(row[0]));
        }
        int y = inner.y + m.getHeight() + 8 + t.getAscent();
        for (String[] row : rows) {
            if (y > inner.y + inner.height) {
                break;
            }
            Text.at(g, row[0], inner.x, y, style.text, Style.MUTED);
            Text.at(g, row[1], inner.x + keyWidth + 10, y, style.text, Style.TEXT);
            y += t.getHeight();
        }
    }

    /** State from the time since the last chunk: the listener's view when the engine reports none. */
    static StreamState derivedState(DashboardSnapshot.DerivedHealth d) {
        if (Double.isNaN(d.secondsSinceChunk())) {
            return null;
        }
        if (d.secondsSinceChunk() > LOST_SECONDS) {
            return StreamState.LOST;
        }
        return d.secondsSinceChunk() > STALE_SECONDS ? StreamState.STALE : StreamState.CONNECTED;
    }
}
