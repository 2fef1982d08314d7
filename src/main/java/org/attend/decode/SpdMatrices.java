package org.attend.decode;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Functions of symmetric positive definite matrices through their symmetric eigen-decomposition
 * {@code A = V diag(λ) Vᵀ}, and the affine-invariant Riemannian geometry built on them (as pyRiemann's
 * {@code sqrtm}, {@code invsqrtm}, {@code logm}, {@code expm}, {@code distance_riemann}, {@code mean_riemann}).
 */
public final class SpdMatrices {

    private SpdMatrices() {
    }

    /** {@code V diag(f(λ)) Vᵀ} for symmetric {@code a}. */
    public static DMatrixRMaj apply(DMatrixRMaj a, DoubleUnaryOperator f) {
        int n = a.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(a.copy())) {
            throw new IllegalArgumentException("eigen-decomposition of a " + n + "×" + n + " matrix failed");
        }
        DMatrixRMaj out = new DMatrixRMaj(n, n);
        for (int k = 0; k < n; k++) {
            double fk = f.applyAsDouble(eig.getEigenvalue(k).getReal());
            DMatrixRMaj v = eig.getEigenVector(k);
            for (int i = 0; i < n; i++) {
                double vi = v.get(i) * fk;
                for (int j = 0; j < n; j++) {
                    out.add(i, j, vi * v.get(j));
                }
            }
        }
        symmetrise(out);
        return out;
    }

    /** Eigenvalues of symmetric {@code a}, ascending. */
    public static double[] eigenvalues(DMatrixRMaj a) {
        int n = a.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(a.copy())) {
            throw new IllegalArgumentException("eigen-decomposition of a " + n + "×" + n + " matrix failed");
        }
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = eig.getEigenvalue(k).getReal();
        }
        java.util.Arrays.sort(values);
        return values;
    }

    /** Principal square root. */
    public static DMatrixRMaj sqrtm(DMatrixRMaj a) {
        return apply(a, Math::sqrt);
    }

    /** Inverse of the principal square root. */
    public static DMatrixRMaj invsqrtm(DMatrixRMaj a) {
        return apply(a, v -> 1 / Math.sqrt(v));
    }

    /** Matrix logarithm. */
    public static DMatrixRMaj logm(DMatrixRMaj a) {
        return apply(a, Math::log);
    }

    /** Matrix exponential of a symmetric matrix. */
    public static DMatrixRMaj expm(DMatrixRMaj a) {
        return apply(a, Math::exp);
    }

    /** {@code a b c}. */
    public static DMatrixRMaj sandwich(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        DMatrixRMaj tmp = new DMatrixRMaj(a.numRows, b.numCols);
        CommonOps_DDRM.mult(a, b, tmp);
        DMatrixRMaj out = new DMatrixRMaj(a.numRows, c.numCols);
        CommonOps_DDRM.mult(tmp, c, out);
        symmetrise(out);
        return out;
    }

    /** Affine-invariant Riemannian distance {@code ‖log(A^{-1/2} B A^{-1/2})‖_F}. */
    public static double distance(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj isqrt = invsqrtm(a);
        double sum = 0;
        for (double v : eigenvalues(sandwich(isqrt, b, isqrt))) {
            double l = Math.log(v);
            sum += l * l;
        }
        return Math.sqrt(sum);
    }

    /**
     * Riemannian (Karcher) mean by pyRiemann's gradient descent: start at the arithmetic mean, step
     * {@code C ← C^{1/2} exp(ν J) C^{1/2}} with {@code J} the mean of {@code log(C^{-1/2} Cᵢ C^{-1/2})}, shrinking
     * the step ν when the gradient norm stops decreasing; stops when {@code ‖J‖_F < tol}, ν < tol or after
     * {@code maxIterations}.
     */
    public static DMatrixRMaj riemannianMean(List<DMatrixRMaj> matrices, double tol, int maxIterations) {
        int n = matrices.get(0).numRows;
        DMatrixRMaj c = new DMatrixRMaj(n, n);
        for (DMatrixRMaj m : matrices) {
            CommonOps_DDRM.addEquals(c, 1.0 / matrices.size(), m);
        }
        double nu = 1;
        double tau = Double.MAX_VALUE;
        double crit = Double.MAX_VALUE;
        for (int k = 0; crit > tol && k < maxIterations && nu > tol; k++) {
            DMatrixRMaj sqrt = sqrtm(c);
            DMatrixRMaj isqrt = invsqrtm(c);
            DMatrixRMaj j = new DMatrixRMaj(n, n);
            for (DMatrixRMaj m : matrices) {
                CommonOps_DDRM.addEquals(j, 1.0 / matrices.size(), logm(sandwich(isqrt, m, isqrt)));
            }
            DMatrixRMaj step = j.copy();
            CommonOps_DDRM.scale(nu, step);
            c = sandwich(sqrt, expm(step), sqrt);
            crit = NormOps_DDRM.normF(j);
            double h = nu * crit;
            if (h < tau) {
                nu *= 0.95;
                tau = h;
            } else {
                nu *= 0.5;
            }
        }
        return c;
    }

    /** pyRiemann's defaults for {@link #riemannianMean}: tol 1e-8, 50 iterations. */
    public static DMatrixRMaj riemannianMean(List<DMatrixRMaj> matrices) {
        return riemannianMean(matrices, 10e-9, 50);
    }

    /**
     * Tangent vector of {@code c} at {@code reference} (pyRiemann's {@code tangent_space}): the upper triangle,
     * row by row, of {@code log(R^{-1/2} C R^{-1/2})}, off-diagonal entries times √2 so that the Euclidean norm
     * of the vector equals the Riemannian distance.
     *
     * @param invSqrtReference {@code R^{-1/2}}
     */
    public static double[] tangentVector(DMatrixRMaj c, DMatrixRMaj invSqrtReference) {
        DMatrixRMaj log = logm(sandwich(invSqrtReference, c, invSqrtReference));
        int n = c.numRows;
        double[] v = new double[n * (n + 1) / 2];
        int k = 0;
        double root2 = Math.sqrt(2);
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                v[k++] = i == j ? log.get(i, j) : root2 * log.get(i, j);
            }
        }
        return v;
    }

    /** Copies a square matrix into nested arrays, for model cards. */
    public static double[][] toArray(DMatrixRMaj m) {
        double[][] a = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                a[i][j] = m.get(i, j);
            }
        }
        return a;
    }

    /** Replaces {@code m} by {@code (m + mᵀ) / 2}, removing rounding asymmetry. */
    static void symmetrise(DMatrixRMaj m) {
        for (int i = 0; i < m.numRows; i++) {
            for (int j = i + 1; j < m.numCols; j++) {
                double v = 0.5 * (m.get(i, j) + m.get(j, i));
                m.set(i, j, v);
                m.set(j, i, v);
            }
        }
    }
}
