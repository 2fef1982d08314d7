package org.attend.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StaleTimeoutTest {

    private static final long MS = 1_000_000L;

    private static double learnt(long... intervalsMillis) {
        StaleTimeout t = new StaleTimeout();
        for (long ms : intervalsMillis) {
            t.observe(ms * MS);
        }
        return t.millis();
    }

    private static long[] repeat(long ms, int n) {
        long[] v = new long[n];
        Arrays.fill(v, ms);
        return v;
    }

    @Test
    void aSteadyFastOutletGetsTwiceItsIntervalWithinTheFloor() {
        assertEquals(StaleTimeout.LEARNING_MILLIS, learnt(repeat(62, 7)), 1e-9, "7 intervals: still learning");
        assertEquals(124, learnt(repeat(62, 64)), 1e-9);
        assertEquals(StaleTimeout.MIN_MILLIS, learnt(repeat(10, 64)), 1e-9);
    }

    @Test
    void anOutletPushingFourChunksASecondIsNotStaleBetweenChunks() {
        // the case of issue 23: consumer headsets and vendor connectors pushing one chunk every 250 ms
        assertEquals(500, learnt(repeat(250, 64)), 1e-9);
    }

    @Test
    void burstsOfAFastOutletWidenTheTimeoutUpToItsBound() {
        long[] jittered = repeat(62, 64);
        for (int i = 0; i < 64; i += 16) {
            jittered[i] = 150; // 4 of 64 intervals delayed by a busy machine
        }
        assertEquals(1.25 * 150, learnt(jittered), 1e-9);
        for (int i = 0; i < 64; i += 8) {
            jittered[i] = 400;
        }
        assertEquals(StaleTimeout.FAST_BOUND_MILLIS, learnt(jittered), 1e-9,
                "a 10+ chunks/s outlet keeps stop within 250 ms of its last sample");
    }

    @Test
    void aKnownChunkingNeedsNoLearning() {
        assertEquals(125, StaleTimeout.forChunks(62.5), 1e-9);
        assertEquals(500, StaleTimeout.forChunks(250), 1e-9);
    }
}
