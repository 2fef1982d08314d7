package org.attend.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.attend.realtime.EngineSettings;
import org.attend.realtime.EngineStats;
import org.attend.realtime.RealtimeEngine;
import org.attend.source.FileSource;
import org.attend.source.PacedSource;
import org.junit.jupiter.api.Test;

/**
 * The real window on a display (run the tests under {@code xvfb-run} on a machine without one): a replay
 * drives it, and a screen capture of the window shows the drawn dashboard.
 */
class DashboardWindowTest {

    @Test
    void theWindowShowsTheReplay() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run the tests under xvfb-run");
        BufferedImage capture;
        EngineStats stats;
        try (FileSource file = Replays.open()) {
            Dashboard dashboard = Dashboard.open(Replays.plan(file.info()).optWindow(true).build());
            try {
                stats = new RealtimeEngine(PacedSource.at(file, 4), data -> { }, new Replays.ForSeconds(16),
                        EngineSettings.defaults(), List.of(dashboard)).run();
                long deadline = System.nanoTime() + 60_000_000_000L; // a loaded machine draws slowly
                while (dashboard.frames().rendered() < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                Thread.sleep(500); // let the event thread paint the newest frame
                JFrame frame = dashboard.window();
                Rectangle[] bounds = new Rectangle[1];
                SwingUtilities.invokeAndWait(() -> {
                    Point origin = frame.getContentPane().getLocationOnScreen();
                    bounds[0] = new Rectangle(origin, frame.getContentPane().getSize());
                });
                capture = new Robot().createScreenCapture(bounds[0]);
                assertTrue(dashboard.frames().rendered() >= 3, "frames drawn: " + dashboard.frames().rendered());
            } finally {
                dashboard.close();
            }
        }
        Path shot = Path.of(System.getProperty("java.io.tmpdir"), "attend-dashboard-window.png");
        ImageIO.write(capture, "png", shot.toFile());
        assertEquals(0, stats.droppedSamples());
        assertTrue(capture.getWidth() >= 640 && capture.getHeight() >= 360, "window " + capture.getWidth() + "×"
                + capture.getHeight());
        Set<Integer> colours = new HashSet<>();
        int background = 0;
        for (int y = 0; y < capture.getHeight(); y += 2) {
            for (int x = 0; x < capture.getWidth(); x += 2) {
                colours.add(capture.getRGB(x, y));
                background += capture.getRGB(x, y) == Style.BACKGROUND.getRGB() ? 1 : 0;
            }
        }
        assertTrue(colours.size() > 300, "the captured window is drawn (" + colours.size() + " colours), see " + shot);
        assertTrue(DashboardPngTest.contains(capture, 0, 0, capture.getWidth(), 8, Style.TRACE.getRGB()),
                "the header bar is on screen, see " + shot);
        assertTrue(background < capture.getWidth() * capture.getHeight() / 8, "mostly panels, not background");
    }
}
