package org.attend.dashboard;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;

/**
 * The window's content: shows the newest frame the render thread finished. A frame that arrives before the
 * previous one was shown replaces it; nothing queues on the event thread.
 */
final class DashboardCanvas extends JComponent {

    private final AtomicReference<BufferedImage> latest = new AtomicReference<>();

    /** Called from the render thread. */
    void show(BufferedImage frame) {
        latest.set(frame);
        repaint(); // Swing coalesces pending repaints
    }

    @Override
    protected void paintComponent(Graphics g) {
        BufferedImage frame = latest.get();
        if (frame == null) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            return;
        }
        g.drawImage(frame, 0, 0, getWidth(), getHeight(), null);
    }
}
