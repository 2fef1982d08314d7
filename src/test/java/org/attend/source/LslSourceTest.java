package org.attend.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.attend.stream.ChannelFormat;
import org.attend.lsl.JavaBackend;
import org.attend.lsl.JavaOutlet;
import org.attend.lsl.LslClock;
import org.attend.lsl.LslConfig;
import org.attend.lsl.LslStreamInfo;
import org.attend.stream.Chunk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.attend.testing.TestFiles;

@Timeout(60)
class LslSourceTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final LslConfig CONFIG = TestFiles.loopbackLsl();
    private static final JavaBackend BACKEND = new JavaBackend(CONFIG);

    private static LslStreamInfo eeg(String sid, String unit) {
        return LslStreamInfo.create("SrcEEG", "EEG", 3, ChannelFormat.FLOAT32, 200, sid)
                .withChannels(List.of("C3", "Cz", "C4"), unit, "EEG");
    }

    @Test
    void deliversMicrovoltChunksOnTheLocalClock() throws Exception {
        String sid = "src-" + UUID.randomUUID();
        try (JavaOutlet outlet = new JavaOutlet(eeg(sid, "volts"), CONFIG);
             LslSource source = LslSource.open(BACKEND, "source_id='" + sid + "'", WAIT)) {
            assertTrue(source.isLive());
            assertEquals(List.of("C3", "Cz", "C4"), source.info().channels().labels());
            assertEquals(200.0, source.info().sampleRateHz());
            assertEquals("uV", source.info().unit());
            assertEquals(sid, source.info().sourceId());
            double[] pushed = new double[100];
            for (int i = 0; i < 100; i++) {
                pushed[i] = LslClock.now();
                outlet.pushSample(new float[] {i * 1e-6f, -i * 1e-6f, 0.5f}, pushed[i], true);
            }
            int got = 0;
            while (got < 100) {
                SourceRead r = source.read(WAIT);
                Chunk c = r.chunk();
                assertEquals(0, r.lostSamples());
                for (int j = 0; j < c.sampleCount(); j++, got++) {
                    assertEquals(got, c.data()[0][j], 1e-3, "volts scaled to microvolts");
                    assertEquals(-got, c.data()[1][j], 1e-3);
                    assertEquals(500_000f, c.data()[2][j], 0.5f);
                    // same host, same monotonic clock: the corrected time is the push time within the rtt
                    assertEquals(pushed[got] + source.timeCorrection(), c.timestamps()[j], 1e-9);
                }
            }
            assertEquals(0.0, source.timeCorrection(), 0.01);
        }
    }

    @Test
    void nothingFoundIsAClearError() {
        StreamNotFoundException e = assertThrows(StreamNotFoundException.class,
                () -> LslSource.open(BACKEND, "name='NoSuchHeadset-" + UUID.randomUUID() + "'", Duration.ofMillis(800)));
        assertTrue(e.getMessage().contains("no LSL stream matches \"name='NoSuchHeadset-"), e.getMessage());
    }

    @Test
    void markerStreamsAreRefused() throws Exception {
        String sid = "mrk-" + UUID.randomUUID();
        try (JavaOutlet outlet = new JavaOutlet(LslStreamInfo.create("M", "Markers", 1, ChannelFormat.STRING, 0, sid),
                CONFIG)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> LslSource.open(BACKEND, "source_id='" + sid + "'", WAIT));
            assertTrue(e.getMessage().contains("carries strings"));
        }
    }

    @Test
    void anOutletRestartIsReportedAsLostSamples() throws Exception {
        String sid = "gap-" + UUID.randomUUID();
        double t0 = 100.0;
        JavaOutlet first = new JavaOutlet(eeg(sid, "microvolts"), CONFIG);
        try (LslSource source = LslSource.open(BACKEND, "source_id='" + sid + "'", WAIT)) {
            for (int k = 0; k < 10; k++) {
                first.pushSample(new float[] {k, k, k}, t0 + k / 200.0, true);
            }
            first.close();
            // close() lets the inlet receive what was pushed: samples 0..9 arrive before the gap
            int before = 0;
            while (before < 10) {
                SourceRead r = source.read(WAIT);
                assertEquals(0, r.lostSamples());
                before += r.chunk().sampleCount();
            }
            assertEquals(10, before);
            try (JavaOutlet second = new JavaOutlet(eeg(sid, "microvolts"), CONFIG)) {
                // sample k is due 5 ms after k-1 (200 Hz), counted from the restart as sample 10; those due
                // before the inlet has reconnected are never sent to it
                long restart = System.nanoTime();
                long lost = 0;
                int received = 10;
                int next = 10;
                int last = Integer.MAX_VALUE;
                float lastValue = -1;
                long deadline = restart + 30_000_000_000L;
                while (System.nanoTime() < deadline && lastValue < last) {
                    int due = Math.min(last, 10 + (int) ((System.nanoTime() - restart) / 5_000_000L));
                    for (; next <= due; next++) {
                        if (second.consumerCount() > 0) {
                            if (last == Integer.MAX_VALUE) {
                                last = next + 100;
                            }
                            second.pushSample(new float[] {next, next, next}, t0 + next / 200.0, true);
                        }
                    }
                    SourceRead r = source.read(Duration.ofMillis(20));
                    lost += r.lostSamples();
                    if (r.chunk() != null) {
                        received += r.chunk().sampleCount();
                        lastValue = r.chunk().data()[0][r.chunk().sampleCount() - 1];
                    }
                }
                assertEquals(last, (int) lastValue, "the inlet reconnected and received up to the last sample");
                assertEquals(last + 1, received + lost, "every sample 0.." + last + " is received or counted lost");
                assertTrue(lost > 0);
            }
        }
    }
}
