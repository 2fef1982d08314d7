package org.attend.realtime;

import java.util.Arrays;

/**
 * How long a live stream may be silent before it counts as stale, learnt from how its chunks arrive. Real outlets
 * push in bursts (consumer headsets and vendor connectors send 4–30 chunks per second, a connector several at once,
 * and a busy machine delays some or splits one into two reads), so the timeout follows both the outlet's push
 * interval, the long tail of the recent intervals and the longest stall of the last half minute:
 * {@code max(2 × push interval, 1.5 × 97th percentile, 1.25 × longest)}, where the push interval and the 97th
 * percentile are of the last {@value #WINDOW} intervals and the push interval is the median of those longer than
 * {@value #SAME_BURST_MILLIS} ms (shorter ones lie inside a burst); at least {@value #MIN_MILLIS} ms, which absorbs
 * what a busy machine does to a fast outlet (a garbage-collection pause, other programs' time slices: tens of ms).
 * For an outlet that pushes 10 times a second or more (push interval at most {@value #FAST_OUTLET_MILLIS} ms) it
 * stays within {@value #FAST_BOUND_MILLIS} ms, so that {@code stop} reaches every output within 250 ms of its last
 * sample; a slower outlet gets up to {@value #SLOW_BOUND_MILLIS} ms. Until {@value #MIN_INTERVALS} intervals are seen
 * (and again after a gap) it is {@value #LEARNING_MILLIS} ms; then, until {@value #TRUSTED_INTERVALS} intervals over
 * {@value #LEARNING_SECONDS} s are seen, it is the bound of the outlet's push interval so far (a session's first
 * seconds stall most: JIT compilation, class loading).
 */
final class StaleTimeout {

    static final double MIN_MILLIS = 150;
    static final double FAST_BOUND_MILLIS = 240;
    static final double SLOW_BOUND_MILLIS = 1000;
    static final double LEARNING_MILLIS = 1000;
    /** Outlets whose push interval is at most this are held to the fast bound. */
    static final double FAST_OUTLET_MILLIS = 100;
    /** Arrivals closer than this belong to one burst (or one push split into two reads). */
    static final double SAME_BURST_MILLIS = 20;
    static final int WINDOW = 64;
    static final int MIN_INTERVALS = 8;
    /** Intervals, and arrival time, learnt before the formula is trusted. */
    static final int TRUSTED_INTERVALS = 16;
    static final double LEARNING_SECONDS = 2;
    /** How long the longest interval is remembered, at least (two buckets of this length). */
    static final double LONGEST_MEMORY_SECONDS = 15;
    /** The margin over the longest stall remembered. */
    static final double LONGEST_MARGIN = 1.25;
    /** The margin over the long tail of the intervals: 64 intervals rarely hold the outlet's very longest. */
    static final double TAIL_MARGIN = 1.5;

    private final long[] intervals = new long[WINDOW];
    private int count;
    private long learntNanos;
    /** The longest interval in the current memory bucket and in the one before, and the bucket's age. */
    private long longestNow;
    private long longestBefore;
    private long bucketNanos;

    /** Forgets the intervals seen: the next ones may come from a reconnected outlet that chunks differently. */
    void reset() {
        count = 0;
        learntNanos = 0;
        longestNow = 0;
        longestBefore = 0;
        bucketNanos = 0;
    }

    /** One more interval between arrivals, ns. */
    void observe(long intervalNanos) {
        intervals[count % WINDOW] = intervalNanos;
        count++;
        learntNanos += intervalNanos;
        bucketNanos += intervalNanos;
        if (bucketNanos > LONGEST_MEMORY_SECONDS * 1e9) {
            longestBefore = longestNow;
            longestNow = 0;
            bucketNanos = 0;
        }
        longestNow = Math.max(longestNow, intervalNanos);
    }

    /** The timeout now, ms. */
    double millis() {
        if (count < MIN_INTERVALS) {
            return LEARNING_MILLIS;
        }
        long[] recent = Arrays.copyOf(intervals, Math.min(count, WINDOW));
        Arrays.sort(recent);
        double push = pushMillis(recent);
        if (count < TRUSTED_INTERVALS || learntNanos < LEARNING_SECONDS * 1e9) {
            return bounded(Double.POSITIVE_INFINITY, push);
        }
        double tail = recent[(int) Math.floor(0.97 * (recent.length - 1))] / 1e6;
        double longest = Math.max(longestNow, longestBefore) / 1e6;
        return bounded(Math.max(Math.max(2 * push, TAIL_MARGIN * tail), LONGEST_MARGIN * longest), push);
    }

    /** The median of the sorted intervals between bursts; of all of them when every one lies inside a burst. */
    private static double pushMillis(long[] sorted) {
        long burst = (long) (SAME_BURST_MILLIS * 1e6);
        int first = 0;
        while (first < sorted.length && sorted[first] < burst) {
            first++;
        }
        return first == sorted.length ? sorted[sorted.length / 2] / 1e6
                : sorted[first + (sorted.length - first) / 2] / 1e6;
    }

    /** The timeout of a source whose chunks come every {@code chunkMillis}, known in advance (a file, the simulator). */
    static double forChunks(double chunkMillis) {
        return bounded(2 * chunkMillis, chunkMillis);
    }

    private static double bounded(double millis, double pushMillis) {
        double upper = pushMillis <= FAST_OUTLET_MILLIS ? FAST_BOUND_MILLIS : SLOW_BOUND_MILLIS;
        return Math.max(MIN_MILLIS, Math.min(upper, millis));
    }
}
