package org.attend.nn;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Euclidean alignment for a live session: the reference covariance starts at a prior (the training
 * subjects' mean) and moves towards the mean covariance of the windows seen so far, so that a new user
 * is re-centred on their own statistics without labels (unsupervised adaptation to a new head and to drift).
 *
 * <p>After {@code n} updates the reference is {@code (k·prior + Σ Cᵢ) / (k + n)} while {@code k + n} is below
 * the horizon, and an exponential moving average with weight {@code 1/horizon} after that, so old windows
 * are forgotten. In fixed mode ({@code adapt = false}) the reference stays at the prior. The transform
 * {@code R^-1/2} (an eigen-decomposition, the costly part) is recomputed from the reference every
 * {@value #RECOMPUTE_EVERY} windows, not every window: the reference moves by at most 1/21 of a window's covariance
 * per window, so a second's staleness changes little, and the decision path stays short. Not thread-safe.
 */
public final class OnlineAlignment {

    /** Windows between two recomputations of the transform (one second at the default hop of 0.125 s). */
    public static final int RECOMPUTE_EVERY = 8;

    private final DMatrixRMaj prior;
    private final boolean adapt;
    private final int priorWeight;
    private final int horizon;
    private DMatrixRMaj reference;
    private DMatrixRMaj transform;
    private long updates;

    /**
     * @param prior       reference covariance before any window is seen
     * @param adapt       whether each aligned window updates the reference
     * @param priorWeight how many windows the prior counts for
     * @param horizon     windows after which the mean becomes an exponential moving average
     */
    public OnlineAlignment(DMatrixRMaj prior, boolean adapt, int priorWeight, int horizon) {
        if (priorWeight < 1 || horizon <= priorWeight) {
            throw new IllegalArgumentException("need prior weight >= 1 and horizon > prior weight, got "
                    + priorWeight + ", " + horizon);
        }
        this.prior = prior.copy();
        this.adapt = adapt;
        this.priorWeight = priorWeight;
        this.horizon = horizon;
        reset();
    }

    /** Back to the prior, e.g. when a new user or session starts. */
    public void reset() {
        reference = prior.copy();
        transform = EuclideanAlignment.inverseSqrt(reference);
        updates = 0;
    }

    /** Aligns one window, first folding it into the reference when adapting. */
    public float[][] align(float[][] window) {
        if (window.length != prior.numRows) {
            throw new IllegalArgumentException("window of " + window.length + " channels, alignment has "
                    + prior.numRows);
        }
        if (adapt) {
            updates++;
            double weight = 1.0 / Math.min(priorWeight + updates, horizon);
            DMatrixRMaj delta = EuclideanAlignment.covariance(window);
            CommonOps_DDRM.subtractEquals(delta, reference);
            CommonOps_DDRM.addEquals(reference, weight, delta);
            if (updates % RECOMPUTE_EVERY == 0) {
                transform = EuclideanAlignment.inverseSqrt(reference);
            }
        }
        return EuclideanAlignment.apply(transform, window);
    }

    /** The current reference covariance (a copy). */
    public DMatrixRMaj reference() {
        return reference.copy();
    }

    public DMatrixRMaj prior() {
        return prior.copy();
    }

    public boolean adapts() {
        return adapt;
    }

    public int priorWeight() {
        return priorWeight;
    }

    public int horizon() {
        return horizon;
    }
}
