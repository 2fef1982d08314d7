package org.attend.nn;

/** The softmax of scores on the Java side (fusing or recalibrating probabilities), stable for large scores. */
public final class Softmax {

    private Softmax() {
    }

    /** {@code exp(s_k) / Σ exp(s_j)}, computed after subtracting the largest score. */
    public static float[] of(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] e = new double[scores.length];
        double sum = 0;
        for (int k = 0; k < scores.length; k++) {
            e[k] = Math.exp(scores[k] - max);
            sum += e[k];
        }
        float[] p = new float[scores.length];
        for (int k = 0; k < scores.length; k++) {
            p[k] = (float) (e[k] / sum);
        }
        return p;
    }
}
