package org.attend.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.attend.realtime.EngineSettings;
import org.attend.realtime.EngineStats;
import org.attend.realtime.RealtimeEngine;
import org.attend.source.FileSource;
import org.attend.source.PacedSource;
import org.attend.source.Source;
import org.attend.stream.Ticker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A renderer that cannot keep up must cost frames, never samples: here the first picture does not finish until
 * the session is over. How many slots a slow frame skips is {@link FrameLoopTest}'s, on a fake clock.
 */
class SlowRendererTest {

    @Test
    void aRendererStuckForTheWholeSessionCostsFramesAndNoSample(@TempDir Path dir) throws Exception {
        try (FileSource file = Replays.open()) {
            // paced: a live source, which the engine drops samples from if its processing thread falls behind
            Source source = PacedSource.at(file, 4);
            DashboardPlan plan = Replays.plan(file.info()).optPng(dir.resolve("slow.png"), 0.01)
                    .optFramesPerSecond(15).build();
            CountDownLatch sessionOver = new CountDownLatch(1);
            AtomicInteger renders = new AtomicInteger();
            Dashboard.Renderer stuck = (snapshot, width, height) -> {
                if (renders.incrementAndGet() == 1) {
                    try {
                        sessionOver.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            };
            Replays.ForSeconds stage = new Replays.ForSeconds(12);
            Dashboard dashboard = Dashboard.open(plan, stuck, Ticker.SYSTEM);
            EngineStats stats;
            try {
                stats = new RealtimeEngine(source, data -> { }, stage, EngineSettings.defaults(),
                        List.of(dashboard)).run();
            } finally {
                sessionOver.countDown();
                dashboard.close();
            }
            FrameCounts frames = dashboard.frames();
            assertEquals(0, stats.droppedSamples(), "samples dropped");
            assertEquals(stage.samples, stats.samples(), "every sample acquired reached the stage");
            assertTrue(stats.samples() >= 12 * 160, "12 s at 160 Hz, got " + stats.samples());
            assertTrue(renders.get() >= 2, "the stuck picture, then the final one: " + renders.get());
            assertTrue(frames.skipped() > 0, "the slots the stuck frame covered were skipped, not queued: " + frames);
            assertEquals(frames.rendered() + 1, frames.pngs(), "a picture per frame drawn, and the final one");
        }
    }
}
