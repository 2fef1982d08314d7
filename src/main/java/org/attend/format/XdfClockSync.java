package org.attend.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Clock synchronisation and de-jittering of XDF time stamps, following pyxdf ({@code _clock_sync},
 * {@code _robust_fit}, {@code _jitter_removal}): the ClockOffset measurements of a stream are fitted with a
 * straight line by pyxdf's Huber-loss ADMM regression (1000 iterations, winsorising threshold 1e-4 s) and the
 * line is added to every time stamp. Clock resets are detected with pyxdf's rule (a glitch both in the
 * measurement times and in the offsets); each segment between resets gets its own fit. Where pyxdf slices
 * samples by clock-offset indices, Attend splits the samples at the largest time-stamp jump between the two
 * offsets around the reset (the reset itself), which is what the rule intends.
 */
final class XdfClockSync {

    private static final double WINSOR = 1e-4;
    private static final double EPS = Math.ulp(1.0);

    private XdfClockSync() {
    }

    /** Adds the fitted clock offset to {@code stamps} (in place). */
    static void synchronize(double[] stamps, List<double[]> offsets, List<Integer> samplesAtOffset,
                            boolean handleResets) {
        if (stamps.length == 0 || offsets.isEmpty()) {
            return;
        }
        int n = offsets.size();
        double[] times = new double[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = offsets.get(i)[0];
            values[i] = offsets.get(i)[1];
        }
        List<int[]> ranges = handleResets && n > 1 ? ranges(times, values) : List.<int[]>of(new int[] {0, n - 1});
        int sampleStart = 0;
        for (int r = 0; r < ranges.size(); r++) {
            int[] range = ranges.get(r);
            int sampleEnd = r == ranges.size() - 1 ? stamps.length
                    : resetSample(stamps, samplesAtOffset.get(range[1]), samplesAtOffset.get(range[1] + 1));
            double[] coef = range[0] == range[1] ? new double[] {values[range[0]], 0}
                    : fit(Arrays.copyOfRange(times, range[0], range[1] + 1),
                            Arrays.copyOfRange(values, range[0], range[1] + 1));
            for (int i = sampleStart; i < sampleEnd; i++) {
                stamps[i] += coef[0] + coef[1] * stamps[i];
            }
            sampleStart = sampleEnd;
        }
    }

    /** Index ranges [first, last] of clock offsets between resets (pyxdf's detection rule). */
    static List<int[]> ranges(double[] times, double[] values) {
        int m = times.length - 1;
        double[] timeDiff = new double[m];
        double[] valueDiff = new double[m];
        for (int i = 0; i < m; i++) {
            timeDiff[i] = times[i + 1] - times[i];
            valueDiff[i] = Math.abs(values[i + 1] - values[i]);
        }
        double medianInterval = median(timeDiff);
        double medianSlope = median(valueDiff);
        double timeMad = mad(timeDiff, medianInterval) + EPS;
        double valueMad = mad(valueDiff, medianSlope) + EPS;
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < m; i++) {
            double dt = timeDiff[i] - medianInterval;
            double dv = valueDiff[i] - medianSlope;
            boolean timeGlitch = timeDiff[i] < 0 || (dt / timeMad > 5 && dt > 5);
            boolean valueGlitch = valueDiff[i] < 0 || (dv / valueMad > 10 && dv > 1);
            if (timeGlitch && valueGlitch) {
                ranges.add(new int[] {start, i});
                start = i + 1;
            }
        }
        ranges.add(new int[] {start, m});
        return ranges;
    }

    /** The first sample after the reset: after the largest jump between the samples read around it. */
    private static int resetSample(double[] stamps, int before, int after) {
        int from = Math.max(1, before);
        int to = Math.min(stamps.length - 1, after);
        int best = Math.min(after, stamps.length);
        double largest = -1;
        for (int i = from; i <= to; i++) {
            double jump = Math.abs(stamps[i] - stamps[i - 1]);
            if (jump > largest) {
                largest = jump;
                best = i;
            }
        }
        return best;
    }

    /** pyxdf's robust straight-line fit of clock offsets: {intercept, slope}. */
    static double[] fit(double[] times, double[] values) {
        int n = times.length;
        double offset = Double.POSITIVE_INFINITY;
        for (double t : times) {
            offset = Math.min(offset, t / WINSOR);
        }
        double[] a1 = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            a1[i] = times[i] / WINSOR - offset;
            y[i] = values[i] / WINSOR;
        }
        double[] x = huber(a1, y);
        x[0] -= x[1] * offset;
        x[0] *= WINSOR;
        return x;
    }

    /** ADMM for min ½Σ huber([1 a1]·x − y), rho = 1, 1000 iterations (Boyd et al.; pyxdf). */
    private static double[] huber(double[] a1, double[] y) {
        int n = a1.length;
        double rho = 1;
        double s00 = n;
        double s01 = 0;
        double s11 = 0;
        for (double a : a1) {
            s01 += a;
            s11 += a * a;
        }
        double det = s00 * s11 - s01 * s01;
        if (!(det > 0)) {
            // all measurements at one instant: no slope to fit, use their mean (in the shifted units)
            double mean = Arrays.stream(y).average().orElse(0);
            return new double[] {mean, 0};
        }
        double[] z = new double[n];
        double[] u = new double[n];
        double[] x = new double[2];
        for (int k = 0; k < 1000; k++) {
            double b0 = 0;
            double b1 = 0;
            for (int i = 0; i < n; i++) {
                double w = y[i] + z[i] - u[i];
                b0 += w;
                b1 += a1[i] * w;
            }
            x[0] = (s11 * b0 - s01 * b1) / det;
            x[1] = (s00 * b1 - s01 * b0) / det;
            for (int i = 0; i < n; i++) {
                double d = x[0] + a1[i] * x[1] - y[i] + u[i];
                double dInv = d != 0 ? 1 / d : 0;
                double tmp = Math.max(0, 1 - (1 + 1 / rho) * Math.abs(dInv));
                z[i] = rho / (1 + rho) * d + 1 / (1 + rho) * tmp * d;
                u[i] = d - z[i];
            }
        }
        return x;
    }

    /**
     * pyxdf's de-jittering of a regular stream: split at gaps longer than max(1 s, 500 samples), and replace
     * the time stamps of each segment by their least-squares line over the sample index.
     */
    static void dejitter(double[] stamps, double nominalRateHz) {
        if (nominalRateHz <= 0 || stamps.length == 0) {
            return;
        }
        double threshold = Math.max(1, 500 / nominalRateHz);
        int start = 0;
        for (int i = 1; i <= stamps.length; i++) {
            if (i == stamps.length || stamps[i] - stamps[i - 1] > threshold) {
                lineFit(stamps, start, i);
                start = i;
            }
        }
    }

    private static void lineFit(double[] stamps, int from, int to) {
        int n = to - from;
        if (n < 2) {
            return;
        }
        double meanIndex = from + (n - 1) / 2.0;
        double meanStamp = 0;
        for (int i = from; i < to; i++) {
            meanStamp += stamps[i];
        }
        meanStamp /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = from; i < to; i++) {
            sxy += (i - meanIndex) * (stamps[i] - meanStamp);
            sxx += (i - meanIndex) * (i - meanIndex);
        }
        double slope = sxy / sxx;
        for (int i = from; i < to; i++) {
            stamps[i] = meanStamp + slope * (i - meanIndex);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double mad(double[] v, double center) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = Math.abs(v[i] - center);
        }
        return median(d);
    }
}
