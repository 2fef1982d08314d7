package org.attend.stream;

import java.util.Arrays;
import java.util.Locale;

/**
 * Order statistics of a set of measurements (latencies, durations, rates), in the unit they were measured in;
 * whoever holds one names the unit ({@code latencyMillis}, {@code samplesPerSecond}). The one summary of every
 * benchmark and of the session's decision latency.
 *
 * <ul>
 *   <li>{@link #median()}: the middle value, the mean of the two middle ones for an even count
 *       ({@code numpy.median});</li>
 *   <li>{@link #percentile(double)}: nearest rank, the smallest value with at least {@code p} % of the values at
 *       or below it;</li>
 *   <li>all of them NaN when there are no values.</li>
 * </ul>
 */
public final class Summary {

    private final double[] sorted;

    private Summary(double[] sorted) {
        this.sorted = sorted;
    }

    /** The summary of {@code values} (copied). */
    public static Summary of(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Summary(sorted);
    }

    /** The summary, in milliseconds, of the first {@code count} of {@code nanos}. */
    public static Summary millisOfNanos(long[] nanos, int count) {
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            millis[i] = nanos[i] / 1e6;
        }
        Arrays.sort(millis);
        return new Summary(millis);
    }

    /** How many values. */
    public int count() {
        return sorted.length;
    }

    /** The middle value (the mean of the two middle ones for an even count); NaN for none. */
    public double median() {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The nearest-rank {@code p}-th percentile (0 &lt; p ≤ 100); NaN for none. */
    public double percentile(double p) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))];
    }

    /** The smallest value; NaN for none. */
    public double min() {
        return sorted.length == 0 ? Double.NaN : sorted[0];
    }

    /** The largest value; NaN for none. */
    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    /** The arithmetic mean; NaN for none. */
    public double mean() {
        return sorted.length == 0 ? Double.NaN : Arrays.stream(sorted).sum() / sorted.length;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n %d, median %.4g, p99 %.4g, min %.4g, max %.4g", count(), median(),
                percentile(99), min(), max());
    }
}
