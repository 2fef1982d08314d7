package org.attend.nn;

/**
 * How {@link NetTrainer} trains.
 *
 * @param epochs            most epochs to run
 * @param batchSize         windows per step
 * @param learningRate      Adam's peak learning rate (cosine decay to 1/20 of it over all steps)
 * @param weightDecay       L2 weight decay
 * @param patience          epochs without a better validation loss before stopping early
 * @param seed              seeds weights, shuffling, augmentation and dropout
 * @param maxShiftSeconds   augmentation: random shift of each window by up to this much, zero-filled
 * @param noiseStd          augmentation: Gaussian noise of this standard deviation (inputs are aligned to unit
 *                          variance)
 * @param channelDropout    augmentation: probability that a channel of a training window is zeroed
 * @param progress          whether to show a progress bar on stderr
 */
public record TrainingOptions(int epochs, int batchSize, float learningRate, float weightDecay, int patience,
                              int seed, double maxShiftSeconds, float noiseStd, float channelDropout,
                              boolean progress) {

    public TrainingOptions {
        if (epochs < 1 || batchSize < 1 || patience < 1) {
            throw new IllegalArgumentException("epochs, batch size and patience must be at least 1");
        }
        if (!(learningRate > 0) || weightDecay < 0 || noiseStd < 0 || channelDropout < 0 || channelDropout >= 1
                || maxShiftSeconds < 0) {
            throw new IllegalArgumentException("learning rate must be > 0, decay, noise and shift >= 0, "
                    + "channel dropout in [0, 1)");
        }
    }

    /** The settings the shipped model was trained with. */
    public static TrainingOptions defaults() {
        return new TrainingOptions(80, 32, 2e-3f, 1e-3f, 20, 42, 0.1, 0.1f, 0.1f, false);
    }

    public TrainingOptions withEpochs(int n) {
        return new TrainingOptions(n, batchSize, learningRate, weightDecay, patience, seed, maxShiftSeconds,
                noiseStd, channelDropout, progress);
    }

    public TrainingOptions withSeed(int s) {
        return new TrainingOptions(epochs, batchSize, learningRate, weightDecay, patience, s, maxShiftSeconds,
                noiseStd, channelDropout, progress);
    }

    public TrainingOptions withProgress(boolean show) {
        return new TrainingOptions(epochs, batchSize, learningRate, weightDecay, patience, seed, maxShiftSeconds,
                noiseStd, channelDropout, show);
    }
}
