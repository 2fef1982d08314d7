package org.attend.decode;

/** Class probabilities of a linear model: the softmax of {@code W x + b}. */
final class LinearSoftmax {

    private LinearSoftmax() {
    }

    /** Probabilities for one feature row, given {@code [class][feature]} weights and {@code [class]} offsets. */
    static double[] probabilities(double[][] coefficients, double[] intercepts, double[] features) {
        double[] scores = new double[intercepts.length];
        for (int k = 0; k < scores.length; k++) {
            double s = intercepts[k];
            for (int f = 0; f < features.length; f++) {
                s += coefficients[k][f] * features[f];
            }
            scores[k] = s;
        }
        return softmax(scores);
    }

    /** Replaces scores by their softmax, {@code exp(sₖ) / Σ exp(sⱼ)}, computed without overflow; returns them. */
    static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < scores.length; k++) {
            scores[k] = Math.exp(scores[k] - max);
            sum += scores[k];
        }
        for (int k = 0; k < scores.length; k++) {
            scores[k] /= sum;
        }
        return scores;
    }
}
