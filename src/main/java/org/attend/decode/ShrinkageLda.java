package org.attend.decode;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Linear discriminant analysis with Ledoit-Wolf shrinkage of the within-class covariance, as scikit-learn's
 * {@code LinearDiscriminantAnalysis(solver='lsqr', shrinkage='auto')}: each class covariance is shrunk on
 * standardised features, the pooled covariance is their prior-weighted sum, and probabilities are the
 * softmax of the discriminant scores (for two classes, the logistic of their difference).
 *
 * @param coefficients {@code [class][feature]} discriminant weights
 * @param intercepts   {@code [class]} discriminant offsets
 */
public record ShrinkageLda(double[][] coefficients, double[] intercepts) {

    /** Fits on feature rows {@code x[trial][feature]} with class indices {@code y}. */
    public static ShrinkageLda fit(double[][] x, int[] y, int classCount) {
        int features = x[0].length;
        double[][] means = new double[classCount][features];
        double[] priors = new double[classCount];
        DMatrixRMaj pooled = new DMatrixRMaj(features, features);
        for (int k = 0; k < classCount; k++) {
            double[][] rows = rowsOf(x, y, k);
            if (rows.length == 0) {
                throw new IllegalArgumentException("class " + k + " has no trials");
            }
            priors[k] = (double) rows.length / x.length;
            means[k] = mean(rows);
            CommonOps_DDRM.addEquals(pooled, priors[k], shrunkCovariance(rows, means[k]));
        }
        DMatrixRMaj meansT = new DMatrixRMaj(features, classCount);
        for (int k = 0; k < classCount; k++) {
            for (int f = 0; f < features; f++) {
                meansT.set(f, k, means[k][f]);
            }
        }
        DMatrixRMaj solution = new DMatrixRMaj(features, classCount);
        if (!CommonOps_DDRM.solve(pooled, meansT, solution)) {
            throw new IllegalArgumentException("within-class covariance is singular");
        }
        double[][] coefficients = new double[classCount][features];
        double[] intercepts = new double[classCount];
        for (int k = 0; k < classCount; k++) {
            double quad = 0;
            for (int f = 0; f < features; f++) {
                coefficients[k][f] = solution.get(f, k);
                quad += means[k][f] * coefficients[k][f];
            }
            intercepts[k] = -0.5 * quad + Math.log(priors[k]);
        }
        return new ShrinkageLda(coefficients, intercepts);
    }

    /** Class probabilities of one feature row. */
    public double[] probabilities(double[] features) {
        return LinearSoftmax.probabilities(coefficients, intercepts, features);
    }

    /**
     * Ledoit-Wolf shrunk covariance computed on standardised features and scaled back, as scikit-learn's
     * {@code _cov(X, 'auto')}.
     */
    static DMatrixRMaj shrunkCovariance(double[][] rows, double[] mean) {
        int n = rows.length;
        int p = mean.length;
        double[] scale = new double[p];
        double[][] z = new double[n][p];
        for (int f = 0; f < p; f++) {
            double var = 0;
            for (double[] row : rows) {
                double d = row[f] - mean[f];
                var += d * d;
            }
            double sd = Math.sqrt(var / n);
            scale[f] = sd == 0 ? 1 : sd;
            for (int i = 0; i < n; i++) {
                z[i][f] = (rows[i][f] - mean[f]) / scale[f];
            }
        }
        DMatrixRMaj cov = new DMatrixRMaj(p, p);
        for (double[] row : z) {
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    cov.add(a, b, row[a] * row[b] / n);
                }
            }
        }
        double shrinkage = ledoitWolfShrinkage(z);
        double mu = CommonOps_DDRM.trace(cov) / p;
        DMatrixRMaj shrunk = new DMatrixRMaj(p, p);
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                double v = (1 - shrinkage) * cov.get(a, b) + (a == b ? shrinkage * mu : 0);
                shrunk.set(a, b, v * scale[a] * scale[b]);
            }
        }
        return shrunk;
    }

    /** The Ledoit-Wolf shrinkage intensity of centred rows, as scikit-learn's {@code ledoit_wolf_shrinkage}. */
    static double ledoitWolfShrinkage(double[][] centred) {
        int n = centred.length;
        int p = centred[0].length;
        double[] traceTerms = new double[p];
        double beta = 0;
        double delta = 0;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                double cross = 0;
                double crossSquares = 0;
                for (double[] row : centred) {
                    cross += row[a] * row[b];
                    crossSquares += row[a] * row[a] * row[b] * row[b];
                }
                beta += crossSquares;
                delta += cross * cross;
            }
            for (double[] row : centred) {
                traceTerms[a] += row[a] * row[a] / n;
            }
        }
        delta /= (double) n * n;
        double mu = 0;
        for (double t : traceTerms) {
            mu += t;
        }
        double traceSum = mu;
        mu /= p;
        beta = (beta / n - delta) / ((double) p * n);
        delta = (delta - 2 * mu * traceSum + p * mu * mu) / p;
        beta = Math.min(beta, delta);
        return beta == 0 ? 0 : beta / delta;
    }

    private static double[][] rowsOf(double[][] x, int[] y, int label) {
        return java.util.stream.IntStream.range(0, x.length).filter(i -> y[i] == label)
                .mapToObj(i -> x[i]).toArray(double[][]::new);
    }

    private static double[] mean(double[][] rows) {
        double[] m = new double[rows[0].length];
        for (double[] row : rows) {
            for (int f = 0; f < m.length; f++) {
                m[f] += row[f] / rows.length;
            }
        }
        return m;
    }
}
