package org.attend.decode;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Common spatial patterns for two classes, as MNE's {@code CSP(n_components, cov_est='concat',
 * component_order='mutual_info', log=True)}: filters solve {@code C0 w = λ (C0 + C1) w} and are ordered by
 * {@code |λ - 0.5|}, most discriminative first; features are log mean power of the filtered signals.
 */
public final class Csp {

    private final double[][] filters;

    /** CSP with given filters, {@code [component][channel]}. */
    public Csp(double[][] filters) {
        this.filters = filters;
    }

    /** Fits CSP on trials of classes 0 and 1. */
    public static Csp fit(LabeledEpochs epochs, int components) {
        if (epochs.classes().size() != 2) {
            throw new IllegalArgumentException("CSP here separates two classes, got " + epochs.classes());
        }
        int[] counts = epochs.classCounts();
        if (counts[0] < 2 || counts[1] < 2) {
            throw new IllegalArgumentException("CSP needs at least two trials of each class, got "
                    + counts[0] + " and " + counts[1]);
        }
        DMatrixRMaj c0 = Covariances.concatenatedUncentred(trialsOf(epochs, 0));
        DMatrixRMaj c1 = Covariances.concatenatedUncentred(trialsOf(epochs, 1));
        DMatrixRMaj sum = new DMatrixRMaj(c0.numRows, c0.numCols);
        CommonOps_DDRM.add(c0, c1, sum);
        GeneralizedEigen eig = GeneralizedEigen.solve(c0, sum);
        int n = Math.min(components, c0.numRows);
        Integer[] order = new Integer[eig.values().length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(
                Math.abs(eig.values()[b] - 0.5), Math.abs(eig.values()[a] - 0.5)));
        double[][] filters = new double[n][];
        for (int k = 0; k < n; k++) {
            filters[k] = eig.vectors()[order[k]];
        }
        return new Csp(filters);
    }

    /** Spatial filters, {@code [component][channel]}. */
    public double[][] filters() {
        return filters;
    }

    /** Log mean power of each filtered component of one trial {@code [channel][sample]}. */
    public double[] features(float[][] trial) {
        int samples = trial[0].length;
        double[] features = new double[filters.length];
        double[] projected = new double[samples];
        for (int k = 0; k < filters.length; k++) {
            java.util.Arrays.fill(projected, 0);
            double[] w = filters[k];
            for (int c = 0; c < w.length; c++) {
                float[] x = trial[c];
                double wc = w[c];
                for (int t = 0; t < samples; t++) {
                    projected[t] += wc * x[t];
                }
            }
            double power = 0;
            for (double v : projected) {
                power += v * v;
            }
            features[k] = Math.log(power / samples);
        }
        return features;
    }

    private static float[][][] trialsOf(LabeledEpochs epochs, int label) {
        return java.util.stream.IntStream.range(0, epochs.size())
                .filter(i -> epochs.labels()[i] == label)
                .mapToObj(i -> epochs.data()[i])
                .toArray(float[][][]::new);
    }

    /** Eigen-pairs of {@code A w = λ B w} for symmetric A and positive definite B, with {@code wᵀ B w = 1}. */
    record GeneralizedEigen(double[] values, double[][] vectors) {

        static GeneralizedEigen solve(DMatrixRMaj a, DMatrixRMaj b) {
            int n = a.numRows;
            CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(n, true);
            if (!chol.decompose(b.copy())) {
                throw new IllegalArgumentException("covariance is not positive definite: "
                        + "channels are linearly dependent (e.g. after common-average reference) or flat");
            }
            DMatrixRMaj lower = chol.getT(null);
            DMatrixRMaj lowerInv = new DMatrixRMaj(n, n);
            CommonOps_DDRM.invert(lower, lowerInv);
            DMatrixRMaj tmp = new DMatrixRMaj(n, n);
            DMatrixRMaj c = new DMatrixRMaj(n, n);
            CommonOps_DDRM.mult(lowerInv, a, tmp);
            CommonOps_DDRM.multTransB(tmp, lowerInv, c);
            SpdMatrices.symmetrise(c);
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
            if (!eig.decompose(c)) {
                throw new IllegalStateException("eigen-decomposition failed");
            }
            double[] values = new double[n];
            double[][] vectors = new double[n][];
            DMatrixRMaj w = new DMatrixRMaj(n, 1);
            for (int i = 0; i < n; i++) {
                values[i] = eig.getEigenvalue(i).getReal();
                // back-transform: w = L^{-T} v
                CommonOps_DDRM.multTransA(lowerInv, eig.getEigenVector(i), w);
                vectors[i] = w.getData().clone();
            }
            return new GeneralizedEigen(values, vectors);
        }
    }
}
