package org.attend.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import java.util.Arrays;
import java.util.Locale;

/**
 * Batch normalisation of axis 1 whose statistics can follow the user at run time (test-time adaptation by
 * re-estimated normalisation statistics, "AdaBN"; Li et al. 2018).
 *
 * <p>Training normalises with batch statistics and keeps running ones (momentum {@value #MOMENTUM}, DJL's
 * convention: {@code running = 0.9 running + 0.1 batch}), which inference uses. With an {@link Adaptation} on,
 * inference also measures each window's mean and mean square per feature and folds them into target statistics
 * (a running mean of the windows seen, an exponential average over {@link Adaptation#horizonWindows()} after
 * that); it then normalises with the mixture {@code (1 - λ)·training + λ·target} of the two distributions, where
 * {@code λ = min(cap, n / (n + priorWindows))} after {@code n} windows. The cap bounds how far a user's
 * statistics can pull the network away from what it was trained on; {@link #resetAdaptation()} forgets them.
 * Adaptation state lives in Java (a few numbers per feature) and is never saved.
 *
 * <p>Input {@code (batch, features, ...)}; output of the same shape.
 */
public final class AdaptiveNorm extends AbstractBlock {

    private static final byte VERSION = 1;
    static final float MOMENTUM = 0.9f;
    private static final float EPSILON = 1e-5f;

    private final int features;
    private final Parameter gamma;
    private final Parameter beta;
    private final Parameter runningMean;
    private final Parameter runningVar;
    private Adaptation adaptation = Adaptation.OFF;
    private double[] targetMean;
    private double[] targetSquare;
    private long windows;

    /** A normalisation of {@code features} features (the size of axis 1). */
    public AdaptiveNorm(int features) {
        super(VERSION);
        this.features = features;
        gamma = addParameter(Parameter.builder().setName("gamma").setType(Parameter.Type.GAMMA)
                .optShape(new Shape(features)).optInitializer(Initializer.ONES).build());
        beta = addParameter(Parameter.builder().setName("beta").setType(Parameter.Type.BETA)
                .optShape(new Shape(features)).optInitializer(Initializer.ZEROS).build());
        runningMean = addParameter(Parameter.builder().setName("runningMean").setType(Parameter.Type.RUNNING_MEAN)
                .optShape(new Shape(features)).optInitializer(Initializer.ZEROS).optRequiresGrad(false).build());
        runningVar = addParameter(Parameter.builder().setName("runningVar").setType(Parameter.Type.RUNNING_VAR)
                .optShape(new Shape(features)).optInitializer(Initializer.ONES).optRequiresGrad(false).build());
    }

    /**
     * How inference adapts, from the next window on; {@link Adaptation#OFF} normalises with the training
     * statistics only. Changing it starts the target statistics afresh.
     */
    public synchronized void setAdaptation(Adaptation adaptation) {
        this.adaptation = adaptation;
        resetAdaptation();
    }

    /** Forgets the windows seen: back to the training statistics (a new user or session). */
    public synchronized void resetAdaptation() {
        targetMean = null;
        targetSquare = null;
        windows = 0;
    }

    /** Windows folded into the target statistics since the last reset. */
    public synchronized long adaptedWindows() {
        return windows;
    }

    @Override
    protected synchronized NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                                  PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Device device = x.getDevice();
        NDArray g = store.getValue(gamma, device, training);
        NDArray b = store.getValue(beta, device, training);
        NDArray mean = store.getValue(runningMean, device, training);
        NDArray var = store.getValue(runningVar, device, training);
        if (!training && adaptation.enabled()) {
            NDArray[] mixed = adaptedStatistics(x, mean, var);
            mean = mixed[0];
            var = mixed[1];
        }
        return BatchNorm.batchNorm(x, mean, var, g, b, 1, MOMENTUM, EPSILON, training);
    }

    /** Folds the batch into the target statistics and returns the mixture's mean and variance. */
    private NDArray[] adaptedStatistics(NDArray x, NDArray trainedMean, NDArray trainedVar) {
        // one row per feature: PyTorch's engine averages over one axis at a time
        NDArray rows = x.swapAxes(0, 1).reshape(features, -1);
        float[] batchMean = rows.mean(new int[] {1}).toFloatArray();
        float[] batchSquare = rows.square().mean(new int[] {1}).toFloatArray();
        long batch = x.getShape().get(0);
        if (targetMean == null) {
            targetMean = new double[features];
            targetSquare = new double[features];
        }
        windows += batch;
        double weight = (double) batch / Math.min(windows, adaptation.horizonWindows());
        weight = Math.min(1, weight);
        for (int f = 0; f < features; f++) {
            targetMean[f] += weight * (batchMean[f] - targetMean[f]);
            targetSquare[f] += weight * (batchSquare[f] - targetSquare[f]);
        }
        double lambda = Math.min(adaptation.cap(), (double) windows / (windows + adaptation.priorWindows()));
        float[] m0 = trainedMean.toFloatArray();
        float[] v0 = trainedVar.toFloatArray();
        float[] mean = new float[features];
        float[] var = new float[features];
        for (int f = 0; f < features; f++) {
            double m = (1 - lambda) * m0[f] + lambda * targetMean[f];
            double square = (1 - lambda) * (v0[f] + (double) m0[f] * m0[f]) + lambda * targetSquare[f];
            mean[f] = (float) m;
            var[f] = (float) Math.max(square - m * m, 0);
        }
        NDManager scope = x.getManager();
        return new NDArray[] {NetModel.owned(scope.create(mean)), NetModel.owned(scope.create(var))};
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    public String toString() {
        return "AdaptiveNorm(" + features + ", " + adaptation + ")";
    }

    /**
     * How far normalisation statistics follow the user at run time.
     *
     * @param enabled        whether inference adapts at all
     * @param priorWindows   how many windows the training statistics count for against the user's
     * @param cap            the largest share λ the user's statistics may get, in (0, 1]
     * @param horizonWindows windows after which the user's statistics become an exponential average (drift)
     */
    public record Adaptation(boolean enabled, int priorWindows, double cap, int horizonWindows) {

        /** No adaptation: the training statistics only. */
        public static final Adaptation OFF = new Adaptation(false, 1, 1, 2);

        public Adaptation {
            if (priorWindows < 1 || !(cap > 0 && cap <= 1) || horizonWindows < 2) {
                throw new IllegalArgumentException("adaptation needs prior windows >= 1, a cap in (0, 1] and a "
                        + "horizon >= 2, got " + priorWindows + ", " + cap + ", " + horizonWindows);
            }
        }

        /** Adaptation on, with these bounds. */
        public static Adaptation on(int priorWindows, double cap, int horizonWindows) {
            return new Adaptation(true, priorWindows, cap, horizonWindows);
        }

        @Override
        public String toString() {
            return enabled ? String.format(Locale.ROOT, "adapting: prior %d windows, cap %.2f, horizon %d",
                    priorWindows, cap, horizonWindows) : "fixed";
        }
    }

    int features() {
        return features;
    }

    double[] targetMean() {
        return targetMean == null ? null : Arrays.copyOf(targetMean, features);
    }
}
