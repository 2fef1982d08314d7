package org.attend.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Points of a ROC curve, as scikit-learn's {@code roc_curve} with {@code drop_intermediate=False}. */
final class RocCurve {

    private RocCurve() {
    }

    /** {@code (false positive rate, true positive rate)} for every distinct threshold, from (0, 0) to (1, 1). */
    static List<double[]> points(double[] scores, int[] labels) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        long positives = Arrays.stream(labels).filter(l -> l == 1).count();
        long negatives = labels.length - positives;
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {0, 0});
        long tp = 0;
        long fp = 0;
        for (int i = 0; i < order.length; i++) {
            if (labels[order[i]] == 1) {
                tp++;
            } else {
                fp++;
            }
            boolean lastOfThreshold = i + 1 == order.length || scores[order[i + 1]] != scores[order[i]];
            if (lastOfThreshold) {
                points.add(new double[] {negatives == 0 ? 0 : (double) fp / negatives,
                        positives == 0 ? 0 : (double) tp / positives});
            }
        }
        return points;
    }
}
