package org.attend.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.attend.dsp.PreprocessorSpec;
import org.attend.dsp.StreamingPreprocessor;
import org.attend.source.Source;
import org.attend.source.SourceRead;
import org.attend.stream.ChannelLayout;
import org.attend.stream.Chunk;
import org.attend.stream.Command;
import org.attend.stream.Marker;
import org.attend.stream.StreamHealth;
import org.attend.stream.StreamInfo;
import org.attend.stream.Ticker;
import org.junit.jupiter.api.Test;

class RealtimeEngineTest {

    /** Delivers {@code chunks} chunks of 10 samples, each with one marker, then silence or the end. */
    static class ScriptedSource implements Source {
        private final boolean live;
        private final int chunks;
        private final int silentReadsBeforeEnd;
        private int delivered;
        private int silent;

        ScriptedSource(boolean live, int chunks, int silentReadsBeforeEnd) {
            this.live = live;
            this.chunks = chunks;
            this.silentReadsBeforeEnd = silentReadsBeforeEnd;
        }

        @Override
        public StreamInfo info() {
            return new StreamInfo("scripted", "EEG", ChannelLayout.of("C3", "C4"), 100, "uV", "");
        }

        @Override
        public SourceRead read(Duration timeout) throws InterruptedException {
            if (delivered < chunks) {
                float[][] data = new float[2][10];
                double[] times = new double[10];
                for (int i = 0; i < 10; i++) {
                    times[i] = (delivered * 10 + i) / 100.0;
                }
                delivered++;
                return SourceRead.of(new Chunk(data, times), List.of(new Marker("m" + delivered, times[0])));
            }
            if (silent++ < silentReadsBeforeEnd) {
                Thread.sleep(timeout.toMillis());
                return SourceRead.timeout();
            }
            return SourceRead.end();
        }

        @Override
        public boolean isLive() {
            return live;
        }

        @Override
        public void close() {
        }
    }

    /** Records what reaches the processing thread, slowly. */
    static final class SlowStage implements Stage {
        final List<Marker> markers = new ArrayList<>();
        long samples;
        int losses;
        final long sleepMillis;

        SlowStage(long sleepMillis) {
            this.sleepMillis = sleepMillis;
        }

        @Override
        public boolean accept(AcquiredChunk filtered, Chunk raw) throws Exception {
            markers.addAll(filtered.markers());
            samples += filtered.chunk().sampleCount();
            Thread.sleep(sleepMillis);
            return true;
        }

        @Override
        public void streamStale(double lastSourceTime) {
            losses++;
        }

        @Override
        public void restartAfterGap() {
        }
    }

    private static ChunkFilter preprocessor() {
        return StreamingPreprocessor.of(PreprocessorSpec.bandpass(100, 8, 30), 2)::process;
    }

    @Test
    void liveSourceIsNeverBlockedAndLostSamplesAreCountedWithMarkersKept() throws Exception {
        SlowStage stage = new SlowStage(2);
        EngineSettings settings = new EngineSettings(4, 4, Duration.ofMillis(10), Duration.ofSeconds(5), 10);
        EngineStats stats = new RealtimeEngine(new ScriptedSource(true, 500, 0), preprocessor(), stage, settings,
                List.of()).run();
        assertTrue(stats.droppedSamples() > 0, "a 2 ms stage cannot keep up with an instant live source");
        assertEquals(5000, stats.droppedSamples() + stage.samples, "every sample is processed or counted dropped");
        assertEquals(stats.samples(), stage.samples);
        assertEquals(500, stage.markers.size(), "markers of dropped chunks still arrive");
        assertEquals("m1", stage.markers.get(0).label());
        assertEquals("m500", stage.markers.get(499).label());
    }

    @Test
    void sourceThatCanWaitGetsBackPressureAndLosesNothing() throws Exception {
        SlowStage stage = new SlowStage(1);
        EngineStats stats = new RealtimeEngine(new ScriptedSource(false, 100, 0), preprocessor(), stage,
                EngineSettings.defaults(), List.of()).run();
        assertEquals(0, stats.droppedSamples());
        assertEquals(1000, stage.samples);
        assertEquals(100, stage.markers.size());
    }

    @Test
    void silenceBeyondTheStaleTimeoutIsReportedOnce() throws Exception {
        SlowStage stage = new SlowStage(0);
        EngineSettings settings = new EngineSettings(16, 4, Duration.ofMillis(20), Duration.ofMillis(100), 10);
        // 5 chunks are too few to learn the outlet's timing (StaleTimeout), so the session sets one: 100 ms
        EngineStats stats = new RealtimeEngine(new ScriptedSource(true, 5, 15), preprocessor(), stage, settings,
                List.of(), new CommandOutputs(List.of(), Ticker.SYSTEM), 100, new LatencyRecorder(), Ticker.SYSTEM)
                .run();
        assertEquals(1, stats.signalLosses());
        assertEquals(1, stage.losses);
    }

    @Test
    void healthReportsCarryTheSourcesLslClockOffset() throws Exception {
        List<StreamHealth> reports = new CopyOnWriteArrayList<>();
        SessionListener listener = new SessionListener() {
            @Override
            public void onHealth(StreamHealth health) {
                reports.add(health);
            }
        };
        Source offset = new ScriptedSource(true, 5, 0) {
            @Override
            public double clockOffsetSeconds() {
                return 0.0123;
            }
        };
        new RealtimeEngine(offset, preprocessor(), new SlowStage(0), EngineSettings.defaults(), List.of(listener))
                .run();
        assertTrue(!reports.isEmpty(), "the stream connected");
        assertEquals(0.0123, reports.get(0).clockOffsetSeconds(), "an LSL stream's offset, not '- (not LSL)'");
        reports.clear();
        new RealtimeEngine(new ScriptedSource(true, 5, 0), preprocessor(), new SlowStage(0),
                EngineSettings.defaults(), List.of(listener)).run();
        assertTrue(Double.isNaN(reports.get(0).clockOffsetSeconds()), "a source without one has none");
    }
}
