package org.attend.dashboard;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.attend.realtime.EngineSettings;
import org.attend.realtime.EngineStats;
import org.attend.realtime.RealtimeEngine;
import org.attend.source.FileSource;
import org.attend.source.PacedSource;

/**
 * Child JVM of {@link DashboardWindowTest} (AWT reads its display once per JVM): opens the dashboard window on
 * the display in DISPLAY, replays the recording through it, captures the window from the screen into the PNG
 * named by the first argument, and prints {@code ok dropped=N frames=N}.
 */
public final class DashboardWindowDriver {

    private DashboardWindowDriver() {
    }

    public static void main(String[] args) throws Exception {
        try (FileSource file = Replays.open()) {
            Dashboard dashboard = Dashboard.open(Replays.plan(file.info()).optWindow(true).build());
            EngineStats stats;
            BufferedImage capture;
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
            } finally {
                dashboard.close();
            }
            ImageIO.write(capture, "png", new File(args[0]));
            System.out.println("ok dropped=" + stats.droppedSamples() + " frames=" + dashboard.frames().rendered());
        }
        System.exit(0);
    }
}
