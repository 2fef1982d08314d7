package org.attend.decode;

import org.ejml.data.DMatrixRMaj;

/** Spatial covariance estimates of multichannel signals. */
public final class Covariances {

    private Covariances() {
    }

    /**
     * Empirical covariance of the samples of several epochs concatenated in time, centred on their mean
     * (as MNE's CSP does with {@code cov_est='concat'}).
     *
     * @param epochs {@code [epoch][channel][sample]}
     */
    public static DMatrixRMaj concatenated(float[][]... epochs) {
        int channels = epochs[0].length;
        double[] mean = new double[channels];
        long n = 0;
        for (float[][] epoch : epochs) {
            for (int c = 0; c < channels; c++) {
                for (float v : epoch[c]) {
                    mean[c] += v;
                }
            }
            n += epoch[0].length;
        }
        for (int c = 0; c < channels; c++) {
            mean[c] /= n;
        }
        return scatter(epochs, mean, 1.0 / n);
    }

    /**
     * Covariance of several epochs concatenated in time exactly as MNE's {@code CSP(cov_est='concat',
     * reg=None)} computes it: not centred (band-passed EEG has zero mean) and divided by the sample count
     * minus one.
     *
     * @param epochs {@code [epoch][channel][sample]}
     */
    public static DMatrixRMaj concatenatedUncentred(float[][]... epochs) {
        long n = 0;
        for (float[][] epoch : epochs) {
            n += epoch[0].length;
        }
        return scatter(epochs, new double[epochs[0].length], 1.0 / (n - 1));
    }

    private static DMatrixRMaj scatter(float[][][] epochs, double[] mean, double factor) {
        int channels = epochs[0].length;
        DMatrixRMaj cov = new DMatrixRMaj(channels, channels);
        for (float[][] epoch : epochs) {
            accumulateCentredProducts(epoch, mean, cov);
        }
        scaleSymmetric(cov, factor);
        return cov;
    }

    /** Sample covariance of one epoch, centred on its own channel means, divided by the sample count. */
    public static DMatrixRMaj of(float[][] epoch) {
        return concatenated(new float[][][] {epoch});
    }

    private static void accumulateCentredProducts(float[][] epoch, double[] mean, DMatrixRMaj cov) {
        int channels = epoch.length;
        int samples = epoch[0].length;
        double[][] centred = new double[channels][samples];
        for (int c = 0; c < channels; c++) {
            for (int t = 0; t < samples; t++) {
                centred[c][t] = epoch[c][t] - mean[c];
            }
        }
        for (int i = 0; i < channels; i++) {
            for (int j = i; j < channels; j++) {
                double s = 0;
                double[] a = centred[i];
                double[] b = centred[j];
                for (int t = 0; t < samples; t++) {
                    s += a[t] * b[t];
                }
                cov.add(i, j, s);
            }
        }
    }

    private static void scaleSymmetric(DMatrixRMaj upper, double factor) {
        int n = upper.numRows;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double v = upper.get(i, j) * factor;
                upper.set(i, j, v);
                upper.set(j, i, v);
            }
        }
    }

    /**
     * Oracle approximating shrinkage covariance of one epoch, as scikit-learn 1.2's {@code oas(x.T)} (the
     * estimator pyRiemann's {@code Covariances('oas')} and MOABB's Riemannian pipelines use): the sample
     * covariance {@code S} shrunk towards {@code μ I}, {@code μ = tr(S) / p}, with intensity
     * {@code min(1, (mean(S²) + μ²) / ((n + 1)(mean(S²) − μ² / p)))}.
     */
    public static DMatrixRMaj oas(float[][] epoch) {
        DMatrixRMaj s = of(epoch);
        int p = s.numRows;
        int n = epoch[0].length;
        double mu = 0;
        double alpha = 0;
        for (int i = 0; i < p; i++) {
            mu += s.get(i, i);
            for (int j = 0; j < p; j++) {
                alpha += s.get(i, j) * s.get(i, j);
            }
        }
        mu /= p;
        alpha /= (double) p * p;
        double num = alpha + mu * mu;
        double den = (n + 1.0) * (alpha - mu * mu / p);
        double shrinkage = den == 0 ? 1 : Math.min(num / den, 1);
        DMatrixRMaj shrunk = s.copy();
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                shrunk.set(i, j, (1 - shrinkage) * s.get(i, j) + (i == j ? shrinkage * mu : 0));
            }
        }
        return shrunk;
    }
}
