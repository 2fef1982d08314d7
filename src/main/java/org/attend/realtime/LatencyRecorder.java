package org.attend.realtime;

import java.util.Arrays;

/** Collects latencies and reports percentiles (nearest rank). */
public final class LatencyRecorder {

    private long[] nanos = new long[1024];
    private int count;

    public void record(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    public int count() {
        return count;
    }

    /** The {@code p}-th percentile in milliseconds (0 < p ≤ 100), NaN when nothing was recorded. */
    public double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }
}
