package org.attend.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.attend.realtime.EngineSettings;
import org.attend.realtime.EngineStats;
import org.attend.realtime.RealtimeEngine;
import org.attend.source.FileSource;
import org.attend.source.PacedSource;
import org.attend.source.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A renderer far slower than the frame rate must cost frames, never samples. */
class SlowRendererTest {

    private static final long FRAME_MILLIS = 300;

    @Test
    void slowFramesAreSkippedAndCountedWhileNoSampleIsDropped(@TempDir Path dir) throws Exception {
        try (FileSource file = Replays.open()) {
            // paced: a live source, which the engine drops samples from if its processing thread falls behind
            Source source = PacedSource.at(file, 4);
            DashboardPlan plan = Replays.plan(file.info()).optPng(dir.resolve("slow.png"), 0.01)
                    .optFramesPerSecond(15).build();
            Dashboard.Renderer slow = (snapshot, width, height) -> {
                try {
                    Thread.sleep(FRAME_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            };
            Replays.ForSeconds stage = new Replays.ForSeconds(12);
            Dashboard dashboard = Dashboard.open(plan, slow);
            EngineStats stats;
            try {
                stats = new RealtimeEngine(source, data -> { }, stage, EngineSettings.defaults(),
                        List.of(dashboard)).run();
            } finally {
                dashboard.close();
            }
            FrameCounts frames = dashboard.frames();
            assertEquals(0, stats.droppedSamples(), "samples dropped");
            assertEquals(stage.samples, stats.samples(), "every sample acquired reached the stage");
            assertTrue(stats.samples() >= 12 * 160, "12 s at 160 Hz, got " + stats.samples());
            // 12 s at speed 4 is 3 s of wall time: about ten 300 ms frames, each overrunning 4 or 5 slots of 67 ms
            assertTrue(frames.rendered() >= 2, "frames drawn: " + frames.rendered());
            assertTrue(frames.skipped() >= 3 * (frames.rendered() - 1),
                    "skipped " + frames.skipped() + " for " + frames.rendered() + " slow frames");
            assertEquals(frames.rendered() + 1, frames.pngs(), "a picture per frame drawn, and the final one");
        }
    }
}
