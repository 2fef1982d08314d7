package org.attend.dashboard;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;

/** Plain text drawing for panels. */
final class Text {

    private Text() {
    }

    /** {@code message} in the middle of {@code r}, in the muted colour. */
    static void centred(Graphics2D g, Rectangle r, String message, Style style) {
        g.setFont(style.text);
        g.setColor(Style.MUTED);
        FontMetrics m = g.getFontMetrics();
        int y = r.y + r.height / 2;
        for (String line : message.split("\n")) {
            g.drawString(line, r.x + (r.width - m.stringWidth(line)) / 2, y);
            y += m.getHeight();
        }
    }

    /** Writes {@code text} at (x, baseline y) and returns the x after it. */
    static int at(Graphics2D g, String text, int x, int y, Font font, Color color) {
        g.setFont(font);
        g.setColor(color);
        g.drawString(text, x, y);
        return x + g.getFontMetrics().stringWidth(text);
    }
}
