package org.attend.nn;

import java.util.List;

/**
 * The curve of a training run and the epoch whose parameters were kept (lowest validation loss).
 *
 * @param epochs    every epoch run
 * @param bestEpoch 1-based epoch of the kept parameters
 */
public record TrainingHistory(List<EpochStats> epochs, int bestEpoch) {

    public TrainingHistory {
        epochs = List.copyOf(epochs);
    }

    public EpochStats best() {
        return epochs.get(bestEpoch - 1);
    }

    /** Batches skipped for a non-finite loss, over all epochs (0 in a healthy run). */
    public int skippedBatches() {
        return epochs.stream().mapToInt(EpochStats::skippedBatches).sum();
    }

    /** Median seconds per epoch. */
    public double medianEpochSeconds() {
        double[] s = epochs.stream().mapToDouble(EpochStats::seconds).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
