package org.attend.dashboard;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.attend.control.PolicyState;
import org.attend.realtime.SessionListener;
import org.attend.stream.StreamHealth;
import org.attend.stream.Chunk;
import org.attend.stream.Command;
import org.attend.stream.Marker;
import org.attend.stream.Prediction;
import org.attend.stream.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live operator view of a session, as a {@link SessionListener}: the processing thread's callbacks only
 * copy into the latest-state model; a render thread draws it at the plan's frame rate into a Swing window
 * and/or a PNG file (offscreen, so it works headless), skipping frames rather than queueing them.
 */
public final class Dashboard implements SessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(Dashboard.class);

    /** Draws a frame; the dashboard's view, or a test's slow stand-in around it. */
    interface Renderer {
        BufferedImage render(DashboardSnapshot snapshot, int widthPixels, int heightPixels);
    }

    private final DashboardPlan plan;
    private final DashboardModel model;
    private final Renderer renderer;
    private final FrameLoop loop;
    private final JFrame frame;
    private final DashboardCanvas canvas;
    private final Ticker ticker;
    private long lastPngNanos;
    private long pngs;
    private boolean closed;

    private Dashboard(DashboardPlan plan, Renderer renderer, JFrame frame, DashboardCanvas canvas, Ticker ticker) {
        this.plan = plan;
        this.ticker = ticker;
        this.lastPngNanos = ticker.nanos();
        this.model = new DashboardModel(plan, ticker);
        this.renderer = renderer;
        this.frame = frame;
        this.canvas = canvas;
        this.loop = new FrameLoop(plan.framesPerSecond(), this::frame, ticker);
    }

    /**
     * Opens the window (if the plan asks for one) and starts rendering.
     *
     * @throws IllegalStateException in one line when a window is asked for on a machine without a display
     */
    public static Dashboard open(DashboardPlan plan) {
        return open(plan, DashboardView::render, Ticker.SYSTEM);
    }

    /** The same, drawn by {@code renderer}, frames and pictures timed by {@code ticker}. */
    static Dashboard open(DashboardPlan plan, Renderer renderer, Ticker ticker) {
        JFrame frame = null;
        DashboardCanvas canvas = null;
        if (plan.window()) {
            if (GraphicsEnvironment.isHeadless()) {
                throw new IllegalStateException("--dashboard needs a display, and this Java runs headless (no X "
                        + "server or DISPLAY unset); use --dashboard-png FILE for a picture without one");
            }
            canvas = new DashboardCanvas();
            frame = window(plan, canvas);
        }
        Dashboard dashboard = new Dashboard(plan, renderer, frame, canvas, ticker);
        dashboard.loop.start();
        return dashboard;
    }

    private static JFrame window(DashboardPlan plan, DashboardCanvas canvas) {
        JFrame[] made = new JFrame[1];
        try {
            SwingUtilities.invokeAndWait(() -> {
                JFrame f = new JFrame("Attend — " + plan.stream().name());
                f.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
                canvas.setPreferredSize(new Dimension(Math.min(plan.widthPixels(), 1600),
                        Math.min(plan.heightPixels(), 900)));
                f.setContentPane(canvas);
                f.pack();
                f.setLocationByPlatform(true);
                f.setVisible(true);
                made[0] = f;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("dashboard: interrupted while opening its window", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("dashboard: cannot open its window: " + e.getCause().getMessage(),
                    e.getCause());
        }
        return made[0];
    }

    /** One frame on the render thread: the window's picture, and the PNG when one is due; true if drawn. */
    private boolean frame() {
        DashboardSnapshot snapshot = model.snapshot(frames());
        boolean drawn = false;
        if (canvas != null && canvas.isShowing() && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            canvas.show(renderer.render(snapshot, canvas.getWidth(), canvas.getHeight()));
            drawn = true;
        }
        long now = ticker.nanos();
        if (plan.png() != null && plan.pngEverySeconds() > 0 && now - lastPngNanos >= plan.pngEverySeconds() * 1e9) {
            lastPngNanos = now;
            try {
                writePng(snapshot);
                drawn = true;
            } catch (IOException e) {
                LOG.warn("dashboard: {}", e.getMessage());
            }
        }
        return drawn;
    }

    private void writePng(DashboardSnapshot snapshot) throws IOException {
        BufferedImage image = renderer.render(snapshot, plan.widthPixels(), plan.heightPixels());
        Path target = plan.png().toAbsolutePath();
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            ImageIO.write(image, "png", temp.toFile());
            // a viewer refreshing the file never sees half a picture
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw new IOException("cannot write the dashboard picture " + plan.png() + ": " + e.getMessage(), e);
        }
        synchronized (this) {
            pngs++;
        }
    }

    /** Frames drawn and skipped so far, and PNGs written. */
    public synchronized FrameCounts frames() {
        return new FrameCounts(loop.rendered(), loop.skipped(), pngs);
    }

    /** The plan the dashboard was opened with. */
    public DashboardPlan plan() {
        return plan;
    }

    /** The window, or null when none was asked for. */
    JFrame window() {
        return frame;
    }

    @Override
    public void onChunk(Chunk raw, List<Marker> markers) {
        model.onChunk(raw, markers);
    }

    @Override
    public void onPrediction(Prediction prediction) {
        model.onPrediction(prediction);
    }

    @Override
    public void onCommand(Command command) {
        model.onCommand(command);
    }

    @Override
    public void onPolicyState(PolicyState state) {
        model.onPolicyState(state);
    }

    @Override
    public void onHealth(StreamHealth health) {
        model.onHealth(health);
    }

    /**
     * Stops rendering, writes the final PNG from the session's last state, and closes the window.
     *
     * @throws IOException naming the PNG file when it cannot be written
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            loop.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (plan.png() != null) {
                writePng(model.snapshot(frames()));
            }
        } finally {
            if (frame != null) {
                SwingUtilities.invokeLater(frame::dispose);
            }
            FrameCounts f = frames();
            LOG.info(String.format(Locale.ROOT, "dashboard: %d frames drawn at %.0f frames/s, %d skipped, %d PNG(s)",
                    f.rendered(), plan.framesPerSecond(), f.skipped(), f.pngs()));
        }
    }
}
