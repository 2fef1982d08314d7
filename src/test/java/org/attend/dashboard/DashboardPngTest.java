package org.attend.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.attend.control.PolicyState;
import org.attend.source.FileSource;
import org.attend.source.SourceRead;
import org.attend.stream.Command;
import org.attend.stream.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless picture: written without a display, of the planned size, showing what was fed in. */
class DashboardPngTest {

    /** Feeds 20 s of the recording with channel Oz flattened, and predictions attending mostly to C3. */
    static void feed(Dashboard dashboard, FileSource source) throws Exception {
        int oz = source.info().channels().indexOf("Oz");
        for (int i = 0; i < 20 * 16; i++) {
            SourceRead read = source.read(Duration.ofMillis(10));
            if (read.chunk() == null) {
                continue;
            }
            java.util.Arrays.fill(read.chunk().data()[oz], 0f);
            dashboard.onChunk(read.chunk(), read.markers());
            if (i % 2 == 0) {
                double t = read.chunk().lastTime();
                float p = (float) (0.5 + 0.4 * Math.sin(t));
                float[][] attention = new float[3][160];
                for (int s = 0; s < 160; s++) {
                    attention[0][s] = 0.8f / 160; // C3
                    attention[1][s] = 0.1f / 160;
                    attention[2][s] = 0.1f / 160;
                }
                dashboard.onPrediction(new Prediction(new String[] {"left", "right"}, new float[] {p, 1 - p},
                        attention, t, 1_000_000));
                dashboard.onPolicyState(new PolicyState("left", 3, 5, 0.8, false, null));
            }
            if (i == 200) {
                dashboard.onCommand(new Command("left", 0.9f, read.chunk().lastTime(), System.nanoTime()));
            }
        }
    }

    @Test
    void writesThePictureOfARecording(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("view.png");
        try (FileSource source = Replays.open()) {
            Dashboard dashboard = Dashboard.open(Replays.plan(source.info()).optPng(png, 0).optSize(1600, 900)
                    .build());
            try {
                feed(dashboard, source);
            } finally {
                dashboard.close();
            }
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(900, image.getHeight());
        assertEquals(Style.TRACE.getRGB(), image.getRGB(4, 4), "header bar");
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 1000, "a drawn dashboard has many colours, got " + colours.size());
        // right column, top: the quality panel marks the flattened channel as flat
        assertTrue(contains(image, 870, 30, 1600, 300, QualityPanel.color(org.attend.dsp.ChannelQuality.Verdict.FLAT)
                .getRGB()), "a flat channel in the quality panel");
        // right column, middle: the attention map peaks (top of the colour scale) at C3
        assertTrue(contains(image, 870, 300, 1600, 560, org.attend.report.ColorMap.VIRIDIS.at(1.0).getRGB()),
                "the attention peak");
    }

    @Test
    void rewritesThePictureEverySoOften(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("every.png");
        try (FileSource source = Replays.open()) {
            Dashboard dashboard = Dashboard.open(Replays.plan(source.info()).optPng(png, 0.2).build());
            try {
                feed(dashboard, source);
                long deadline = System.nanoTime() + 30_000_000_000L; // generous: a loaded machine draws slowly
                while (dashboard.frames().pngs() < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertTrue(dashboard.frames().pngs() >= 2, "pictures during the session: "
                        + dashboard.frames().pngs());
                assertTrue(Files.size(png) > 10_000, "a complete PNG is in place while the session runs");
            } finally {
                dashboard.close();
            }
        }
        assertTrue(!Files.exists(dir.resolve("every.png.part")), "no partial file left behind");
    }

    static boolean contains(BufferedImage image, int x0, int y0, int x1, int y1, int rgb) {
        for (int y = y0; y < Math.min(y1, image.getHeight()); y++) {
            for (int x = x0; x < Math.min(x1, image.getWidth()); x++) {
                if (image.getRGB(x, y) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }
}
