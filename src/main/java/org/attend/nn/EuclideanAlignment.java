package org.attend.nn;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Euclidean alignment (He &amp; Wu, 2019): trials {@code X} of one subject are re-centred as
 * {@code R^{-1/2} X}, where {@code R} is the mean of their spatial covariances {@code X Xᵀ / T}. After it the
 * subject's mean covariance is the identity, which removes much of the between-subject and between-session
 * shift and puts every channel on unit scale.
 */
public final class EuclideanAlignment {

    /** Eigenvalues below this fraction of the largest are floored (rank-deficient montages, flat channels). */
    private static final double EIGEN_FLOOR = 1e-8;

    private EuclideanAlignment() {
    }

    /** Spatial covariance {@code X Xᵀ / T} of one trial {@code [channel][sample]}. */
    public static DMatrixRMaj covariance(float[][] trial) {
        int c = trial.length;
        int t = trial[0].length;
        DMatrixRMaj cov = new DMatrixRMaj(c, c);
        for (int i = 0; i < c; i++) {
            float[] a = trial[i];
            for (int j = i; j < c; j++) {
                float[] b = trial[j];
                double s = 0;
                for (int k = 0; k < t; k++) {
                    s += (double) a[k] * b[k];
                }
                cov.unsafe_set(i, j, s / t);
                cov.unsafe_set(j, i, s / t);
            }
        }
        return cov;
    }

    /** The mean spatial covariance of trials {@code [trial][channel][sample]}. */
    public static DMatrixRMaj meanCovariance(float[][][] trials) {
        if (trials.length == 0) {
            throw new IllegalArgumentException("alignment needs at least one trial");
        }
        DMatrixRMaj mean = new DMatrixRMaj(trials[0].length, trials[0].length);
        for (float[][] trial : trials) {
            CommonOps_DDRM.addEquals(mean, covariance(trial));
        }
        CommonOps_DDRM.divide(mean, trials.length);
        return mean;
    }

    /** {@code R^{-1/2}} of a symmetric positive semi-definite matrix, by eigen-decomposition. */
    public static DMatrixRMaj inverseSqrt(DMatrixRMaj r) {
        int n = r.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(r.copy())) {
            throw new IllegalArgumentException("eigen-decomposition of the " + n + "×" + n
                    + " mean covariance failed (NaN or infinite samples?)");
        }
        double largest = 0;
        for (int i = 0; i < n; i++) {
            largest = Math.max(largest, eig.getEigenvalue(i).real);
        }
        if (!(largest > 0)) {
            throw new IllegalArgumentException("mean covariance is zero: every channel is flat");
        }
        DMatrixRMaj result = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            double lambda = Math.max(eig.getEigenvalue(i).real, largest * EIGEN_FLOOR);
            DMatrixRMaj v = eig.getEigenVector(i);
            double scale = 1 / Math.sqrt(lambda);
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    result.add(a, b, scale * v.get(a) * v.get(b));
                }
            }
        }
        return result;
    }

    /** {@code W X} for one trial {@code [channel][sample]}. */
    public static float[][] apply(DMatrixRMaj w, float[][] trial) {
        int c = trial.length;
        int t = trial[0].length;
        float[][] out = new float[c][t];
        for (int i = 0; i < c; i++) {
            float[] row = out[i];
            for (int j = 0; j < c; j++) {
                float wij = (float) w.unsafe_get(i, j);
                float[] x = trial[j];
                for (int k = 0; k < t; k++) {
                    row[k] += wij * x[k];
                }
            }
        }
        return out;
    }

    /** Every trial aligned with the inverse square root of their own mean covariance. */
    public static float[][][] alignGroup(float[][][] trials) {
        DMatrixRMaj w = inverseSqrt(meanCovariance(trials));
        float[][][] out = new float[trials.length][][];
        for (int i = 0; i < trials.length; i++) {
            out[i] = apply(w, trials[i]);
        }
        return out;
    }
}
