package org.attend.nn;

/**
 * Post-hoc calibration of a trained network's probabilities (Guo et al., "On Calibration of Modern Neural
 * Networks", ICML 2017): one temperature {@code T} divides the logits, {@code p_T = softmax(z / T)} (for an
 * ensemble, the logs of its averaged probabilities), chosen to minimise the cross-entropy on held-out windows. It
 * ranks no window's classes differently and makes a probability of 0.8 mean about 80 % correct, which a fixed command
 * threshold relies on: a network trained with heavy regularisation and averaged over an ensemble is underconfident
 * ({@code T < 1} sharpens it).
 */
public final class TemperatureScaling {

    /** The range searched, wide enough for any network we train and bounded so that a few windows cannot run off. */
    public static final double MIN_TEMPERATURE = 0.05;
    public static final double MAX_TEMPERATURE = 20;
    private static final double FLOOR = 1e-12;
    private static final int ITERATIONS = 100;

    private TemperatureScaling() {
    }

    /**
     * The temperature that minimises the cross-entropy of {@code probabilities} (made at temperature 1) against
     * {@code labels}, by golden-section search on {@code log T} (the cross-entropy is convex in {@code 1/T}).
     *
     * @throws IllegalArgumentException when there are no windows or the lengths differ
     */
    public static double fit(float[][] probabilities, int[] labels) {
        if (probabilities.length == 0 || probabilities.length != labels.length) {
            throw new IllegalArgumentException("temperature scaling needs windows with one label each, got "
                    + probabilities.length + " windows and " + labels.length + " labels");
        }
        double phi = (Math.sqrt(5) - 1) / 2;
        double lo = Math.log(MIN_TEMPERATURE);
        double hi = Math.log(MAX_TEMPERATURE);
        double a = hi - phi * (hi - lo);
        double b = lo + phi * (hi - lo);
        double fa = crossEntropy(probabilities, labels, Math.exp(a));
        double fb = crossEntropy(probabilities, labels, Math.exp(b));
        for (int i = 0; i < ITERATIONS; i++) {
            if (fa <= fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - phi * (hi - lo);
                fa = crossEntropy(probabilities, labels, Math.exp(a));
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + phi * (hi - lo);
                fb = crossEntropy(probabilities, labels, Math.exp(b));
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    /** Mean cross-entropy of the windows' probabilities at temperature {@code t}. */
    static double crossEntropy(float[][] probabilities, int[] labels, double t) {
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            sum -= Math.log(Math.max(FLOOR, apply(probabilities[i], t)[labels[i]]));
        }
        return sum / probabilities.length;
    }

    /**
     * {@code softmax(log p / t)}: the probabilities {@code p} made at temperature 1 at temperature {@code t} (the log of
     * a softmax differs from the logits by a constant, which the softmax removes).
     */
    public static float[] apply(float[] p, double t) {
        double[] scores = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            scores[k] = Math.log(Math.max(FLOOR, p[k])) / t;
        }
        return Softmax.of(scores);
    }
}
