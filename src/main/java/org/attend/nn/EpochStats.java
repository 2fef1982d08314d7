package org.attend.nn;

/**
 * One epoch of training.
 *
 * @param epoch              1-based
 * @param trainLoss          mean cross-entropy over the (augmented, class-balanced) training steps
 * @param validationLoss     cross-entropy on the validation split
 * @param validationAccuracy fraction of validation windows classified right
 * @param seconds            wall-clock time of the epoch's training steps
 * @param skippedBatches     batches whose loss was not finite and were skipped (a guard; 0 in a healthy run)
 */
public record EpochStats(int epoch, double trainLoss, double validationLoss, double validationAccuracy,
                         double seconds, int skippedBatches) {
}
