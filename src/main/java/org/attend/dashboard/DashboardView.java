package org.attend.dashboard;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.awt.Color;

/**
 * Paints one frame of the dashboard from a snapshot: header, then signal and spectrum on the left; quality,
 * attention, intent and health on the right. The window and the PNG files show the very same picture.
 */
final class DashboardView {

    private DashboardView() {
    }

    /** A new image of the given size holding the frame. */
    static BufferedImage render(DashboardSnapshot s, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(g, s, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    static void paint(Graphics2D g, DashboardSnapshot s, int width, int height) {
        Style style = new Style(height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Style.BACKGROUND);
        g.fillRect(0, 0, width, height);
        int gap = 6;
        int header = header(g, s, width, style);
        FrameAnalysis analysis = FrameAnalysis.of(s);
        int top = header + gap;
        int body = height - top - gap;
        int left = width * 54 / 100;
        int rightX = left + 2 * gap;
        int rightWidth = width - rightX - gap;
        int signalHeight = body * 60 / 100;
        SignalPanel.draw(g, new Rectangle(gap, top, left - gap, signalHeight), s, style);
        SpectrumPanel.draw(g, new Rectangle(gap, top + signalHeight + gap, left - gap, body - signalHeight - gap), s,
                analysis, style);
        int qualityHeight = body * 31 / 100;
        int attentionHeight = body * 29 / 100;
        int lowerY = top + qualityHeight + attentionHeight + 2 * gap;
        int lowerHeight = top + body - lowerY;
        QualityPanel.draw(g, new Rectangle(rightX, top, rightWidth, qualityHeight), s, analysis, style);
        AttentionPanel.draw(g, new Rectangle(rightX, top + qualityHeight + gap, rightWidth, attentionHeight), s,
                style);
        int intentWidth = rightWidth * 61 / 100;
        IntentPanel.draw(g, new Rectangle(rightX, lowerY, intentWidth, lowerHeight), s, style);
        HealthPanel.draw(g, new Rectangle(rightX + intentWidth + gap, lowerY, rightWidth - intentWidth - gap,
                lowerHeight), s, style);
    }

    /** One line naming the session and the time; returns its height. */
    private static int header(Graphics2D g, DashboardSnapshot s, int width, Style style) {
        DashboardPlan plan = s.plan();
        g.setFont(style.title);
        int height = g.getFontMetrics().getHeight() + 8;
        g.setColor(Style.TRACE);
        g.fillRect(0, 0, width, height);
        String text = String.format(Locale.ROOT, "Attend — stream '%s', %d channels at %s Hz — decoder '%s' (%s) "
                        + "— source time %s s", plan.stream().name(), plan.stream().channelCount(),
                Style.number(plan.stream().sampleRateHz(), 0), plan.decoderName(), String.join(" / ", plan.classes()),
                Style.number(s.now(), 1));
        Text.at(g, text, 10, 4 + g.getFontMetrics().getAscent(), style.title, Color.WHITE);
        return height;
    }
}
