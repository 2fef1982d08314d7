package org.attend.realtime;

import java.util.Arrays;
import org.attend.stream.Summary;

/** Collects decision latencies and summarises them in milliseconds. */
public final class LatencyRecorder {

    private long[] nanos = new long[1024];
    private int count;

    /** Adds one latency, ns. */
    public void record(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    /** Latencies recorded so far. */
    public int count() {
        return count;
    }

    /** The latencies so far, ms. */
    public Summary summaryMillis() {
        return Summary.millisOfNanos(nanos, count);
    }

    /** The nearest-rank {@code p}-th percentile in milliseconds (0 &lt; p ≤ 100), NaN when nothing was recorded. */
    public double percentileMillis(double p) {
        return summaryMillis().percentile(p);
    }
}
