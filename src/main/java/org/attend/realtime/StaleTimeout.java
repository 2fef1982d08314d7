package org.attend.realtime;

import java.util.Arrays;

/**
 * How long a live stream may be silent before it counts as stale, learnt from how its chunks arrive. Real outlets
 * push in bursts (consumer headsets and vendor connectors send 4–30 chunks per second, and a busy machine delays
 * some), so the timeout follows both the typical interval and the long tail of the recent ones:
 * {@code max(2 × median, 1.25 × 97th percentile)} of the last {@value #WINDOW} intervals, at least
 * {@value #MIN_MILLIS} ms. For an outlet of 10 chunks per second or more (median at most 100 ms) it stays within
 * {@value #FAST_BOUND_MILLIS} ms, so that {@code stop} reaches every output within 250 ms of its last sample; a
 * slower outlet gets up to {@value #SLOW_BOUND_MILLIS} ms. Until {@value #MIN_INTERVALS} intervals are seen (and
 * again after a gap) it is {@value #LEARNING_MILLIS} ms.
 */
final class StaleTimeout {

    static final double MIN_MILLIS = 50;
    static final double FAST_BOUND_MILLIS = 240;
    static final double SLOW_BOUND_MILLIS = 1000;
    static final double LEARNING_MILLIS = 1000;
    /** Outlets whose median interval is at most this are held to the fast bound. */
    static final double FAST_OUTLET_MILLIS = 100;
    static final int WINDOW = 64;
    static final int MIN_INTERVALS = 8;

    private final long[] intervals = new long[WINDOW];
    private int count;

    /** Forgets the intervals seen: the next ones may come from a reconnected outlet that chunks differently. */
    void reset() {
        count = 0;
    }

    /** One more interval between arrivals, ns. */
    void observe(long intervalNanos) {
        intervals[count % WINDOW] = intervalNanos;
        count++;
    }

    /** The timeout now, ms. */
    double millis() {
        if (count < MIN_INTERVALS) {
            return LEARNING_MILLIS;
        }
        long[] recent = Arrays.copyOf(intervals, Math.min(count, WINDOW));
        Arrays.sort(recent);
        double median = recent[recent.length / 2] / 1e6;
        double tail = recent[(int) Math.floor(0.97 * (recent.length - 1))] / 1e6;
        return bounded(Math.max(2 * median, 1.25 * tail), median);
    }

    /** The timeout of a source whose chunks come every {@code chunkMillis}, known in advance (a file, the simulator). */
    static double forChunks(double chunkMillis) {
        return bounded(2 * chunkMillis, chunkMillis);
    }

    private static double bounded(double millis, double medianMillis) {
        double upper = medianMillis <= FAST_OUTLET_MILLIS ? FAST_BOUND_MILLIS : SLOW_BOUND_MILLIS;
        return Math.max(MIN_MILLIS, Math.min(upper, millis));
    }
}
