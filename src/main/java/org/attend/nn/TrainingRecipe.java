package org.attend.nn;

import java.util.Locale;

/**
 * How a network is trained: optimiser and schedule, epochs and early stopping, batches, augmentation and
 * seeds. Immutable; made with {@link #builder()} (every setting has a default: {@link #defaults()}) and checked
 * when built, failing with one line. Written into model cards.
 *
 * @param optimiser          {@link Optimiser#ADAM}, {@link Optimiser#ADAMW} or {@link Optimiser#SGD} (momentum 0.9)
 * @param learningRate       peak learning rate
 * @param schedule           {@link Schedule#COSINE} (decay to 1/20 of the peak over all steps) or constant
 * @param weightDecay        L2 weight decay
 * @param epochs             most epochs to run
 * @param patience           epochs without a better validation loss before stopping early
 * @param batchSize          windows per step
 * @param validationFraction share held out for early stopping: whole subjects when training on several, else
 *                           trials (stratified)
 * @param seed               seeds weights, split, shuffling, augmentation and dropout
 * @param ensemble           networks trained with seeds {@code seed, seed + 1, …} (each holding out its own
 *                           validation subjects) whose probabilities are averaged
 * @param shiftSeconds       augmentation: random shift of each window by up to this much, zero-filled
 * @param noiseStd           augmentation: Gaussian noise of this standard deviation (aligned inputs have unit
 *                           variance)
 * @param channelDropout     augmentation: probability that a channel of a training window is zeroed
 * @param mirror             augmentation: half of the windows reflected left ↔ right across the midline (channels
 *                           exchanged with their mirror electrodes, left and right classes swapped); only where
 *                           the montage and the classes allow it
 */
public record TrainingRecipe(Optimiser optimiser, float learningRate, Schedule schedule, float weightDecay,
                             int epochs, int patience, int batchSize, double validationFraction, int seed,
                             int ensemble, double shiftSeconds, float noiseStd, float channelDropout,
                             boolean mirror) {

    /** The optimisers a recipe can name. */
    public enum Optimiser { ADAM, ADAMW, SGD }

    /** Learning-rate schedules. */
    public enum Schedule { COSINE, CONSTANT }

    public TrainingRecipe {
        if (epochs < 1 || patience < 1 || batchSize < 1 || ensemble < 1) {
            throw new IllegalArgumentException("epochs, patience, batch size and ensemble must be at least 1");
        }
        if (!(learningRate > 0) || !(weightDecay >= 0) || !(noiseStd >= 0) || !(shiftSeconds >= 0)
                || !(channelDropout >= 0 && channelDropout < 1)) {
            throw new IllegalArgumentException("learning rate must be > 0, weight decay, noise and shift >= 0, "
                    + "channel dropout in [0, 1)");
        }
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must lie in (0, 1), got " + validationFraction);
        }
        if (optimiser == null || schedule == null) {
            throw new IllegalArgumentException("a recipe needs an optimiser and a schedule");
        }
    }

    /** The defaults: Adam 2e-3 cosine, decay 1e-3, ≤ 80 epochs, patience 20, batch 32, 20 % validation, … */
    public static TrainingRecipe defaults() {
        return builder().build();
    }

    /** A builder holding {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this recipe. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** This recipe for a fine-tuning: at most {@code epochs} epochs at {@code learningRate}, patience capped by them. */
    public TrainingRecipe forFineTuning(int epochs, float learningRate, int patience) {
        return toBuilder().optEpochs(epochs).optLearningRate(learningRate).optPatience(Math.min(patience, epochs))
                .build();
    }

    /** One line for logs and summaries. */
    public String describe() {
        return String.format(Locale.ROOT, "%s lr %.2g %s, decay %.2g, ≤ %d epochs (patience %d), batch %d, "
                        + "ensemble %d, augmentation: shift %.2f s, noise %.2f, channel dropout %.2f%s",
                optimiser.name().toLowerCase(Locale.ROOT), learningRate, schedule.name().toLowerCase(Locale.ROOT),
                weightDecay, epochs, patience, batchSize, ensemble, shiftSeconds, noiseStd, channelDropout,
                mirror ? ", mirror" : "");
    }

    /** Builds a {@link TrainingRecipe}; every setting is optional ({@code opt…}). */
    public static final class Builder {
        private Optimiser optimiser = Optimiser.ADAM;
        private float learningRate = 2e-3f;
        private Schedule schedule = Schedule.COSINE;
        private float weightDecay = 1e-3f;
        private int epochs = 80;
        private int patience = 20;
        private int batchSize = 32;
        private double validationFraction = 0.2;
        private int seed = 42;
        private int ensemble = 1;
        private double shiftSeconds = 0.1;
        private float noiseStd = 0.1f;
        private float channelDropout = 0.1f;
        private boolean mirror;

        private Builder() {
        }

        private Builder(TrainingRecipe r) {
            optimiser = r.optimiser;
            learningRate = r.learningRate;
            schedule = r.schedule;
            weightDecay = r.weightDecay;
            epochs = r.epochs;
            patience = r.patience;
            batchSize = r.batchSize;
            validationFraction = r.validationFraction;
            seed = r.seed;
            ensemble = r.ensemble;
            shiftSeconds = r.shiftSeconds;
            noiseStd = r.noiseStd;
            channelDropout = r.channelDropout;
            mirror = r.mirror;
        }

        public Builder optOptimiser(Optimiser value) {
            optimiser = value;
            return this;
        }

        public Builder optLearningRate(float value) {
            learningRate = value;
            return this;
        }

        public Builder optSchedule(Schedule value) {
            schedule = value;
            return this;
        }

        public Builder optWeightDecay(float value) {
            weightDecay = value;
            return this;
        }

        public Builder optEpochs(int value) {
            epochs = value;
            return this;
        }

        public Builder optPatience(int value) {
            patience = value;
            return this;
        }

        public Builder optBatchSize(int value) {
            batchSize = value;
            return this;
        }

        public Builder optValidationFraction(double value) {
            validationFraction = value;
            return this;
        }

        public Builder optSeed(int value) {
            seed = value;
            return this;
        }

        public Builder optEnsemble(int value) {
            ensemble = value;
            return this;
        }

        public Builder optShiftSeconds(double value) {
            shiftSeconds = value;
            return this;
        }

        public Builder optNoiseStd(float value) {
            noiseStd = value;
            return this;
        }

        public Builder optChannelDropout(float value) {
            channelDropout = value;
            return this;
        }

        public Builder optMirror(boolean value) {
            mirror = value;
            return this;
        }

        /**
         * The recipe.
         *
         * @throws IllegalArgumentException in one line, for a setting out of range
         */
        public TrainingRecipe build() {
            return new TrainingRecipe(optimiser, learningRate, schedule, weightDecay, epochs, patience, batchSize,
                    validationFraction, seed, ensemble, shiftSeconds, noiseStd, channelDropout, mirror);
        }
    }
}
