package org.attend.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.attend.stream.ChannelLayout;
import org.attend.stream.Chunk;
import org.attend.stream.StreamInfo;
import org.attend.testing.FakeTicker;
import org.junit.jupiter.api.Test;

/** Pacing on a fake clock: each chunk is released exactly when its last sample is due at the speed asked for. */
class PacedSourceTest {

    /** Chunks of 16 samples at 128 Hz starting at source time 4 s (exact in binary), delivered as fast as asked. */
    static final class Instant implements Source {
        private int next;

        @Override
        public StreamInfo info() {
            return new StreamInfo("sim", "EEG", ChannelLayout.of("C3"), 128, "uV", "sim-1");
        }

        @Override
        public SourceRead read(Duration timeout) {
            if (next == 4) {
                return SourceRead.end();
            }
            double[] times = new double[16];
            for (int i = 0; i < 16; i++) {
                times[i] = 4 + (next * 16 + i) / 128.0;
            }
            next++;
            return SourceRead.of(new Chunk(new float[1][16], times), List.of());
        }

        @Override
        public boolean isLive() {
            return false;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void eachChunkIsReleasedWhenItsLastSampleIsDue() throws Exception {
        FakeTicker clock = new FakeTicker(7_000);
        List<Long> releasedAt = new ArrayList<>();
        try (PacedSource paced = new PacedSource(new Instant(), 2.0, clock)) {
            assertTrue(paced.isLive(), "paced, it behaves as a headset");
            for (SourceRead r = paced.read(Duration.ZERO); !r.ended(); r = paced.read(Duration.ZERO)) {
                releasedAt.add(clock.nanos() - 7_000);
            }
        }
        // the first chunk's first sample starts the clock; chunk k's last sample is (16k + 15) / 128 s later, at
        // speed 2 half that
        assertEquals(List.of(58_593_750L, 121_093_750L, 183_593_750L, 246_093_750L), releasedAt);
    }

    @Test
    void onlyAFiniteSpeedIsPaced() {
        Source instant = new Instant();
        assertEquals(instant, PacedSource.at(instant, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new PacedSource(instant, 0));
    }
}
