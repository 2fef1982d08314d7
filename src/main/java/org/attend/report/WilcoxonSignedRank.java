package org.attend.report;

import java.util.Arrays;

/**
 * Wilcoxon signed-rank test of paired samples, as {@code scipy.stats.wilcoxon(x, y)} with its defaults
 * 1.10 with its defaults ({@code zero_method='wilcox'}: zero differences are dropped; two-sided; the exact null
 * distribution of the signed-rank sum when there are at most 50 differences and none is zero, else the normal
 * approximation with tie correction and no continuity correction).
 *
 * @param n         non-zero differences used
 * @param statistic {@code min(W+, W-)}, the smaller signed-rank sum
 * @param p         two-sided p-value
 * @param exact     whether {@code p} is from the exact distribution
 */
public record WilcoxonSignedRank(int n, double statistic, double p, boolean exact) {

    /** Largest n for which the exact distribution is used, as scipy. */
    public static final int EXACT_LIMIT = 50;

    /** Tests whether the differences {@code x - y} are symmetric about zero. */
    public static WilcoxonSignedRank test(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + x.length + " and " + y.length);
        }
        double[] d = new double[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            double diff = x[i] - y[i];
            if (diff != 0 && !Double.isNaN(diff)) {
                d[n++] = diff;
            }
        }
        d = Arrays.copyOf(d, n);
        if (n == 0) {
            return new WilcoxonSignedRank(0, 0, 1, true);
        }
        double[] abs = Arrays.stream(d).map(Math::abs).toArray();
        double[] ranks = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(abs[a], abs[b]));
        double tieTerm = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && abs[order[j + 1]] == abs[order[i]]) {
                j++;
            }
            int t = j - i + 1;
            if (t > 1) {
                tieTerm += (double) t * t * t - t;
            }
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        double plus = 0;
        for (int i = 0; i < n; i++) {
            if (d[i] > 0) {
                plus += ranks[i];
            }
        }
        double total = n * (n + 1) / 2.0;
        double w = Math.min(plus, total - plus);
        if (n == x.length && n <= EXACT_LIMIT) {
            // as scipy: the (possibly half-integer) W+ truncated to an integer on the exact distribution
            int r = (int) plus;
            double less = exactLowerTail(r, n);
            double greater = 1 - exactLowerTail(r - 1, n);
            double p = r == n * (n + 1) / 2 / 2 ? 1 : Math.min(1, 2 * Math.min(less, greater));
            return new WilcoxonSignedRank(n, w, p, true);
        }
        double mean = total / 2;
        double var = n * (n + 1) * (2.0 * n + 1) / 24 - tieTerm / 48;
        double z = (w - mean) / Math.sqrt(var);
        return new WilcoxonSignedRank(n, w, Math.min(1, 2 * normalCdf(z)), false);
    }

    /**
     * The smallest p this test can give with its pairs: {@code 2 / 2^n} for the exact distribution (0.25 with 3
     * pairs, 0.0625 with 5: few subjects cannot show a difference at 0.05 however large), 0 for the normal
     * approximation.
     */
    public double floor() {
        return exact ? Math.min(1, 2 / Math.pow(2, n)) : 0;
    }

    /** P(W+ ≤ w) under the null: each rank 1..n enters the sum with probability 1/2. */
    static double exactLowerTail(int w, int n) {
        int max = n * (n + 1) / 2;
        double[] count = new double[max + 1];
        count[0] = 1;
        for (int r = 1; r <= n; r++) {
            for (int s = max; s >= r; s--) {
                count[s] += count[s - r];
            }
        }
        double below = 0;
        for (int s = 0; s <= w; s++) {
            below += count[s];
        }
        return below / Math.pow(2, n);
    }

    /** Standard normal CDF. */
    static double normalCdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    /** Complementary error function, Numerical Recipes' Chebyshev fit (relative error below 1.2e-7). */
    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
