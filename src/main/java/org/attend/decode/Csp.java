package org.attend.decode;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Common spatial patterns. For two classes exactly MNE's {@code CSP(n_components, cov_est='concat',
 * component_order='mutual_info', log=True)}: filters solve {@code C0 w = λ (C0 + C1) w} and are ordered by
 * {@code |λ - 0.5|}, most discriminative first. For more classes, one-versus-rest: for each class the
 * {@code ceil(n / classes)} most discriminative filters of that class against the pooled others. Features
 * are log mean power of the filtered signals.
 */
public final class Csp {

    private final double[][] filters;

    /** CSP with given filters, {@code [component][channel]}. */
    public Csp(double[][] filters) {
        this.filters = filters;
    }

    /** Fits CSP on labelled trials: pairwise for two classes, one-versus-rest for more. */
    public static Csp fit(LabeledEpochs epochs, int components) {
        int classes = epochs.classes().size();
        int[] counts = epochs.classCounts();
        for (int k = 0; k < classes; k++) {
            if (counts[k] < 2) {
                throw new IllegalArgumentException("CSP needs at least two trials of each class, "
                        + epochs.classes().get(k) + " has " + counts[k]);
            }
        }
        if (classes == 2) {
            return new Csp(discriminative(Covariances.concatenatedUncentred(trialsOf(epochs, k -> k == 0)),
                    Covariances.concatenatedUncentred(trialsOf(epochs, k -> k == 1)), components));
        }
        int perClass = (components + classes - 1) / classes;
        java.util.List<double[]> filters = new java.util.ArrayList<>();
        for (int k = 0; k < classes; k++) {
            int target = k;
            filters.addAll(java.util.List.of(discriminative(
                    Covariances.concatenatedUncentred(trialsOf(epochs, label -> label == target)),
                    Covariances.concatenatedUncentred(trialsOf(epochs, label -> label != target)), perClass)));
        }
        return new Csp(filters.toArray(double[][]::new));
    }

    /** The {@code n} filters that best tell covariance {@code a} from {@code b}, most discriminative first. */
    private static double[][] discriminative(DMatrixRMaj a, DMatrixRMaj b, int n) {
        DMatrixRMaj sum = new DMatrixRMaj(a.numRows, a.numCols);
        CommonOps_DDRM.add(a, b, sum);
        GeneralizedEigen eig = GeneralizedEigen.solve(a, sum);
        Integer[] order = new Integer[eig.values().length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(
                Math.abs(eig.values()[y] - 0.5), Math.abs(eig.values()[x] - 0.5)));
        double[][] filters = new double[Math.min(n, order.length)][];
        for (int k = 0; k < filters.length; k++) {
            filters[k] = eig.vectors()[order[k]];
        }
        return filters;
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

    private static float[][][] trialsOf(LabeledEpochs epochs, java.util.function.IntPredicate label) {
        return java.util.stream.IntStream.range(0, epochs.size())
                .filter(i -> label.test(epochs.labels()[i]))
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
