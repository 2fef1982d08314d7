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
        DMatrixRMaj cov = new DMatrixRMaj(channels, channels);
        for (float[][] epoch : epochs) {
            accumulateCentredProducts(epoch, mean, cov);
        }
        scaleSymmetric(cov, 1.0 / n);
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
}
