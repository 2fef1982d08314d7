package org.attend.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.attend.progress.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Arrays;
import java.util.Collections;

/**
 * Trains a {@link NetModel} in Java as a {@link TrainingRecipe} says: its optimiser and schedule, class-balanced
 * epochs (minority classes are oversampled to the size of the largest), its augmentation, and early stopping on
 * the validation loss. The model ends with the parameters of its best validation epoch.
 */
public final class NetTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(NetTrainer.class);
    /**
     * Each gradient element is clipped to ±this before the step (here, because DJL 0.33's PyTorch Adam applies
     * its own {@code clipGrad} with {@code clamp_max_}, which caps the positive side only).
     */
    private static final float GRADIENT_CLIP = 1f;

    private final TrainingRecipe recipe;
    private final Mirror mirror;
    private final boolean progress;

    /**
     * @param mirror   the montage's left ↔ right reflection, used when the recipe asks for it; null where the
     *                 montage or the classes have none
     * @param progress whether to show a progress bar on stderr
     */
    public NetTrainer(TrainingRecipe recipe, Mirror mirror, boolean progress) {
        if (recipe.mirror() && mirror == null) {
            throw new IllegalArgumentException("the recipe reflects windows left ↔ right, but the montage or the "
                    + "classes have no mirror image (need left/right classes and mirrored electrode pairs)");
        }
        this.recipe = recipe;
        this.mirror = recipe.mirror() ? mirror : null;
        this.progress = progress;
    }

    /**
     * Trains on aligned windows {@code [trial][channel][sample]} with class indices, validating on a
     * held-out set after every epoch.
     */
    public TrainingHistory train(NetModel model, float[][][] trainX, int[] trainY, float[][][] validX,
                                 int[] validY) {
        // one training at a time per process: DJL's PyTorch engine allows one gradient collector, and the engine's
        // random generator (seeded here; dropout draws from it) is shared, so interleaved trainings would not repeat
        // (an evaluation running cells in parallel would differ from one running them in turn)
        synchronized (NnEngine.GENERATOR) {
            return trainAlone(model, trainX, trainY, validX, validY);
        }
    }

    private TrainingHistory trainAlone(NetModel model, float[][][] trainX, int[] trainY, float[][][] validX,
                                       int[] validY) {
        if (trainX.length == 0 || validX.length == 0) {
            throw new IllegalArgumentException("training needs training and validation windows, got "
                    + trainX.length + " and " + validX.length);
        }
        Random random = new Random(recipe.seed());
        NnEngine.get().setRandomSeed(recipe.seed());
        int classes = model.shape().classes();
        int stepsPerEpoch = (balancedOrder(trainY, classes, random).length + recipe.batchSize() - 1)
                / recipe.batchSize();
        Augmenter augmenter = new Augmenter((int) Math.round(recipe.shiftSeconds() * model.shape().sampleRateHz()),
                recipe.noiseStd(), recipe.channelDropout(), mirror, random);
        Loss loss = Loss.softmaxCrossEntropyLoss();
        Device device = model.djlModel().getNDManager().getDevice();
        DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                .optOptimizer(optimiser(recipe, recipe.epochs() * stepsPerEpoch))
                .optDevices(new Device[] {device});
        List<EpochStats> epochs = new ArrayList<>();
        int best = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        byte[] bestParameters = null;
        try (Trainer trainer = model.djlModel().newTrainer(config);
             Progress bar = progressBar(recipe.epochs() * stepsPerEpoch)) {
            trainer.initialize(model.inputShape(recipe.batchSize()));
            float[] batch = new float[recipe.batchSize() * model.shape().channels() * model.shape().samples()];
            for (int epoch = 1; epoch <= recipe.epochs(); epoch++) {
                long start = System.nanoTime();
                double[] step = trainEpoch(trainer, model, loss, trainX, trainY, augmenter, random, bar, batch);
                double trainLoss = step[0];
                double seconds = (System.nanoTime() - start) / 1e9;
                double[] valid = evaluate(model, validX, validY);
                epochs.add(new EpochStats(epoch, trainLoss, valid[0], valid[1], seconds, (int) step[1]));
                LOG.info("epoch {}: train loss {}, validation loss {}, accuracy {}, {} s", epoch,
                        fmt(trainLoss), fmt(valid[0]), fmt(valid[1]), fmt(seconds));
                if (bar != null) {
                    bar.message(String.format(Locale.ROOT, "val loss %.3f acc %.2f", valid[0], valid[1]));
                }
                if (!Double.isFinite(trainLoss) || !Double.isFinite(valid[0])) {
                    LOG.warn("guard: training diverged at epoch {} (train loss {}, validation loss {}); keeping "
                            + "epoch {}", epoch, trainLoss, valid[0], best);
                    break;
                }
                if (valid[0] < bestLoss) {
                    bestLoss = valid[0];
                    best = epoch;
                    bestParameters = model.snapshot();
                } else if (epoch - best >= recipe.patience()) {
                    LOG.info("early stop after epoch {}: no better validation loss since epoch {}", epoch, best);
                    break;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not snapshot parameters in memory", e);
        }
        if (bestParameters == null) {
            throw new TrainingDivergedException("training diverged in its first epoch (non-finite loss) at "
                    + "learning rate " + recipe.learningRate() + ": lower it or check the input for huge values");
        }
        model.restore(bestParameters);
        return new TrainingHistory(epochs, best);
    }

    /** Trains one epoch: {@code {mean training loss (NaN if most batches were skipped), skipped batches}}. */
    private double[] trainEpoch(Trainer trainer, NetModel model, Loss loss, float[][][] x, int[] y,
                                Augmenter augmenter, Random random, Progress bar, float[] batch) {
        int[] order = balancedOrder(y, model.shape().classes(), random);
        int windowLength = model.shape().channels() * model.shape().samples();
        double lossSum = 0;
        int batches = 0;
        int skipped = 0;
        for (int from = 0; from < order.length; from += recipe.batchSize()) {
            int n = Math.min(recipe.batchSize(), order.length - from);
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = augmenter.augment(x[order[from + i]], y[order[from + i]], batch, i * windowLength);
            }
            try (NDManager scope = model.djlModel().getNDManager().newSubManager()) {
                NDArray input = model.toArray(scope, batch, n);
                NDArray target = NetModel.owned(scope.create(labels));
                float v;
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    NDList out = trainer.forward(new NDList(input));
                    NDArray value = loss.evaluate(new NDList(target), new NDList(out.get(0)));
                    v = value.getFloat();
                    if (!Float.isFinite(v)) {
                        // one bad batch must not poison the weights: skip it, and say so (counted in
                        // the history and the model card, so the guard never hides a fault)
                        LOG.warn("guard: non-finite training loss ({}) in a batch of {} windows; batch "
                                + "skipped", v, n);
                        skipped++;
                        continue;
                    }
                    collector.backward(value);
                }
                if (!clipGradients(model)) {
                    // a finite loss can still have a non-finite gradient; stepping on it would turn
                    // every weight into NaN, so drop it and say so
                    LOG.warn("guard: non-finite gradient in a batch of {} windows (loss {}); step skipped",
                            n, v);
                    skipped++;
                    continue;
                }
                lossSum += v;
                trainer.step();
            }
            batches++;
            if (bar != null) {
                bar.step();
            }
        }
        double mean = skipped * 2 > batches + skipped ? Double.NaN : lossSum / batches;
        return new double[] {mean, skipped};
    }

    /**
     * Clips every gradient element to ±{@value #GRADIENT_CLIP} in place, or, if any gradient is not finite,
     * zeroes them all and returns false. DJL's own clipping caps only the positive side.
     */
    private static boolean clipGradients(NetModel model) {
        List<NDArray> weights = new ArrayList<>();
        for (Parameter p : model.net().getParameters().values()) {
            if (p.requiresGradient() && p.getArray().hasGradient()) {
                weights.add(p.getArray());
            }
        }
        boolean finite = true;
        for (NDArray w : weights) {
            try (NDArray g = w.getGradient(); NDArray sum = g.sum()) {
                finite &= Float.isFinite(sum.getFloat());
            }
        }
        for (NDArray w : weights) {
            if (!finite) {
                JniUtils.zeroGrad((PtNDArray) w);
                continue;
            }
            // in place on the gradient itself (getGradient is a view of it): g - (g - clip(g)) = clip(g)
            try (NDArray g = w.getGradient(); NDArray clipped = g.clip(-GRADIENT_CLIP, GRADIENT_CLIP);
                 NDArray excess = g.sub(clipped)) {
                g.subi(excess);
            }
        }
        return finite;
    }

    /** Cross-entropy and accuracy of {@code model} on windows with known classes. */
    public static double[] evaluate(NetModel model, float[][][] x, int[] y) {
        double lossSum = 0;
        int correct = 0;
        int batch = 64;
        for (int from = 0; from < x.length; from += batch) {
            float[][][] part = Arrays.copyOfRange(x, from, Math.min(x.length, from + batch));
            float[][] p = model.probabilities(part);
            for (int i = 0; i < p.length; i++) {
                int label = y[from + i];
                lossSum -= Math.log(Math.max(p[i][label], 1e-12));
                int argmax = 0;
                for (int k = 1; k < p[i].length; k++) {
                    argmax = p[i][k] > p[i][argmax] ? k : argmax;
                }
                correct += argmax == label ? 1 : 0;
            }
        }
        return new double[] {lossSum / x.length, (double) correct / x.length};
    }

    /** A shuffled epoch in which every class appears as often as the largest one. */
    static int[] balancedOrder(int[] y, int classes, Random random) {
        List<List<Integer>> byClass = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < y.length; i++) {
            byClass.get(y[i]).add(i);
        }
        int largest = byClass.stream().mapToInt(List::size).max().orElse(0);
        List<Integer> order = new ArrayList<>();
        for (List<Integer> members : byClass) {
            if (members.isEmpty()) {
                continue;
            }
            Collections.shuffle(members, random);
            for (int i = 0; i < largest; i++) {
                order.add(members.get(i % members.size()));
            }
        }
        Collections.shuffle(order, random);
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The recipe's optimiser with its learning-rate schedule over {@code steps} updates. */
    private static Optimizer optimiser(TrainingRecipe recipe, int steps) {
        Tracker rate = recipe.schedule() == TrainingRecipe.Schedule.COSINE
                ? Tracker.cosine().setBaseValue(recipe.learningRate()).optFinalValue(recipe.learningRate() / 20)
                .setMaxUpdates(steps).build()
                : Tracker.fixed(recipe.learningRate());
        return switch (recipe.optimiser()) {
            case ADAM -> Optimizer.adam().optLearningRateTracker(rate).optWeightDecays(recipe.weightDecay()).build();
            case ADAMW -> Optimizer.adamW().optLearningRateTracker(rate).optWeightDecays(recipe.weightDecay())
                    .build();
            case SGD -> Optimizer.sgd().setLearningRateTracker(rate).optMomentum(0.9f)
                    .optWeightDecays(recipe.weightDecay()).build();
        };
    }

    private Progress progressBar(int steps) {
        if (!progress) {
            return null;
        }
        return Progress.start("train", steps, "steps");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
