package org.attend.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StaleTimeoutTest {

    private static final long MS = 1_000_000L;

    private static StaleTimeout observed(long... intervalsMillis) {
        StaleTimeout t = new StaleTimeout();
        for (long ms : intervalsMillis) {
            t.observe(ms * MS);
        }
        return t;
    }

    private static double learnt(long... intervalsMillis) {
        return observed(intervalsMillis).millis();
    }

    private static long[] repeat(long ms, int n) {
        long[] v = new long[n];
        Arrays.fill(v, ms);
        return v;
    }

    @Test
    void itLearnsForAFewIntervalsAndTwoSecondsBeforeItTrustsThem() {
        assertEquals(StaleTimeout.LEARNING_MILLIS, learnt(repeat(5, StaleTimeout.MIN_INTERVALS - 1)), 1e-9,
                "too few intervals");
        assertEquals(StaleTimeout.FAST_BOUND_MILLIS, learnt(repeat(5, 100)), 1e-9,
                "0.5 s of a fast outlet: as long as its budget allows");
        assertEquals(StaleTimeout.SLOW_BOUND_MILLIS, learnt(repeat(250, StaleTimeout.MIN_INTERVALS)), 1e-9,
                "8 intervals of a slow one");
        assertEquals(StaleTimeout.MIN_MILLIS, learnt(repeat(5, 400)), 1e-9, "2 s of it");
    }

    @Test
    void aSteadyOutletGetsTwiceItsIntervalWithinTheFloorAndTheFastBound() {
        assertEquals(StaleTimeout.MIN_MILLIS, learnt(repeat(31, 100)), 1e-9);
        assertEquals(200, learnt(repeat(100, 64)), 1e-9);
    }

    @Test
    void anOutletPushingFourChunksASecondIsNotStaleBetweenChunks() {
        // the case of issue 23: consumer headsets and vendor connectors pushing one chunk every 250 ms
        assertEquals(500, learnt(repeat(250, 64)), 1e-9);
    }

    @Test
    void aSlowOutletWhosePushesArriveInTwoReadsIsStillSlow() {
        // a busy machine splits some of the 250 ms peer's pushes into two reads a few µs apart
        long[] split = new long[64];
        for (int i = 0; i < 64; i++) {
            split[i] = i % 2 == 0 ? 0 : 250;
        }
        assertEquals(500, learnt(split), 1e-9, "twice its push interval, not the fast bound");
    }

    @Test
    void burstsOfAFastOutletWidenTheTimeoutUpToItsBound() {
        long[] jittered = repeat(62, 64);
        for (int i = 0; i < 64; i += 16) {
            jittered[i] = 150; // 4 of 64 intervals delayed by a busy machine
        }
        assertEquals(StaleTimeout.TAIL_MARGIN * 150, learnt(jittered), 1e-9);
        for (int i = 0; i < 64; i += 8) {
            jittered[i] = 400;
        }
        assertEquals(StaleTimeout.FAST_BOUND_MILLIS, learnt(jittered), 1e-9,
                "a 10+ chunks/s outlet keeps stop within 250 ms of its last sample");
    }

    @Test
    void aStallIsRememberedForAtLeastFifteenSeconds() {
        StaleTimeout t = observed(repeat(31, 100));
        t.observe(180 * MS); // a garbage-collection pause, other programs' time slices
        for (int i = 0; i < 480; i++) {
            t.observe(31 * MS); // 15 s of steady chunks: long gone from the last 64 intervals
        }
        assertEquals(StaleTimeout.LONGEST_MARGIN * 180, t.millis(), 1e-9);
        for (int i = 0; i < 1000; i++) {
            t.observe(31 * MS);
        }
        assertEquals(StaleTimeout.MIN_MILLIS, t.millis(), 1e-9, "forgotten after 30 s");
        t.reset();
        assertEquals(StaleTimeout.LEARNING_MILLIS, t.millis(), 1e-9, "a reconnected outlet is learnt afresh");
    }

    @Test
    void jitteredBurstsOfAConsumerHeadsetKeepTheirLongestGapsWithinTheFastBound() {
        // StaleSoak's bursty peer: 1-3 chunks 2 ms apart, bursts every 50-150 ms (about 20 chunks a second)
        Random random = new Random(3);
        StaleTimeout t = new StaleTimeout();
        long longest = 0;
        for (int burst = 0; burst < 200; burst++) {
            long gap = 50 + random.nextInt(101);
            longest = Math.max(longest, gap);
            t.observe(gap * MS);
            for (int k = 1 + random.nextInt(3); k > 1; k--) {
                t.observe(2 * MS);
            }
        }
        assertTrue(t.millis() >= 1.2 * longest, "a fifth above the longest gap: " + t.millis() + " ms, gaps "
                + longest + " ms");
        assertTrue(t.millis() <= StaleTimeout.FAST_BOUND_MILLIS, "a 10+ chunks/s outlet stays within the bound");
    }

    @Test
    void theFloorLeavesTheBudgetForAFastOutlet() {
        assertTrue(StaleTimeout.MIN_MILLIS >= 100 && StaleTimeout.FAST_BOUND_MILLIS
                + StreamWatchdog.TICK_NANOS / 1e6 < 250, "stop within 250 ms of the last sample");
    }

    @Test
    void aKnownChunkingNeedsNoLearning() {
        assertEquals(StaleTimeout.MIN_MILLIS, StaleTimeout.forChunks(62.5), 1e-9);
        assertEquals(200, StaleTimeout.forChunks(100), 1e-9);
        assertEquals(500, StaleTimeout.forChunks(250), 1e-9);
    }
}
