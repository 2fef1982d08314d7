package org.attend.experiment;

import java.util.Arrays;
import org.attend.decode.InformationTransferRate;

/**
 * Classification metrics as the BCI field reports them, computed like scikit-learn's {@code roc_auc_score},
 * {@code accuracy_score}, {@code balanced_accuracy_score} and {@code cohen_kappa_score}, plus Wolpaw's
 * information transfer rate.
 */
public final class Metrics {

    private Metrics() {
    }

    /**
     * Area under the ROC curve of scores for the positive class (label 1) against label 0; ties count one
     * half (the Mann–Whitney statistic). NaN when a class is absent.
     */
    public static double rocAuc(double[] scores, int[] labels) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] == 1) {
                    rankSumPositive += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Confusion matrix {@code [true class][predicted class]}. */
    public static int[][] confusion(int[] predicted, int[] labels, int classes) {
        int[][] m = new int[classes][classes];
        for (int i = 0; i < labels.length; i++) {
            m[labels[i]][predicted[i]]++;
        }
        return m;
    }

    /** Fraction of trials predicted correctly. */
    public static double accuracy(int[][] confusion) {
        long correct = 0;
        long total = 0;
        for (int t = 0; t < confusion.length; t++) {
            for (int p = 0; p < confusion.length; p++) {
                total += confusion[t][p];
            }
            correct += confusion[t][t];
        }
        return (double) correct / total;
    }

    /** Mean recall over the classes present. */
    public static double balancedAccuracy(int[][] confusion) {
        double sum = 0;
        int present = 0;
        for (int t = 0; t < confusion.length; t++) {
            long row = Arrays.stream(confusion[t]).sum();
            if (row > 0) {
                sum += (double) confusion[t][t] / row;
                present++;
            }
        }
        return sum / present;
    }

    /** Cohen's kappa: agreement beyond chance between predictions and labels. */
    public static double kappa(int[][] confusion) {
        int k = confusion.length;
        double total = 0;
        double[] rows = new double[k];
        double[] cols = new double[k];
        double observed = 0;
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                total += confusion[t][p];
                rows[t] += confusion[t][p];
                cols[p] += confusion[t][p];
            }
            observed += confusion[t][t];
        }
        double expected = 0;
        for (int c = 0; c < k; c++) {
            expected += rows[c] * cols[c];
        }
        observed /= total;
        expected /= total * total;
        return expected == 1 ? (observed == 1 ? 1 : 0) : (observed - expected) / (1 - expected);
    }

    /**
     * Wolpaw's information transfer rate in bits per minute ({@link InformationTransferRate}), for one decision
     * every {@code secondsPerDecision}.
     */
    public static double itrBitsPerMinute(double accuracy, int classes, double secondsPerDecision) {
        return InformationTransferRate.bitsPerSelection(classes, accuracy) * 60 / secondsPerDecision;
    }
}
